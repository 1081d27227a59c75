"use client";
import { useActionState, useRef, useState } from "react";
import { createEventAction, updateEventAction } from "@/app/(admin)/admin/actions";
import { Card } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { errorFor, valueOf, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { TimeZoneInput } from "./time-zone-input";
import { useFocusFirstError } from "./use-focus-first-error";
import { slugify } from "@/lib/events/slugify";

type NumberSpec = { min: number; max: number; step?: number };

/** Stored values as the form shows them (dates as datetime-local text in the event's zone). */
export type EventFormValues = Record<
  | "slug"
  | "name"
  | "description"
  | "location"
  | "timezone"
  | "cfpOpensAt"
  | "cfpClosesAt"
  | "votingOpensAt"
  | "votingClosesAt"
  | "reviewEndsAt"
  | "eventStartsAt"
  | "eventEndsAt"
  | "maxProposalsPerSpeaker"
  | "maxProposalsPerOrg"
  | "maxAcceptedPerOrg"
  | "newcomerTarget"
  | "ballotSize"
  | "scale"
  | "scaleLabels"
  | "feedbackWeight"
  | "acceptanceShare"
  | "feedbackWindowDays"
  | "eligibility"
  | "eligibleDomains",
  string
> & { coSpeakersCountTowardCap: boolean };

const CAP: NumberSpec = { min: 0, max: 10_000 };

const DATES: { name: keyof EventFormValues; label: string }[] = [
  { name: "cfpOpensAt", label: "CFP opens" },
  { name: "cfpClosesAt", label: "CFP closes" },
  { name: "votingOpensAt", label: "Voting opens" },
  { name: "votingClosesAt", label: "Voting closes" },
  { name: "reviewEndsAt", label: "Review ends" },
  { name: "eventStartsAt", label: "Event starts" },
  { name: "eventEndsAt", label: "Event ends" },
];

export function EventForm({
  mode,
  eventId,
  values,
}: {
  mode: "create" | "edit";
  eventId?: string;
  values: EventFormValues;
}) {
  const [state, action] = useActionState<FormState, FormData>(
    mode === "create" ? createEventAction : updateEventAction,
    null,
  );
  const v = (name: keyof EventFormValues) => valueOf(state, name, String(values[name] ?? ""));
  const text = (
    name: keyof EventFormValues,
    label: string,
    hint?: string,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field label={label} name={name} hint={hint} error={errorFor(state, name)}>
      <TextInput name={name} defaultValue={v(name)} invalid={!!errorFor(state, name)} {...extra} />
    </Field>
  );
  const number = (name: keyof EventFormValues, label: string, hint: string, spec: NumberSpec) =>
    text(name, label, hint, {
      type: "number",
      min: spec.min,
      max: spec.max,
      step: spec.step ?? 1,
      inputMode: spec.step ? "decimal" : "numeric",
    });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  // The slug follows the name until the organizer edits it.
  const [slug, setSlug] = useState(() => v("slug"));
  const [slugEdited, setSlugEdited] = useState(() => v("slug") !== "");
  const submittedCoSpeakers = state && !state.ok ? state.values?.coSpeakersCountTowardCap : undefined;
  const coSpeakersChecked =
    submittedCoSpeakers === undefined ? values.coSpeakersCountTowardCap : submittedCoSpeakers === "true";

  return (
    <form ref={formRef} action={action} className="space-y-6" noValidate data-testid={`event-form-${mode}`}>
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      <FormMessage state={state} testId="event-form-message" />

      <Card>
        <h2 className="text-lg font-semibold">Basics</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Field label="Name" name="name" error={errorFor(state, "name")}>
            <TextInput
              name="name"
              required
              defaultValue={v("name")}
              invalid={!!errorFor(state, "name")}
              onChange={(e) => {
                if (mode === "create" && !slugEdited) setSlug(slugify(e.target.value));
              }}
            />
          </Field>
          {mode === "create" ? (
            <Field
              label="Slug"
              name="slug"
              hint="Suggested from the name; lower-case letters, digits and dashes, used in the event's address."
              error={errorFor(state, "slug")}
            >
              <TextInput
                name="slug"
                required
                placeholder="summit-2027"
                value={slug}
                invalid={!!errorFor(state, "slug")}
                onChange={(e) => {
                  setSlug(e.target.value);
                  setSlugEdited(e.target.value !== "");
                }}
              />
            </Field>
          ) : null}
          {text("location", "Location", 'City, venue or "Online".')}
          <Field
            label="Time zone"
            name="timezone"
            hint="Type to search, e.g. Berlin or New_York. Dates below are in this zone."
            error={errorFor(state, "timezone")}
          >
            <TimeZoneInput defaultValue={v("timezone")} invalid={!!errorFor(state, "timezone")} />
          </Field>
          <div className="sm:col-span-2">
            <Field label="Description" name="description" error={errorFor(state, "description")}>
              <TextArea
                name="description"
                rows={4}
                defaultValue={v("description")}
                invalid={!!errorFor(state, "description")}
              />
            </Field>
          </div>
        </div>
      </Card>

      {mode === "create" ? (
        <Card>
          <h2 className="text-lg font-semibold">Tracks</h2>
          <Field
            label="Tracks"
            name="tracks"
            hint="One per line, e.g. Developer Experience. More can be added, renamed or given chairs later."
            error={errorFor(state, "tracks")}
          >
            <TextArea
              name="tracks"
              rows={3}
              defaultValue={v("tracks" as keyof EventFormValues)}
              invalid={!!errorFor(state, "tracks")}
            />
          </Field>
        </Card>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">Dates</h2>
        <p className="mt-1 text-sm text-slate-600">
          In the event&apos;s time zone{mode === "edit" ? ` (${values.timezone})` : ""}. Leave blank if not decided yet.
        </p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {DATES.map((d) => (
            <Field key={d.name} label={d.label} name={d.name} error={errorFor(state, d.name)}>
              <TextInput
                type="datetime-local"
                name={d.name}
                defaultValue={v(d.name)}
                invalid={!!errorFor(state, d.name)}
              />
            </Field>
          ))}
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Caps</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {number("maxProposalsPerSpeaker", "Max proposals per speaker", "0 to 10,000; 0 = unlimited.", CAP)}
          {number("maxProposalsPerOrg", "Max proposals per organization", "0 to 10,000; 0 = unlimited.", CAP)}
          {number(
            "maxAcceptedPerOrg",
            "Max accepted per organization",
            "Selection-time cap for chairs, 0 to 10,000; 0 = unlimited.",
            CAP,
          )}
          {number(
            "newcomerTarget",
            "Newcomer target",
            "Share of first-time speakers among accepted talks, 0 to 1 (e.g. 0.25). Blank = none.",
            { min: 0, max: 1, step: 0.05 },
          )}
          <div className="sm:col-span-2">
            <label className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="coSpeakersCountTowardCap"
                value="true"
                defaultChecked={coSpeakersChecked}
                className="mt-0.5 h-4 w-4"
              />
              <span>Co-speakers count toward their own per-speaker cap once confirmed</span>
            </label>
            <input type="hidden" name="coSpeakersCountTowardCap" value="false" />
            {errorFor(state, "coSpeakersCountTowardCap") ? (
              <p className="text-sm text-red-700">{errorFor(state, "coSpeakersCountTowardCap")}</p>
            ) : null}
          </div>
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Voting</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {number("ballotSize", "Ballot size", "Proposals assigned to each voter at first, 1 to 200.", {
            min: 1,
            max: 200,
          })}
          {text("scale", "Scale", "MIN..MAX, e.g. 0..3. Cannot change once votes exist.", { placeholder: "0..3" })}
          <Field
            label="Scale labels"
            name="scaleLabels"
            hint="One per line, one per score from MIN to MAX. Blank = defaults."
            error={errorFor(state, "scaleLabels")}
          >
            <TextArea
              name="scaleLabels"
              rows={4}
              defaultValue={v("scaleLabels")}
              invalid={!!errorFor(state, "scaleLabels")}
            />
          </Field>
          <div className="space-y-4">
            {number(
              "feedbackWeight",
              "Feedback weight",
              "How far past session feedback may move a proposal, 0 to 1: 0 = off, 1 = as far as this event's own data supports (the default).",
              { min: 0, max: 1, step: 0.05 },
            )}
            {number(
              "acceptanceShare",
              "Acceptance share",
              "Share of a track's proposals you expect to accept, above 0 and at most 1 (e.g. 0.25). The ranking's chance of acceptance uses it for tracks without a slot count.",
              { min: 0.01, max: 1, step: 0.01 },
            )}
            {number(
              "feedbackWindowDays",
              "Feedback window (days)",
              "How long after a session attendees can rate it, 0 to 365.",
              { min: 0, max: 365 },
            )}
          </div>
          <Field label="Eligibility" name="eligibility" hint="Who may vote." error={errorFor(state, "eligibility")}>
            <Select name="eligibility" defaultValue={v("eligibility")} invalid={!!errorFor(state, "eligibility")}>
              <option value="VERIFIED_EMAIL">Any verified e-mail</option>
              <option value="DOMAIN_ALLOWLIST">E-mail domain allow-list</option>
              <option value="MEMBER_LIST">Imported member list</option>
            </Select>
          </Field>
          <Field
            label="Eligible domains"
            name="eligibleDomains"
            hint="For the allow-list: domains separated by commas or spaces."
            error={errorFor(state, "eligibleDomains")}
          >
            <TextArea
              name="eligibleDomains"
              rows={2}
              defaultValue={v("eligibleDomains")}
              invalid={!!errorFor(state, "eligibleDomains")}
            />
          </Field>
        </div>
      </Card>

      <div className="flex justify-end">
        <SubmitButton data-testid="event-form-submit">
          {mode === "create" ? "Create event" : "Save settings"}
        </SubmitButton>
      </div>
    </form>
  );
}
