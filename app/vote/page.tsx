import type { Metadata } from "next";
import Link from "next/link";
import { formatEventDate } from "@/components/events/format-date";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Vote" };

// Lists events open for voting and the caller's own ballot progress as counts only: no proposal,
// no speaker, nothing that could be linked to or searched for.
export default async function VotePage() {
  const user = await requirePageUser("/vote");
  const now = new Date();
  const events = await db.event.findMany({
    where: { phase: "VOTING" },
    orderBy: [{ votingClosesAt: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      timezone: true,
      votingClosesAt: true,
      ballots: {
        where: { voterId: user.id },
        select: { _count: { select: { items: true } }, items: { where: { vote: { isNot: null } }, select: { vote: { select: { score: true } } } } },
      },
    },
  });

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
          {events.map((e) => {
            const ballot = e.ballots[0];
            const assigned = ballot?._count.items ?? 0;
            const answered = ballot?.items.length ?? 0;
            const skipped = ballot?.items.filter((i) => i.vote?.score === null).length ?? 0;
            const pct = assigned ? Math.round((answered / assigned) * 100) : 0;
            const closed = e.votingClosesAt !== null && e.votingClosesAt <= now;
            return (
              <li key={e.id}>
                <Card>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="text-lg font-semibold">
                      <Link href={`/events/${e.slug}`} className="hover:underline">
                        {e.name}
                      </Link>
                    </h2>
                    <p className="text-sm text-slate-600">
                      {closed ? "Voting has closed" : `Voting closes ${formatEventDate(e.votingClosesAt, e.timezone)}`}
                    </p>
                  </div>
                  {ballot ? (
                    <div className="mt-4" data-testid="ballot-progress">
                      <div className="flex justify-between text-sm text-slate-700">
                        <span>
                          {answered} of {assigned} answered{skipped ? ` (${skipped} skipped)` : ""}
                        </span>
                        <span className="tabular-nums">{pct}%</span>
                      </div>
                      <div
                        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100"
                        role="progressbar"
                        aria-valuemin={0}
                        aria-valuemax={assigned}
                        aria-valuenow={answered}
                        aria-label={`Ballot progress for ${e.name}`}
                      >
                        <div className="h-full rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
                      </div>
                    </div>
                  ) : (
                    <p className="mt-3 text-sm text-slate-600" data-testid="no-ballot">
                      You have no ballot for this event yet. Ballots are assigned when voting in Podium opens for you; that arrives with the
                      ballot feature.
                    </p>
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
