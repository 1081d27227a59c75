import type { Metadata } from "next";
import Link from "next/link";
import { formatEventDate } from "@/components/events/format-date";
import { PhaseBadge } from "@/components/events/phase-badge";
import { FeedbackImportForm } from "@/components/feedback/import-form";
import { SessionActions } from "@/components/feedback/session-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Past feedback" };

export default async function AdminFeedbackPage() {
  await requirePageRole("ORGANIZER", "/admin/feedback");
  const [events, totals] = await Promise.all([
    db.event.findMany({
      where: { phase: { in: ["PUBLISHED", "ARCHIVED"] } },
      select: {
        id: true,
        slug: true,
        name: true,
        phase: true,
        timezone: true,
        eventEndsAt: true,
        feedbackWindowDays: true,
        _count: { select: { sessions: true } },
        proposals: { where: { status: "ACCEPTED" }, select: { id: true } },
      },
      orderBy: [{ eventStartsAt: "desc" }, { name: "asc" }],
    }),
    db.pastFeedback.groupBy({ by: ["source"], _count: { _all: true }, _sum: { ratingCount: true } }),
  ]);
  const ratings = await db.sessionRating.groupBy({ by: ["sessionId"], _count: { _all: true } });
  const sessionEvent = new Map(
    (
      await db.conferenceSession.findMany({
        where: { id: { in: ratings.map((r) => r.sessionId) } },
        select: { id: true, eventId: true },
      })
    ).map((s) => [s.id, s.eventId]),
  );
  const ratingsPerEvent = new Map<string, number>();
  for (const r of ratings) {
    const e = sessionEvent.get(r.sessionId);
    if (e) ratingsPerEvent.set(e, (ratingsPerEvent.get(e) ?? 0) + r._count._all);
  }
  const bySource = Object.fromEntries(totals.map((t) => [t.source, t]));

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: "/admin", label: "All events" }}
          title="Past feedback"
          subtitle="Import ratings of past sessions, turn a published program into sessions attendees can rate, and fold their ratings into speakers' reputations."
        />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="feedback-totals">
          {[
            ["Imported rows", bySource.IMPORT?._count._all ?? 0],
            ["Imported ratings", bySource.IMPORT?._sum.ratingCount ?? 0],
            ["Rows from Podium", bySource.IN_APP?._count._all ?? 0],
            ["Ratings from Podium", bySource.IN_APP?._sum.ratingCount ?? 0],
          ].map(([label, n]) => (
            <div key={label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{n}</dd>
            </div>
          ))}
        </dl>
      </div>

      <Card>
        <h2 className="text-lg font-semibold">Import a feedback file</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Rows are matched to speakers by e-mail (unknown addresses get a placeholder that the speaker takes over on
          sign-in). Importing the same file again changes nothing; a refused line writes nothing. Large files:{" "}
          <code>podium import:feedback FILE.csv</code>.
        </p>
        <FeedbackImportForm />
      </Card>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">Published events</h2>
        {events.length === 0 ? (
          <Card>
            <p className="text-slate-700">
              No published event yet. Sessions are created from accepted proposals once an event is published.
            </p>
          </Card>
        ) : (
          events.map((e) => (
            <Card key={e.id}>
              <div data-testid="feedback-event" data-event-slug={e.slug} className="space-y-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <Link href={`/feedback/${e.slug}`} className="font-semibold text-brand-700 hover:underline">
                      {e.name}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {e.proposals.length} accepted · {e._count.sessions} sessions · {ratingsPerEvent.get(e.id) ?? 0}{" "}
                      ratings · window {e.feedbackWindowDays} days after{" "}
                      {formatEventDate(e.eventEndsAt, e.timezone, false)}
                    </p>
                  </div>
                  <PhaseBadge phase={e.phase} />
                </div>
                <SessionActions eventId={e.id} />
              </div>
            </Card>
          ))
        )}
      </section>
    </div>
  );
}
