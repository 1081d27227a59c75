"use client";
import { useActionState } from "react";
import { changePhaseAction } from "@/app/(admin)/admin/actions";
import { PHASE_LABELS } from "@/components/events/phase";
import { Field, TextInput } from "@/components/ui/field";
import type { EventPhase } from "@/lib/db/generated/enums";
import { FormMessage } from "./form-message";
import { errorFor, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** Next step forward, or one step back with a reason (lib/events/phase enforces both). */
export function PhaseControl({
  eventId,
  next,
  previous,
}: {
  eventId: string;
  next: EventPhase | null;
  previous: EventPhase | null;
}) {
  const [fwdState, forward] = useActionState<FormState, FormData>(changePhaseAction, null);
  const [backState, back] = useActionState<FormState, FormData>(changePhaseAction, null);
  return (
    <div className="space-y-4">
      <FormMessage state={fwdState} testId="phase-message" />
      <FormMessage state={backState} testId="phase-back-message" />
      {next ? (
        <form
          action={forward}
          noValidate
          className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between"
        >
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="to" value={next} />
          <p className="text-sm text-slate-700">
            Next step: <strong>{PHASE_LABELS[next]}</strong>
          </p>
          <SubmitButton data-testid="phase-next" pendingText="Moving…">
            Move to {PHASE_LABELS[next]}
          </SubmitButton>
        </form>
      ) : (
        <p className="text-sm text-slate-600">This is the last phase.</p>
      )}
      {previous ? (
        <form action={back} noValidate className="space-y-2 border-t border-slate-100 pt-4">
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="to" value={previous} />
          <Field
            label={`Move back to ${PHASE_LABELS[previous]}`}
            name="reason"
            hint="Moving back needs a reason; it is kept in the audit log."
            error={errorFor(backState, "reason")}
          >
            <TextInput name="reason" placeholder="Reason" invalid={!!errorFor(backState, "reason")} />
          </Field>
          <SubmitButton variant="secondary" data-testid="phase-previous" pendingText="Moving…">
            Move back
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
