"use client";
// The chair's own review of one proposal (private note, their mark, a comment for the other
// chairs) and the team's feedback for the speaker, which is the only chair text that leaves the
// chair view (it goes into the decision e-mail).
import { useActionState } from "react";
import { saveChairReviewAction, saveSpeakerFeedbackAction } from "@/app/chair/[eventSlug]/[trackSlug]/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextArea, TextInput } from "@/components/ui/field";

type Where = { eventSlug: string; trackSlug: string; proposalId: string };

const MARKS = [
  { value: "ACCEPT", label: "Accept" },
  { value: "WAITLIST", label: "Waitlist" },
  { value: "REJECT", label: "Reject" },
  { value: "", label: "No mark" },
] as const;

function Hidden({ where }: { where: Where }) {
  return (
    <>
      <input type="hidden" name="eventSlug" value={where.eventSlug} />
      <input type="hidden" name="trackSlug" value={where.trackSlug} />
      <input type="hidden" name="proposalId" value={where.proposalId} />
    </>
  );
}

export function ChairReviewForm({
  where,
  note,
  mark,
  comment,
  disabled,
}: {
  where: Where;
  note: string | null;
  mark: string | null;
  comment: string | null;
  disabled: boolean;
}) {
  const [state, action] = useActionState<FormState, FormData>(saveChairReviewAction, null);
  return (
    <form action={action} className="space-y-4" data-testid="chair-review-form">
      <Hidden where={where} />
      <FormMessage state={state} testId="chair-review-message" />
      <fieldset disabled={disabled} className="space-y-4">
        <div>
          <legend className="text-sm font-medium text-slate-800">Your mark</legend>
          <div className="mt-2 flex flex-wrap gap-3" role="radiogroup" aria-label="Your mark">
            {MARKS.map((m) => (
              <label key={m.value || "none"} className="inline-flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="mark"
                  value={m.value}
                  defaultChecked={(mark ?? "") === m.value}
                  data-testid={`my-mark-${m.value ? m.value.toLowerCase() : "none"}`}
                  className="h-4 w-4 accent-brand-600"
                />
                {m.label}
              </label>
            ))}
          </div>
        </div>
        <Field
          label="Comment for the other chairs"
          name="comment"
          id="review-comment"
          hint="Shown beside your mark to the chairs of this track. Never to voters or speakers."
          error={errorFor(state, "comment")}
        >
          <TextInput id="review-comment" name="comment" defaultValue={comment ?? ""} maxLength={1000} />
        </Field>
        <Field
          label="Private note"
          name="note"
          id="review-note"
          hint="Only you see this note."
          error={errorFor(state, "note")}
        >
          <TextArea id="review-note" name="note" rows={4} defaultValue={note ?? ""} />
        </Field>
        <SubmitButton data-testid="save-review" pendingText="Saving…">
          Save my review
        </SubmitButton>
      </fieldset>
    </form>
  );
}

export function SpeakerFeedbackForm({
  where,
  feedback,
  disabled,
}: {
  where: Where;
  feedback: string | null;
  disabled: boolean;
}) {
  const [state, action] = useActionState<FormState, FormData>(saveSpeakerFeedbackAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="speaker-feedback-form">
      <Hidden where={where} />
      <FormMessage state={state} testId="speaker-feedback-message" />
      <fieldset disabled={disabled} className="space-y-3">
        <Field
          label="Feedback for the speaker"
          name="feedback"
          id="speaker-feedback"
          hint="Optional. Included in the decision e-mail to the speakers, as written here. This is the only chair text a speaker ever sees."
          error={errorFor(state, "feedback")}
        >
          <TextArea id="speaker-feedback" name="feedback" rows={4} defaultValue={feedback ?? ""} />
        </Field>
        <SubmitButton variant="secondary" data-testid="save-feedback" pendingText="Saving…">
          Save feedback
        </SubmitButton>
      </fieldset>
    </form>
  );
}
