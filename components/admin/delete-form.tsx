"use client";
import { useActionState } from "react";
import { FormMessage } from "./form-message";
import type { FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** A one-button delete form: hidden ids, the action's message (e.g. "in use"), a pending label. */
export function DeleteForm({
  action,
  fields,
  label,
  variant = "ghost",
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  variant?: "ghost" | "danger";
}) {
  const [state, run] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={run} noValidate className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingText="Deleting…">
        {label}
      </SubmitButton>
    </form>
  );
}
