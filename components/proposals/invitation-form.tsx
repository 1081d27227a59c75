"use client";
import { useActionState } from "react";
import { respondToInvitationAction } from "@/app/speaker/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";

/** Accept / decline a co-speaker invitation. Accepting a submitted proposal is checked against caps. */
export function InvitationForm({ proposalId }: { proposalId: string }) {
  const [state, action] = useActionState<FormState, FormData>(respondToInvitationAction, null);
  return (
    <form action={action} className="space-y-2" data-testid="invitation-form">
      <input type="hidden" name="proposalId" value={proposalId} />
      <FormMessage state={state} testId="invitation-message" />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="answer" value="accept" pendingText="Saving…" data-testid="accept-invitation">
          Accept
        </SubmitButton>
        <SubmitButton
          name="answer"
          value="decline"
          variant="secondary"
          pendingText="Saving…"
          data-testid="decline-invitation"
        >
          Decline
        </SubmitButton>
      </div>
    </form>
  );
}
