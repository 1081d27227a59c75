"use client";
// "Reveal speakers" on the proposal review page: audited like the ranking's reveal, and after it
// the page shows the original text, bio and co-speakers.
import { useActionState } from "react";
import { revealAction } from "@/app/chair/[eventSlug]/[trackSlug]/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";

export function RevealProposalButton({
  eventSlug,
  trackSlug,
  proposalId,
}: {
  eventSlug: string;
  trackSlug: string;
  proposalId: string;
}) {
  const [state, action] = useActionState<FormState, FormData>(revealAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="trackSlug" value={trackSlug} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="scope" value="proposal" />
      <SubmitButton variant="secondary" data-testid="reveal" pendingText="Revealing…">
        Reveal speakers and original text (logged)
      </SubmitButton>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
