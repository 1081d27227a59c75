"use client";
import { useActionState } from "react";
import { setRoleAction } from "@/app/(admin)/admin/roles/actions";
import { Field, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { errorFor, valueOf, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/** Grant a role by e-mail (an unknown address becomes a placeholder the person takes over). */
export function GrantRoleForm() {
  const [state, run] = useActionState<FormState, FormData>(setRoleAction, null);
  return (
    <form action={run} noValidate className="space-y-4" data-testid="grant-role-form">
      <FormMessage state={state} testId="grant-role-message" />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <Field label="E-mail address" name="email" error={errorFor(state, "email")}>
          <TextInput
            type="email"
            name="email"
            autoComplete="off"
            required
            key={state && !state.ok ? "retry" : "fresh"}
            defaultValue={state && !state.ok ? valueOf(state, "email", "") : ""}
            invalid={Boolean(errorFor(state, "email"))}
          />
        </Field>
        <Field label="Role" name="role" error={errorFor(state, "role")}>
          <Select name="role" defaultValue={valueOf(state, "role", "ORGANIZER")}>
            <option value="ORGANIZER">Organizer</option>
            <option value="ADMIN">Admin</option>
          </Select>
        </Field>
        <SubmitButton data-testid="grant-role">Grant role</SubmitButton>
      </div>
    </form>
  );
}

/** One row's change: make admin / make organizer / revoke (back to member). */
export function ChangeRoleButton({
  email,
  role,
  label,
  danger = false,
}: {
  email: string;
  role: string;
  label: string;
  danger?: boolean;
}) {
  const [state, run] = useActionState<FormState, FormData>(setRoleAction, null);
  return (
    <form
      action={run}
      noValidate
      className="inline-block"
      onSubmit={(e) => {
        if (danger && !window.confirm(`${label} for ${email}?`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="role" value={role} />
      <SubmitButton
        variant={danger ? "danger" : "secondary"}
        pendingText="Saving…"
        data-testid={`role-${role.toLowerCase()}-${email}`}
      >
        {label}
      </SubmitButton>
      {state && !state.ok ? (
        <p className="mt-1 max-w-xs text-sm text-red-700" role="alert" data-testid="role-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
