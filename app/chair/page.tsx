import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { EventHeading } from "@/components/events/event-heading";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { isAnyChair, isOrganizer } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { EventPhase, ProposalStatus } from "@/lib/db/generated/enums";
import { REVIEW_PHASES } from "@/lib/decisions/access";

export const metadata: Metadata = { title: "Review" };

const COLUMNS: { status: ProposalStatus; label: string }[] = [
  { status: "SUBMITTED", label: "Submitted" },
  { status: "ACCEPTED", label: "Accepted" },
  { status: "WAITLISTED", label: "Waitlisted" },
  { status: "REJECTED", label: "Rejected" },
  { status: "WITHDRAWN", label: "Withdrawn" },
];

export default async function ChairPage() {
  const user = await requirePageUser("/chair");
  if (!isAnyChair(user)) forbidden();
  // Organizers chair every track; others only their assigned ones.
  const trackWhere = isOrganizer(user) ? {} : { id: { in: user.chairTrackIds } };
  const [tracks, counts] = await Promise.all([
    db.track.findMany({
      where: trackWhere,
      orderBy: [{ event: { createdAt: "desc" } }, { position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        slotCount: true,
        event: { select: { id: true, slug: true, name: true, phase: true } },
      },
    }),
    db.proposal.groupBy({
      by: ["trackId", "status"],
      where: { track: trackWhere, status: { not: "DRAFT" } },
      _count: { _all: true },
    }),
  ]);
  const count = (trackId: string, status: ProposalStatus) =>
    counts.find((c) => c.trackId === trackId && c.status === status)?._count._all ?? 0;

  const events = new Map<
    string,
    { slug: string; name: string; phase: (typeof tracks)[number]["event"]["phase"]; tracks: typeof tracks }
  >();
  for (const t of tracks) {
    const g = events.get(t.event.id) ?? { ...t.event, tracks: [] };
    g.tracks.push(t);
    events.set(t.event.id, g);
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title="Review"
        subtitle={isOrganizer(user) ? "As an organizer you can review every track." : "The tracks you chair."}
      />
      {events.size === 0 ? (
        <Card>
          <p className="text-slate-700">No tracks to review yet.</p>
        </Card>
      ) : (
        [...events.values()].map((g) => (
          <Card key={g.slug}>
            <EventHeading slug={g.slug} name={g.name} phase={g.phase} />
            {/* Phone: one block per track; wider screens: a table. */}
            <ul className="mt-4 space-y-4 sm:hidden">
              {g.tracks.map((t) => (
                <li key={t.id}>
                  <p className="font-medium text-slate-900">
                    <TrackName eventSlug={g.slug} phase={g.phase} slug={t.slug} name={t.name} />
                    <span className="ml-2 text-sm font-normal text-slate-600">
                      {t.slotCount ? `${t.slotCount} slots` : ""}
                    </span>
                  </p>
                  <dl className="mt-1 grid grid-cols-3 gap-x-3 gap-y-1 text-sm">
                    {COLUMNS.map((c) => (
                      <div key={c.status}>
                        <dt className="text-xs text-slate-500">{c.label}</dt>
                        <dd className="tabular-nums">{count(t.id, c.status)}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
            <div className="mt-4 hidden overflow-x-auto sm:block">
              <table className="min-w-full text-sm" data-testid="chair-tracks">
                <thead className="text-left text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Track
                    </th>
                    {COLUMNS.map((c) => (
                      <th key={c.status} scope="col" className="px-3 py-2 text-right font-medium">
                        {c.label}
                      </th>
                    ))}
                    <th scope="col" className="px-3 py-2 text-right font-medium">
                      Slots
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {g.tracks.map((t) => (
                    <tr key={t.id}>
                      <td className="whitespace-nowrap py-2 pr-3 font-medium text-slate-900">
                        <TrackName eventSlug={g.slug} phase={g.phase} slug={t.slug} name={t.name} />
                      </td>
                      {COLUMNS.map((c) => (
                        <td key={c.status} className="px-3 py-2 text-right tabular-nums">
                          {count(t.id, c.status)}
                        </td>
                      ))}
                      <td className="px-3 py-2 text-right tabular-nums">{t.slotCount || "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-3 text-xs text-slate-500">
              {REVIEW_PHASES.includes(g.phase)
                ? "Open a track for its ranking, identities (logged) and decisions."
                : "Rankings open to chairs once voting has closed."}
            </p>
          </Card>
        ))
      )}
    </div>
  );
}

function TrackName({
  eventSlug,
  phase,
  slug,
  name,
}: {
  eventSlug: string;
  phase: EventPhase;
  slug: string;
  name: string;
}) {
  if (!REVIEW_PHASES.includes(phase)) return <>{name}</>;
  return (
    <Link href={`/chair/${eventSlug}/${slug}`} className="text-brand-700 hover:underline" data-testid="track-link">
      {name}
    </Link>
  );
}
