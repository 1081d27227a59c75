"use client";
import { useActionState } from "react";
import { importFeedbackAction, type ImportFormState } from "@/app/(admin)/admin/feedback/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/field";

export function FeedbackImportForm() {
  const [state, action] = useActionState<ImportFormState, FormData>(importFeedbackAction, null);
  const lineErrors = state && state.ok ? state.lineErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4" data-testid="feedback-import-form">
      <Field
        label="Feedback CSV"
        name="file"
        hint="UTF-8, header row: speaker_email,event,session_title,rating_average,rating_count[,scale_max]. Ratings run 1..scale_max (default 5)."
        error={errorFor(state, "file")}
      >
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          className={inputClass}
          data-testid="feedback-file"
        />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="dryRun" className="accent-brand-600" /> Dry run: check the file, write nothing
      </label>
      <SubmitButton data-testid="feedback-import-submit" pendingText="Importing…">
        Import feedback
      </SubmitButton>
      <FormMessage state={state} testId="feedback-import-message" />
      {lineErrors?.length ? (
        <div
          className="rounded-lg bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-inset ring-amber-200"
          data-testid="feedback-import-errors"
        >
          <p className="font-semibold">Refused lines (nothing of them was written):</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {lineErrors.map((e) => (
              <li key={e.line}>
                Line {e.line}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}
