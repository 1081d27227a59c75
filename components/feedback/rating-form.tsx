"use client";
import { useActionState } from "react";
import { rateSessionAction } from "@/app/feedback/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextArea } from "@/components/ui/field";

const LABELS = ["Poor", "Fair", "Good", "Very good", "Excellent"];

/** 1..5 stars as radio buttons plus an optional comment; submitting again edits the rating. */
export function RatingForm({
  sessionId,
  eventSlug,
  current,
}: {
  sessionId: string;
  eventSlug: string;
  current: { rating: number; comment: string | null } | null;
}) {
  const [state, action] = useActionState<FormState, FormData>(rateSessionAction, null);
  const chosen = valueOf(state, "rating", current ? String(current.rating) : "");
  const commentName = `comment-${sessionId}`;
  return (
    <form action={action} noValidate className="space-y-3" data-testid="rating-form">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Your rating</legend>
        <div className="mt-2 flex flex-wrap gap-2" role="radiogroup">
          {LABELS.map((label, i) => {
            const value = String(i + 1);
            return (
              <label
                key={value}
                className="flex cursor-pointer items-center gap-1.5 rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
              >
                <input
                  type="radio"
                  name="rating"
                  value={value}
                  defaultChecked={chosen === value}
                  className="accent-brand-600"
                  data-testid={`rating-${value}`}
                />
                <span className="tabular-nums font-semibold">{value}</span>
                <span className="text-slate-600">{label}</span>
              </label>
            );
          })}
        </div>
        {errorFor(state, "rating") ? (
          <p className="mt-1 text-sm text-red-700" role="alert">
            {errorFor(state, "rating")}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Comment (optional)"
        name={commentName}
        hint="The speaker reads comments after the feedback window closes; your name is never shown."
        error={errorFor(state, "comment")}
      >
        <TextArea
          name="comment"
          id={commentName}
          rows={2}
          maxLength={2000}
          defaultValue={valueOf(state, "comment", current?.comment ?? "")}
          data-testid="rating-comment"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton data-testid="rating-submit" pendingText="Saving…">
          {current ? "Update rating" : "Save rating"}
        </SubmitButton>
      </div>
      <FormMessage state={state} testId="rating-message" />
    </form>
  );
}
