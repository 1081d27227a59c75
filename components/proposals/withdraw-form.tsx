"use client";
import { useActionState } from "react";
import { withdrawProposalAction } from "@/app/speaker/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function WithdrawForm({ proposalId }: { proposalId: string }) {
  const [state, action] = useActionState<FormState, FormData>(withdrawProposalAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="withdraw-form">
      <input type="hidden" name="proposalId" value={proposalId} />
      <FormMessage state={state} testId="withdraw-message" />
      <ConfirmButton
        variant="danger"
        pendingText="Withdrawing…"
        data-testid="withdraw-proposal"
        title="Withdraw this proposal?"
        message={
          <p>
            It leaves the selection at once: voters no longer see it and chairs cannot accept it. You can submit it
            again only while the call for papers is open (and within the submission caps).
          </p>
        }
        confirmLabel="Withdraw proposal"
      >
        Withdraw proposal
      </ConfirmButton>
    </form>
  );
}
