"use client";
import { useActionState } from "react";
import { createSessionsAction, foldFeedbackAction } from "@/app/(admin)/admin/feedback/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";

/** Organizer buttons of one published event. */
export function SessionActions({ eventId }: { eventId: string }) {
  const [sessionsState, createSessions] = useActionState<FormState, FormData>(createSessionsAction, null);
  const [foldState, fold] = useActionState<FormState, FormData>(foldFeedbackAction, null);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <form action={createSessions}>
          <input type="hidden" name="eventId" value={eventId} />
          <SubmitButton variant="secondary" data-testid="create-sessions" pendingText="Creating…">
            Create sessions from accepted proposals
          </SubmitButton>
        </form>
        <form action={fold}>
          <input type="hidden" name="eventId" value={eventId} />
          <SubmitButton variant="secondary" data-testid="fold-feedback" pendingText="Folding…">
            Fold ratings into past feedback now
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={sessionsState} testId="create-sessions-message" />
      <FormMessage state={foldState} testId="fold-feedback-message" />
    </div>
  );
}
