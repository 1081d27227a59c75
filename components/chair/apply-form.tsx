"use client";
// "Apply decisions" for the track, with the optional override reason (needed when the selection
// breaks the organization cap or misses the newcomer target; it is audit-logged).
import { useActionState } from "react";
import { applyDecisionsAction, revealAction } from "@/app/chair/[eventSlug]/[trackSlug]/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextInput } from "@/components/ui/field";

export function ApplyForm({
  eventSlug,
  trackSlug,
  pending,
  needsReason,
}: {
  eventSlug: string;
  trackSlug: string;
  pending: number;
  needsReason: boolean;
}) {
  const [state, action] = useActionState<FormState, FormData>(applyDecisionsAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="apply-form">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="trackSlug" value={trackSlug} />
      <FormMessage state={state} testId="apply-message" />
      {needsReason || (state && !state.ok && state.code === "cap_reached") ? (
        <Field
          label="Override reason"
          name="overrideReason"
          hint="Applying over the organization cap or below the newcomer target needs a reason; it is kept in the audit log."
        >
          <TextInput name="overrideReason" placeholder="Why this selection is right anyway" />
        </Field>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton data-testid="apply-decisions" pendingText="Applying…">
          Apply decisions
        </SubmitButton>
        <span className="text-sm text-slate-600" data-testid="pending-count">
          {pending === 1 ? "1 pending change" : `${pending} pending changes`}
        </span>
      </div>
    </form>
  );
}

export function RevealAllForm({ eventSlug, trackSlug }: { eventSlug: string; trackSlug: string }) {
  const [state, run] = useActionState<FormState, FormData>(revealAction, null);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="trackSlug" value={trackSlug} />
      <input type="hidden" name="scope" value="track" />
      <SubmitButton variant="secondary" data-testid="reveal-all" pendingText="Revealing…">
        Reveal all in track (logged)
      </SubmitButton>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
