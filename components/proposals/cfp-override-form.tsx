"use client";
import { useActionState } from "react";
import { setCfpOverrideAction } from "@/app/(admin)/admin/events/[slug]/proposals/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextInput } from "@/components/ui/field";

/** Organizer override: the speaker may edit and submit this proposal outside the CFP window. */
export function CfpOverrideForm({ proposalId, allowed }: { proposalId: string; allowed: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(setCfpOverrideAction, null);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="cfp-override-form">
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="allow" value={allowed ? "false" : "true"} />
      <FormMessage state={state} testId="override-message" />
      <Field label="Reason" name="reason" hint="Recorded in the audit log." error={errorFor(state, "reason")}>
        <TextInput name="reason" defaultValue={valueOf(state, "reason", "")} invalid={!!errorFor(state, "reason")} />
      </Field>
      <SubmitButton variant={allowed ? "secondary" : "primary"} data-testid="save-override">
        {allowed ? "Remove override" : "Allow outside the CFP dates"}
      </SubmitButton>
    </form>
  );
}
