"use client";
import { useActionState, useRef } from "react";
import { bulkStatusAction } from "@/app/(admin)/admin/events/[slug]/proposals/actions";
import { Select } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import type { FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

const LABELS = { WITHDRAWN: "Withdraw", SUBMITTED: "Restore to submitted" } as const;

/**
 * Wraps the list: its rows carry checkboxes named proposalIds[]; this bar picks a status and asks
 * for confirmation with the number of selected proposals before anything changes.
 */
export function BulkStatusForm({ eventId, children }: { eventId: string; children: React.ReactNode }) {
  const [state, run] = useActionState<FormState, FormData>(bulkStatusAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const selected = () =>
    formRef.current ? formRef.current.querySelectorAll('input[name="proposalIds[]"]:checked').length : 0;
  return (
    <form
      ref={formRef}
      action={run}
      noValidate
      data-testid="bulk-form"
      onSubmit={(e) => {
        const n = selected();
        const to = (formRef.current?.elements.namedItem("to") as HTMLSelectElement | null)
          ?.value as keyof typeof LABELS;
        const what = `${n} ${new Intl.PluralRules("en").select(n) === "one" ? "proposal" : "proposals"}`;
        if (n === 0) {
          e.preventDefault();
          window.alert("Select at least one proposal first.");
        } else if (!window.confirm(`${LABELS[to]}: ${what}? Speakers see the new status.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="eventId" value={eventId} />
      <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="h-4 w-4"
            data-testid="select-all"
            onChange={(e) =>
              formRef.current
                ?.querySelectorAll<HTMLInputElement>('input[name="proposalIds[]"]')
                .forEach((box) => (box.checked = e.target.checked))
            }
          />
          Select all on this page
        </label>
        <span className="ml-auto flex items-center gap-2">
          <label htmlFor="to" className="sr-only">
            New status
          </label>
          <Select name="to" defaultValue="WITHDRAWN">
            {Object.entries(LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </Select>
          <SubmitButton variant="secondary" pendingText="Applying…" data-testid="bulk-apply">
            Apply to selected
          </SubmitButton>
        </span>
      </div>
      <FormMessage state={state} testId="bulk-message" />
      {children}
    </form>
  );
}
