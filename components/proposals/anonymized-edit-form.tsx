"use client";
import { useActionState } from "react";
import { editAnonymizedAction } from "@/app/(admin)/admin/events/[slug]/proposals/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field, TextArea, TextInput } from "@/components/ui/field";

/** Chairs and organizers correct the text voters read. */
export function AnonymizedEditForm({
  proposalId,
  title,
  abstract,
}: {
  proposalId: string;
  title: string;
  abstract: string;
}) {
  const [state, action] = useActionState<FormState, FormData>(editAnonymizedAction, null);
  const err = (n: string) => errorFor(state, n);
  return (
    <form action={action} className="space-y-4" noValidate data-testid="anonymized-edit-form">
      <input type="hidden" name="proposalId" value={proposalId} />
      <FormMessage state={state} testId="anonymized-message" />
      <Field label="Voter title" name="anonymizedTitle" error={err("anonymizedTitle")}>
        <TextInput
          name="anonymizedTitle"
          defaultValue={valueOf(state, "anonymizedTitle", title)}
          invalid={!!err("anonymizedTitle")}
        />
      </Field>
      <Field
        label="Voter abstract (Markdown)"
        name="anonymizedAbstract"
        hint="Use placeholders like [speaker], [organization], [link]."
        error={err("anonymizedAbstract")}
      >
        <TextArea
          name="anonymizedAbstract"
          rows={10}
          defaultValue={valueOf(state, "anonymizedAbstract", abstract)}
          invalid={!!err("anonymizedAbstract")}
        />
      </Field>
      {err("keepFlagged") ? (
        // Detection still flagged the text just submitted: the chair may keep it as it is, for
        // exactly that text (it is echoed back; any further change is checked again).
        <div className="space-y-1" data-testid="keep-flagged">
          <input type="hidden" name="flaggedTitle" value={valueOf(state, "anonymizedTitle", title)} />
          <input type="hidden" name="flaggedAbstract" value={valueOf(state, "anonymizedAbstract", abstract)} />
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="keepFlagged"
              value="yes"
              className="mt-1"
              aria-describedby="keep-flagged-hint"
              data-testid="keep-flagged-checkbox"
            />
            <span>Save anyway: the flagged terms do not identify a speaker or their organization</span>
          </label>
          <p id="keep-flagged-hint" className="text-sm text-slate-600">
            {err("keepFlagged")} The kept terms are recorded in the audit log.
          </p>
        </div>
      ) : null}
      <SubmitButton data-testid="save-anonymized">Save voter version</SubmitButton>
    </form>
  );
}
