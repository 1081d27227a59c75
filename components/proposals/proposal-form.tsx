"use client";
import { useActionState, useEffect, useState } from "react";
import { saveProposalAction } from "@/app/speaker/actions";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { markdownClass } from "./markdown-class";
import { WarningList } from "./warning-list";

export type ProposalFormValues = {
  title: string;
  abstract: string;
  description: string;
  track: string;
  format: string;
  level: string;
  tags: string;
  coSpeakers: string;
};

type Option = { value: string; label: string };

const ABSTRACT_MAX = 3000;

const CODE_TITLE: Record<string, string> = {
  cap_reached: "Submission cap reached",
  phase_closed: "The call for papers is closed",
  not_found: "Not found",
  forbidden: "Not allowed",
};

function ProposalMessage({ state }: { state: FormState }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <div data-testid="proposal-message" data-ok="true">
        <Alert tone="success">{state.message}</Alert>
      </div>
    );
  }
  const hasFields = Object.keys(state.fieldErrors ?? {}).length > 0;
  return (
    <div data-testid="proposal-message" data-ok="false" data-code={state.code}>
      <Alert tone="error" title={CODE_TITLE[state.code]}>
        {hasFields ? `Please correct the highlighted fields. ${state.message}` : state.message}
      </Alert>
    </div>
  );
}

type VoterPreview = { title: string; html: string; notes: string[]; warnings: string[] };

/**
 * Debounced server-side voter version of what is typed: the same redaction and sanitizer as the
 * saved proposal, so the speaker sees what voters will read before saving.
 */
function useVoterPreview(input: { title: string; abstract: string; coSpeakers: string }, initialHtml: string) {
  const [preview, setPreview] = useState<VoterPreview>({ title: "", html: initialHtml, notes: [], warnings: [] });
  const { title, abstract, coSpeakers } = input;
  useEffect(() => {
    if (!title.trim() && !abstract.trim()) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const r = await fetch("/speaker/preview", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ title, abstract, coSpeakers }),
          signal: abort.signal,
        });
        if (r.ok) setPreview((await r.json()) as VoterPreview);
      } catch {
        // Aborted by newer typing, or offline: the last preview stays until the next one.
      }
    }, 300);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [title, abstract, coSpeakers]);
  return preview;
}

