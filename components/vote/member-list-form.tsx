"use client";
import { useActionState } from "react";
import { clearMemberListAction, importMemberListAction } from "@/app/(admin)/admin/events/[slug]/voters/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextArea } from "@/components/ui/field";

export function MemberListForm({ slug }: { slug: string }) {
  const [state, action] = useActionState<FormState, FormData>(importMemberListAction, null);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="member-list-form">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} testId="member-list-message" />
      <Field
        label="CSV file"
        name="file"
        hint="UTF-8; header row with an email column, or one address per line."
        error={errorFor(state, "file")}
      >
        <input id="file" name="file" type="file" accept=".csv,text/csv,text/plain" className="block text-sm" />
      </Field>
      <Field label="Or paste addresses" name="text" error={errorFor(state, "text")}>
        <TextArea name="text" rows={4} placeholder={"email\nana@example.org"} invalid={!!errorFor(state, "text")} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="replace" className="size-4" /> Replace the list (remove addresses not in this
        import)
      </label>
      <SubmitButton pendingText="Importing…" data-testid="member-list-import">
        Import member list
      </SubmitButton>
    </form>
  );
}

export function ClearMemberListForm({ slug }: { slug: string }) {
  const [state, action] = useActionState<FormState, FormData>(clearMemberListAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} testId="member-list-clear-message" />
      <SubmitButton variant="danger" pendingText="Clearing…">
        Clear the member list
      </SubmitButton>
    </form>
  );
}
