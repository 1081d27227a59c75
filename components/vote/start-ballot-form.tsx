"use client";
import { useActionState } from "react";
import { startBallotAction, type VoterFormState } from "@/app/vote/actions";
import { SubmitButton } from "@/components/admin/submit-button";
import { Alert } from "@/components/ui/alert";

/** Optional track preferences, then "Start voting" (assigns the ballot once; see lib/ballot). */
export function StartBallotForm({
  eventSlug,
  ballotSize,
  tracks,
}: {
  eventSlug: string;
  ballotSize: number;
  tracks: { slug: string; name: string }[];
}) {
  const [state, action] = useActionState<VoterFormState, FormData>(startBallotAction, null);
  return (
    <form action={action} className="space-y-4" data-testid="start-ballot">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      {state ? <Alert tone="error">{state.message}</Alert> : null}
      {tracks.length > 1 ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">
            Tracks you are interested in (optional; none ticked = all tracks)
          </legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {tracks.map((t) => (
              <label
                key={t.slug}
                className="flex min-h-11 items-center gap-2 rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
              >
                <input type="checkbox" name="tracks[]" value={t.slug} className="size-4" />
                {t.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <SubmitButton pendingText="Assigning your ballot…" data-testid="start-voting">
        Start voting ({ballotSize} proposals)
      </SubmitButton>
    </form>
  );
}