export function ProposalForm({
  target,
  values,
  tracks,
  formats,
  levels,
  status,
  initialPreviewHtml,
  canSubmit,
}: {
  target: { eventSlug: string } | { proposalId: string };
  values: ProposalFormValues;
  tracks: Option[];
  formats: Option[];
  levels: Option[];
  status: "NEW" | "DRAFT" | "SUBMITTED" | "WITHDRAWN";
  initialPreviewHtml: string;
  canSubmit: boolean;
}) {
  const [state, action] = useActionState<FormState, FormData>(saveProposalAction, null);
  const err = (name: string) => errorFor(state, name);
  const [abstract, setAbstract] = useState(values.abstract);
  const [title, setTitle] = useState(values.title);
  const [coSpeakers, setCoSpeakers] = useState(values.coSpeakers);
  const preview = useVoterPreview({ title, abstract, coSpeakers }, initialPreviewHtml);
  // After a failed attempt the form shows what was typed; the abstract is controlled, so it follows.
  const [seenState, setSeenState] = useState<FormState>(null);
  // React resets a form after its action; a <select> ignores a changed defaultValue, so each
  // attempt remounts the selects (keyed by it) to show the submitted Track, Format and Level.
  const [attempt, setAttempt] = useState(0);
  if (state !== seenState) {
    setSeenState(state);
    setAttempt((n) => n + 1);
    if (state && !state.ok && typeof state.values?.abstract === "string") setAbstract(state.values.abstract);
    if (state && !state.ok && typeof state.values?.title === "string") setTitle(state.values.title);
    if (state && !state.ok && typeof state.values?.coSpeakers === "string") setCoSpeakers(state.values.coSpeakers);
  }

  return (
    <form action={action} className="space-y-5" noValidate data-testid="proposal-form">
      {"eventSlug" in target ? (
        <input type="hidden" name="eventSlug" value={target.eventSlug} />
      ) : (
        <input type="hidden" name="proposalId" value={target.proposalId} />
      )}
      <ProposalMessage state={state} />

      <Field
        label="Title"
        name="title"
        hint="At most 150 characters. Voters see it without names or company."
        error={err("title")}
      >
        <TextInput
          name="title"
          required
          maxLength={300}
          defaultValue={valueOf(state, "title", values.title)}
          onChange={(e) => setTitle(e.target.value)}
          invalid={!!err("title")}
        />
      </Field>

      <div className="grid gap-4 lg:grid-cols-2">
        <Field
          label="Abstract"
          name="abstract"
          hint={`Markdown. ${abstract.length.toLocaleString("en")} / ${ABSTRACT_MAX.toLocaleString("en")} characters. This is what voters read, after redaction.`}
          error={err("abstract")}
        >
          <TextArea
            name="abstract"
            rows={12}
            value={abstract}
            onChange={(e) => setAbstract(e.target.value)}
            invalid={!!err("abstract")}
          />
        </Field>
        <div className="space-y-1" data-testid="voter-preview">
          <p className="text-sm font-medium text-slate-800">Preview: what voters will see</p>
          <div className="min-h-24 rounded-md bg-white p-3 ring-1 ring-inset ring-slate-200" aria-live="polite">
            {preview.title ? (
              <p className="mb-2 break-words font-semibold text-slate-900" data-testid="voter-preview-title">
                {preview.title}
              </p>
            ) : null}
            <div
              className={markdownClass}
              data-testid="abstract-preview"
              dangerouslySetInnerHTML={{
                __html: preview.html || '<p class="text-slate-500">Your formatted abstract appears here.</p>',
              }}
            />
          </div>
          {preview.notes.length > 0 ? (
            <ul className="list-disc pl-5 text-sm text-slate-600" data-testid="voter-preview-notes">
              {preview.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          {preview.warnings.length > 0 ? (
            <WarningList
              testId="voter-preview-warnings"
              title="Check before you submit: these may identify someone"
              items={preview.warnings}
            />
          ) : null}
        </div>
      </div>

      <Field
        label="Description for chairs"
        name="description"
        hint="Optional. Outline, audience, why you; read by chairs only, never by voters."
        error={err("description")}
      >
        <TextArea
          name="description"
          rows={5}
          defaultValue={valueOf(state, "description", values.description)}
          invalid={!!err("description")}
        />
      </Field>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Track" name="track" error={err("track")}>
          <Select
            key={`track-${attempt}`}
            name="track"
            defaultValue={valueOf(state, "track", values.track)}
            invalid={!!err("track")}
          >
            <option value="">Choose a track</option>
            {tracks.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Format" name="format" error={err("format")}>
          <Select
            key={`format-${attempt}`}
            name="format"
            defaultValue={valueOf(state, "format", values.format)}
            invalid={!!err("format")}
          >
            <option value="">Choose a format</option>
            {formats.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Level" name="level" error={err("level")}>
          <Select
            key={`level-${attempt}`}
            name="level"
            defaultValue={valueOf(state, "level", values.level)}
            invalid={!!err("level")}
          >
            {levels.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <Field label="Tags" name="tags" hint="Comma-separated, at most 8, e.g. kubernetes, security." error={err("tags")}>
        <TextInput name="tags" defaultValue={valueOf(state, "tags", values.tags)} invalid={!!err("tags")} />
      </Field>

      <Field
        label="Co-speakers"
        name="coSpeakers"
        hint="E-mail addresses, comma-separated, at most 4. Each gets an invitation to confirm; confirmed co-speakers count against caps."
        error={
          err("coSpeakers") ??
          Object.entries(state && !state.ok ? (state.fieldErrors ?? {}) : {}).find(([k]) =>
            k.startsWith("coSpeakers."),
          )?.[1]
        }
      >
        <TextInput
          name="coSpeakers"
          type="text"
          inputMode="email"
          defaultValue={valueOf(state, "coSpeakers", values.coSpeakers)}
          onChange={(e) => setCoSpeakers(e.target.value)}
          invalid={!!err("coSpeakers")}
        />
      </Field>

      <div className="flex flex-col gap-2 sm:flex-row">
        <SubmitButton
          name="intent"
          value="save"
          variant={status === "SUBMITTED" ? "primary" : "secondary"}
          data-testid="save-draft"
        >
          {status === "SUBMITTED" ? "Save changes" : "Save draft"}
        </SubmitButton>
        {status !== "SUBMITTED" && canSubmit ? (
          <SubmitButton name="intent" value="submit" pendingText="Submitting…" data-testid="submit-proposal">
            Submit proposal
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
