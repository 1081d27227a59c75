"use client";
// Resend (failed) and cancel (not yet sent) on an outbox message; cancelling asks first.
import { useActionState } from "react";
import { cancelEmailAction, resendEmailAction } from "@/app/(admin)/admin/outbox/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "./form-message";
import type { FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

export function OutboxActions({ id, status, to }: { id: string; status: string; to: string }) {
  const [resendState, resend] = useActionState<FormState, FormData>(resendEmailAction, null);
  const [cancelState, cancel] = useActionState<FormState, FormData>(cancelEmailAction, null);
  const open = status === "PENDING" || status === "FAILED";
  return (
    <div className="space-y-3">
      <FormMessage state={resendState} testId="resend-message" />
      <FormMessage state={cancelState} testId="cancel-message" />
      {open ? (
        <div className="flex flex-wrap gap-2">
          <form action={resend}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="secondary" data-testid="outbox-resend" pendingText="Sending…">
              {status === "FAILED" ? "Resend now" : "Send now"}
            </SubmitButton>
          </form>
          <form action={cancel}>
            <input type="hidden" name="id" value={id} />
            <ConfirmButton
              variant="danger"
              data-testid="outbox-cancel"
              title="Cancel this e-mail?"
              message={<p>The message to {to} will not be sent. This cannot be undone.</p>}
              confirmLabel="Cancel the e-mail"
              pendingText="Cancelling…"
            >
              Cancel
            </ConfirmButton>
          </form>
        </div>
      ) : null}
    </div>
  );
}
