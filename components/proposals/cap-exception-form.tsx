"use client";
import { useActionState } from "react";
import { grantCapExceptionAction } from "@/app/(admin)/admin/events/[slug]/caps/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextInput } from "@/components/ui/field";

export function CapExceptionForm({ eventSlug }: { eventSlug: string }) {
  const [state, action] = useActionState<FormState, FormData>(grantCapExceptionAction, null);
  const err = (n: string) => errorFor(state, n);
  return (
    <form action={action} className="space-y-4" noValidate data-testid="cap-exception-form">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <FormMessage state={state} testId="cap-exception-message" />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field label="Speaker e-mail" name="email" error={err("email")}>
          <TextInput name="email" type="email" defaultValue={valueOf(state, "email", "")} invalid={!!err("email")} />
        </Field>
        <Field label="Extra proposals" name="extraProposals" error={err("extraProposals")}>
          <TextInput
            name="extraProposals"
            type="number"
            min={1}
            max={50}
            defaultValue={valueOf(state, "extraProposals", "1")}
            invalid={!!err("extraProposals")}
          />
        </Field>
      </div>
      <Field
        label="Reason"
        name="reason"
        hint="Recorded in the audit log, e.g. “keynote speaker, invited panel”."
        error={err("reason")}
      >
        <TextInput name="reason" defaultValue={valueOf(state, "reason", "")} invalid={!!err("reason")} />
      </Field>
      <SubmitButton data-testid="grant-exception">Grant exception</SubmitButton>
    </form>
  );
}

/** Removal is a grant of 0 extra proposals, with its own reason for the audit log. */
export function RemoveCapExceptionForm({ eventSlug, email }: { eventSlug: string; email: string }) {
  const [state, action] = useActionState<FormState, FormData>(grantCapExceptionAction, null);
  return (
    <form
      action={action}
      className="flex flex-col gap-2 sm:flex-row sm:items-start"
      noValidate
      data-testid="remove-exception-form"
    >
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="extraProposals" value="0" />
      <div className="space-y-1">
        <label className="sr-only" htmlFor={`reason-${email}`}>
          Reason for removing
        </label>
        <input
          id={`reason-${email}`}
          name="reason"
          placeholder="Reason for removing"
          className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300"
        />
        {state && !state.ok ? (
          <p className="text-sm text-red-700" role="alert">
            {state.message}
          </p>
        ) : null}
        {state?.ok ? <FormMessage state={state} /> : null}
      </div>
      <SubmitButton variant="secondary" pendingText="Removing…">
        Remove
      </SubmitButton>
    </form>
  );
}
