"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { saveTemplateAction, sendDecisionEmailsAction } from "./actions";

export function TemplateForm({
  eventSlug,
  kind,
  subject,
  body,
}: {
  eventSlug: string;
  kind: string;
  subject: string;
  body: string;
}) {
  const [state, action] = useActionState<FormState, FormData>(saveTemplateAction, null);
  return (
    <form action={action} noValidate className="space-y-3" data-testid={`template-${kind}`}>
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="kind" value={kind} />
      <FormMessage state={state} />
      <Field label="Subject" name={`subject`} error={errorFor(state, "subject")}>
        <TextInput
          name="subject"
          defaultValue={valueOf(state, "subject", subject)}
          invalid={!!errorFor(state, "subject")}
        />
      </Field>
      <Field label="Text" name="body" error={errorFor(state, "body")}>
        <TextArea
          name="body"
          rows={9}
          defaultValue={valueOf(state, "body", body)}
          invalid={!!errorFor(state, "body")}
        />
      </Field>
      <SubmitButton variant="secondary">Save template</SubmitButton>
    </form>
  );
}

export function SendForm({ eventSlug, disabled }: { eventSlug: string; disabled: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(sendDecisionEmailsAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <FormMessage state={state} testId="send-message" />
      {disabled ? (
        <p className="text-sm text-slate-600">Decision e-mails can be sent once the event is published.</p>
      ) : null}
      <SubmitButton data-testid="send-decisions" pendingText="Queuing…">
        Send decision e-mails
      </SubmitButton>
    </form>
  );
}
