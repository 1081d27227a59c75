"use client";
import { useActionState } from "react";
import { withdrawProposalAction } from "@/app/speaker/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";

export function WithdrawForm({ proposalId }: { proposalId: string }) {
  const [state, action] = useActionState<FormState, FormData>(withdrawProposalAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="withdraw-form">
      <input type="hidden" name="proposalId" value={proposalId} />
      <FormMessage state={state} testId="withdraw-message" />
      <SubmitButton variant="danger" pendingText="Withdrawing…" data-testid="withdraw-proposal">
        Withdraw proposal
      </SubmitButton>
    </form>
  );
}
