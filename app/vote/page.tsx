import type { Metadata } from "next";
import Link from "next/link";
import { formatEventDate } from "@/components/events/format-date";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { BallotProgress } from "@/components/vote/ballot-progress";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listVotingEvents } from "@/lib/ballot/voter-view";
import { checkEligibilityBySlug } from "@/lib/eligibility/check";

export const metadata: Metadata = { title: "Vote" };

// Events open for voting and the caller's own progress as counts only: no proposal, no speaker,
// nothing that could be linked to or searched for. Everything comes from lib/ballot/voter-view.
export default async function VotePage() {
  const user = await requirePageUser("/vote");
  const events = await listVotingEvents(user.id, new Date());
  const eligibility = await Promise.all(
    events.map((e) => (e.hasBallot ? null : checkEligibilityBySlug(e.event.slug, user))),
  );

  return (
    <div className="space-y-6">
      <PageHeader
        title="Vote"
        subtitle="Each voter gets a small random ballot of anonymized proposals. Score what you would like to attend."
      />
      {events.length === 0 ? (
        <Card>
          <p className="text-slate-700" data-testid="no-voting">
            No event is open for voting right now.
          </p>
        </Card>
      ) : (
        <ul className="space-y-4" data-testid="voting-events">
          {events.map(({ event, hasBallot, progress }, i) => {
            const refusal = eligibility[i];
            return (
              <li key={event.slug}>
                <Card>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="text-lg font-semibold">{event.name}</h2>
                    <p className="text-sm text-slate-600">
                      {event.open
                        ? `Voting closes ${formatEventDate(event.votingClosesAt, event.timezone)}`
                        : event.closedReason}
                    </p>
                  </div>
                  {hasBallot ? (
                    <div className="mt-4 space-y-3">
                      <BallotProgress progress={progress} label={`Ballot progress for ${event.name}`} />
                      <Link href={`/vote/${event.slug}`} className={buttonClass("primary")} data-testid="open-ballot">
                        {progress.answered < progress.total && event.open ? "Continue voting" : "Open your ballot"}
                      </Link>
                    </div>
                  ) : refusal && !refusal.eligible ? (
                    <p className="mt-3 text-sm text-amber-800" data-testid="not-eligible">
                      {refusal.reason}
                    </p>
                  ) : (
                    <div className="mt-3 space-y-3">
                      <p className="text-sm text-slate-600" data-testid="no-ballot">
                        You have no ballot for this event yet. You will get {event.ballotSize} proposals to score.
                      </p>
                      {event.open ? (
                        <Link href={`/vote/${event.slug}`} className={buttonClass("primary")} data-testid="open-ballot">
                          Start voting
                        </Link>
                      ) : null}
                    </div>
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
