"use client";
// Decision templates with a live preview on a real proposal of the event and a test send to
// oneself; and "Send decision e-mails" (only once published, after a confirmation naming how
// many e-mails go out).
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { renderDecisionEmail, type DecisionKind } from "@/lib/notifications/decision-templates";
import type { PreviewProposal } from "@/lib/notifications/decisions";
import { saveTemplateAction, sendDecisionEmailsAction, sendTestEmailAction } from "./actions";

export function TemplateForm({
  eventSlug,
  eventName,
  kind,
  subject,
  body,
  proposals,
  me,
}: {
  eventSlug: string;
  eventName: string;
  kind: DecisionKind;
  subject: string;
  body: string;
  proposals: PreviewProposal[];
  me: string;
}) {
  const [state, action] = useActionState<FormState, FormData>(saveTemplateAction, null);
  const [testState, testAction] = useActionState<FormState, FormData>(sendTestEmailAction, null);
  const [draft, setDraft] = useState({
    subject: valueOf(state, "subject", subject),
    body: valueOf(state, "body", body),
  });
  const ordered = [...proposals.filter((p) => p.kind === kind), ...proposals.filter((p) => p.kind !== kind)];
  const [sampleId, setSampleId] = useState(ordered[0]?.id ?? "");
  const sample = ordered.find((p) => p.id === sampleId);
  const preview = sample ? renderDecisionEmail(draft, { ...sample, eventName }) : null;
  const id = (field: string) => `${kind}-${field}`;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={action} noValidate className="space-y-3" data-testid={`template-${kind}`}>
        <input type="hidden" name="eventSlug" value={eventSlug} />
        <input type="hidden" name="kind" value={kind} />
        <FormMessage state={state} />
        <Field label="Subject" name="subject" id={id("subject")} error={errorFor(state, "subject")}>
          <TextInput
            id={id("subject")}
            name="subject"
            value={draft.subject}
            onChange={(e) => setDraft((d) => ({ ...d, subject: e.target.value }))}
            invalid={!!errorFor(state, "subject")}
          />
        </Field>
        <Field label="Text" name="body" id={id("body")} error={errorFor(state, "body")}>
          <TextArea
            id={id("body")}
            name="body"
            rows={11}
            value={draft.body}
            onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
            invalid={!!errorFor(state, "body")}
          />
        </Field>
        <SubmitButton variant="secondary">Save template</SubmitButton>
      </form>

      <div className="space-y-3" data-testid={`preview-${kind}`}>
        {ordered.length ? (
          <>
            <Field label="Preview on" name="sample" id={id("sample")}>
              <Select id={id("sample")} name="sample" value={sampleId} onChange={(e) => setSampleId(e.target.value)}>
                {ordered.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </Select>
            </Field>
            {preview ? (
              <div className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
                <p className="text-sm font-semibold text-slate-900" data-testid="preview-subject">
                  {preview.subject}
                </p>
                <pre className="mt-2 whitespace-pre-wrap font-sans text-sm text-slate-800" data-testid="preview-body">
                  {preview.body}
                </pre>
              </div>
            ) : null}
            <form action={testAction} className="space-y-2">
              <input type="hidden" name="eventSlug" value={eventSlug} />
              <input type="hidden" name="kind" value={kind} />
              <input type="hidden" name="proposalId" value={sampleId} />
              <input type="hidden" name="subject" value={draft.subject} />
              <input type="hidden" name="body" value={draft.body} />
              <FormMessage state={testState} testId={`test-message-${kind}`} />
              <SubmitButton variant="ghost" data-testid={`test-send-${kind}`} pendingText="Sending…">
                Send a test to {me}
              </SubmitButton>
            </form>
          </>
        ) : (
          <p className="text-sm text-slate-600">The preview needs a submitted proposal in this event.</p>
        )}
      </div>
    </div>
  );
}

export function SendForm({ eventSlug, published, toSend }: { eventSlug: string; published: boolean; toSend: number }) {
  const [state, action] = useActionState<FormState, FormData>(sendDecisionEmailsAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <FormMessage state={state} testId="send-message" />
      {published ? null : (
        <p className="text-sm text-slate-600">Decision e-mails can be sent once the event is published.</p>
      )}
      <ConfirmButton
        data-testid="send-decisions"
        pendingText="Queuing…"
        disabled={!published}
        title="Send decision e-mails?"
        message={
          <p>
            {toSend === 1 ? "1 e-mail" : `${toSend} e-mails`} will be sent to speakers now. E-mails already sent are not
            sent again.
          </p>
        }
        confirmLabel={`Send ${toSend}`}
      >
        Send decision e-mails
      </ConfirmButton>
    </form>
  );
}
