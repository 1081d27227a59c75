"use client";
import { useActionState } from "react";
import { submitProposalAction } from "@/app/speaker/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";

export function ResubmitForm({ proposalId }: { proposalId: string }) {
  const [state, action] = useActionState<FormState, FormData>(submitProposalAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="proposalId" value={proposalId} />
      <FormMessage state={state} testId="proposal-message" />
      <SubmitButton pendingText="Submitting…" data-testid="submit-proposal">
        Submit again
      </SubmitButton>
    </form>
  );
}
