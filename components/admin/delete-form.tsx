"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "./form-message";
import type { FormState } from "./form-state";

/**
 * A one-button delete form: hidden ids, the action's message (e.g. "in use"), a pending label.
 * It always asks first, naming what goes away; cancel does nothing.
 */
export function DeleteForm({
  action,
  fields,
  label,
  what,
  variant = "ghost",
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** What is deleted, for the confirmation ("the track “Security”"). */
  what: string;
  variant?: "ghost" | "danger";
}) {
  const [state, run] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={run} noValidate className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <ConfirmButton
        variant={variant}
        confirmVariant="danger"
        pendingText="Deleting…"
        title={`${label}?`}
        message={<p>This deletes {what}. It cannot be undone.</p>}
        confirmLabel={label}
      >
        {label}
      </ConfirmButton>
    </form>
  );
}
