"use client";
// "Apply decisions" for the track, with the optional override reason (needed when the selection
// breaks the organization cap, the track's slots or misses the newcomer target; it is
// audit-logged), and "Reveal all". Both ask for confirmation, naming what will happen.
import { useActionState } from "react";
import { applyDecisionsAction, revealAction } from "@/app/chair/[eventSlug]/[trackSlug]/actions";
import { FormMessage } from "@/components/admin/form-message";
import type { FormState } from "@/components/admin/form-state";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, TextInput } from "@/components/ui/field";

export type PendingByMark = { ACCEPT: number; WAITLIST: number; REJECT: number; UNDECIDED: number };

function describePending(p: PendingByMark): string {
  const parts = [
    p.ACCEPT && `${p.ACCEPT} accepted`,
    p.WAITLIST && `${p.WAITLIST} waitlisted`,
    p.REJECT && `${p.REJECT} rejected`,
    p.UNDECIDED && `${p.UNDECIDED} back to undecided`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "no change";
}

export function ApplyForm({
  eventSlug,
  trackSlug,
  trackName,
  pending,
  byMark,
  needsReason,
}: {
  eventSlug: string;
  trackSlug: string;
  trackName: string;
  pending: number;
  byMark: PendingByMark;
  needsReason: boolean;
}) {
  const [state, action] = useActionState<FormState, FormData>(applyDecisionsAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="apply-form">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="trackSlug" value={trackSlug} />
      <FormMessage state={state} testId="apply-message" />
      {needsReason || (state && !state.ok && state.code === "cap_reached") ? (
        <Field
          label="Override reason"
          name="overrideReason"
          hint="Applying over the organization cap or the track's slots, or below the newcomer target, needs a reason; it is kept in the audit log."
        >
          <TextInput name="overrideReason" placeholder="Why this selection is right anyway" />
        </Field>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmButton
          data-testid="apply-decisions"
          pendingText="Applying…"
          title={`Apply ${pending === 1 ? "1 decision" : `${pending} decisions`} in ${trackName}?`}
          message={
            <>
              <p>
                Proposal statuses change now: {describePending(byMark)}. The speakers are told by e-mail once the event
                is published.
              </p>
              {needsReason ? (
                <p className="mt-2 font-medium text-amber-800">
                  This selection breaks a rule: without an override reason it will be refused.
                </p>
              ) : null}
            </>
          }
          confirmLabel="Apply decisions"
        >
          Apply decisions
        </ConfirmButton>
        <span className="text-sm text-slate-600" data-testid="pending-count">
          {pending === 1 ? "1 pending change" : `${pending} pending changes`}
        </span>
      </div>
    </form>
  );
}

export function RevealAllForm({
  eventSlug,
  trackSlug,
  hidden,
}: {
  eventSlug: string;
  trackSlug: string;
  /** How many proposals' speakers are still hidden to this user. */
  hidden: number;
}) {
  const [state, run] = useActionState<FormState, FormData>(revealAction, null);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="trackSlug" value={trackSlug} />
      <input type="hidden" name="scope" value="track" />
      <ConfirmButton
        variant="secondary"
        data-testid="reveal-all"
        pendingText="Revealing…"
        title="Reveal every speaker in this track?"
        message={
          <p>
            This reveals {hidden === 1 ? "1 identity" : `${hidden} identities`} (names, organizations, bios and the
            original text) to you and is logged in the audit trail with your name. It cannot be undone.
          </p>
        }
        confirmLabel={`Reveal ${hidden}`}
      >
        Reveal all in track (logged)
      </ConfirmButton>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
