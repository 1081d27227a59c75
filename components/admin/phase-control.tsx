"use client";
import { useActionState } from "react";
import { changePhaseAction } from "@/app/(admin)/admin/actions";
import { PHASE_LABELS } from "@/components/events/phase";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, TextInput } from "@/components/ui/field";
import type { EventPhase } from "@/lib/db/generated/enums";
import type { PublishPreview } from "@/lib/decisions/publish";
import { FormMessage } from "./form-message";
import { errorFor, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

const emails = (n: number) => (n === 1 ? "1 e-mail" : `${n} e-mails`);

/**
 * Next step forward, or one step back with a reason (lib/events/phase enforces both). Publishing
 * asks for confirmation naming the e-mails it sends, and with undecided proposals offers only
 * "Reject all undecided (N)" (the server refuses a plain publish then).
 */
export function PhaseControl({
  eventId,
  next,
  previous,
  publish,
}: {
  eventId: string;
  next: EventPhase | null;
  previous: EventPhase | null;
  /** Set when the next step is publishing the results. */
  publish?: PublishPreview | null;
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
          {next === "PUBLISHED" && publish ? (
            <div className="flex flex-wrap gap-2">
              <ConfirmButton
                data-testid="phase-next"
                pendingText="Publishing…"
                title="Publish the results?"
                message={
                  <>
                    <p>
                      {emails(publish.emails)} will be sent to speakers now, one per speaker and decision. Decisions can
                      no longer be changed by the chairs.
                    </p>
                    {publish.undecided ? (
                      <p className="mt-2 font-medium text-amber-800">
                        {publish.undecided} proposal(s) are still undecided: publishing will be refused until they are
                        decided, or use &ldquo;Reject all undecided&rdquo;.
                      </p>
                    ) : null}
                  </>
                }
                confirmLabel="Publish"
              >
                Move to {PHASE_LABELS[next]}
              </ConfirmButton>
              {publish.undecided ? (
                <ConfirmButton
                  variant="danger"
                  name="rejectUndecided"
                  value="true"
                  data-testid="publish-reject-undecided"
                  pendingText="Publishing…"
                  title={`Reject all ${publish.undecided} undecided and publish?`}
                  message={
                    <p>
                      {publish.undecided} undecided proposal(s) become rejected, then the results are published:{" "}
                      {emails(publish.emails + publish.undecidedEmails)} will be sent. This is audit-logged and cannot
                      be undone.
                    </p>
                  }
                  confirmLabel={`Reject ${publish.undecided} and publish`}
                >
                  Reject all undecided ({publish.undecided}) and publish
                </ConfirmButton>
              ) : null}
            </div>
          ) : (
            <SubmitButton data-testid="phase-next" pendingText="Moving…">
              Move to {PHASE_LABELS[next]}
            </SubmitButton>
          )}
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
