"use client";
import { useActionState } from "react";
import { moreItemsAction, type VoterFormState } from "@/app/vote/actions";
import { SubmitButton } from "@/components/admin/submit-button";
import { Alert } from "@/components/ui/alert";

/** "Give me more": names the batch the page shows, so a double click adds one batch only. */
export function MoreItemsForm({ eventSlug, batch }: { eventSlug: string; batch: number }) {
  const [state, action] = useActionState<VoterFormState, FormData>(moreItemsAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="expectedBatch" value={batch} />
      {state ? <Alert tone={state.code === "not_found" ? "info" : "error"}>{state.message}</Alert> : null}
      <SubmitButton variant="secondary" pendingText="Assigning…" data-testid="give-me-more">
        Give me more
      </SubmitButton>
    </form>
  );
}
