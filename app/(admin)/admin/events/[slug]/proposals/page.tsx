import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PROPOSAL_STATUSES, ProposalStatusBadge, statusLabel } from "@/components/proposals/status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { isOrganizer } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { ProposalStatus } from "@/lib/db/generated/enums";

export const metadata: Metadata = { title: "Proposals" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ status?: string; track?: string }> };

/** Organizers' list of an event's proposals, with identities (organizers may see them). */
export default async function EventProposalsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requirePageUser(`/admin/events/${slug}/proposals`);
  const organizer = isOrganizer(user);
  // Track chairs get the proposals of their own tracks, without speaker identities.
  if (!organizer && user.chairTrackIds.length === 0) forbidden();
  const found = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      phase: true,
      tracks: { orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } },
    },
  });
  if (!found) notFound();
  const event = organizer ? found : { ...found, tracks: found.tracks.filter((t) => user.chairTrackIds.includes(t.id)) };
  if (!organizer && event.tracks.length === 0) forbidden();
  const scope = organizer ? {} : { trackId: { in: event.tracks.map((t) => t.id) } };
  const q = await searchParams;
  const status = PROPOSAL_STATUSES.includes(q.status as ProposalStatus) ? (q.status as ProposalStatus) : undefined;
  const track = event.tracks.find((t) => t.slug === q.track);

  const [proposals, counts] = await Promise.all([
    db.proposal.findMany({
      where: { eventId: event.id, ...scope, ...(status ? { status } : {}), ...(track ? { trackId: track.id } : {}) },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      select: {
        id: true,
        title: true,
        status: true,
        anonymizedEditedAt: true,
        allowOutsideCfp: true,
        track: { select: { name: true } },
        format: { select: { name: true } },
        // Identities only for organizers: chairs reveal them (logged) in the ranking view.
        speakers: organizer
          ? {
              orderBy: { invitedAt: "asc" },
              select: {
                role: true,
                status: true,
                user: { select: { name: true, email: true, organization: { select: { name: true } } } },
              },
            }
          : {
              where: { id: "" },
              select: {
                role: true,
                status: true,
                user: { select: { name: true, email: true, organization: { select: { name: true } } } },
              },
            },
        _count: { select: { redactions: true } },
      },
    }),
    db.proposal.groupBy({ by: ["status"], where: { eventId: event.id, ...scope }, _count: { _all: true } }),
  ]);
  const countOf = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<
    Record<ProposalStatus, number>
  >;
  const total = counts.reduce((n, c) => n + c._count._all, 0);
  const href = (s?: string, t?: string) => {
    const sp = new URLSearchParams();
    if (s) sp.set("status", s);
    if (t) sp.set("track", t);
    const qs = sp.toString();
    return `/admin/events/${event.slug}/proposals${qs ? `?${qs}` : ""}`;
  };
  const chip = (active: boolean) =>
    `rounded-full px-3 py-1 text-sm ring-1 ring-inset ${active ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`;

  return (
    <div className="space-y-6">
      <div>
        {organizer ? (
          <Link href={`/admin/events/${event.slug}`} className="text-sm font-medium text-brand-700 hover:underline">
            ← {event.name}
          </Link>
        ) : null}
        <PageHeader
          title="Proposals"
          subtitle={
            organizer
              ? `${event.name}: ${total} in total. Organizers see speakers; voters only ever see the anonymized version.`
              : `${event.name}: ${total} in your track${event.tracks.length === 1 ? "" : "s"}. Review and correct what voters will read.`
          }
          actions={
            !organizer ? null : (
              <Link
                href={`/admin/events/${event.slug}/caps`}
                className="text-sm font-medium text-brand-700 hover:underline"
              >
                Cap exceptions
              </Link>
            )
          }
        />
      </div>

      <nav aria-label="Filter by status" className="flex flex-wrap gap-2" data-testid="status-filter">
        <Link href={href(undefined, track?.slug)} className={chip(!status)}>
          All ({total})
        </Link>
        {PROPOSAL_STATUSES.map((s) => (
          <Link key={s} href={href(s, track?.slug)} className={chip(status === s)} data-testid={`filter-${s}`}>
            {statusLabel(s)} ({countOf[s] ?? 0})
          </Link>
        ))}
      </nav>
      {event.tracks.length > 1 ? (
        <nav aria-label="Filter by track" className="flex flex-wrap gap-2">
          <Link href={href(status)} className={chip(!track)}>
            All tracks
          </Link>
          {event.tracks.map((t) => (
            <Link key={t.id} href={href(status, t.slug)} className={chip(track?.id === t.id)}>
              {t.name}
            </Link>
          ))}
        </nav>
      ) : null}

      <Card>
        {proposals.length === 0 ? (
          <p className="text-slate-600" data-testid="no-proposals">
            No proposals{status ? ` with status ${statusLabel(status).toLowerCase()}` : ""}.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="admin-proposals">
            {proposals.map((p) => (
              <li
                key={p.id}
                className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between"
                data-testid="admin-proposal"
              >
                <div className="min-w-0">
                  <Link
                    href={`/admin/events/${event.slug}/proposals/${p.id}`}
                    className="break-words font-medium text-slate-900 hover:underline"
                  >
                    {p.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {p.track.name} · {p.format.name}
                    {p._count.redactions
                      ? ` · ${p._count.redactions} redaction${p._count.redactions === 1 ? "" : "s"}`
                      : ""}
                    {p.anonymizedEditedAt ? " · voter text edited" : ""}
                    {p.allowOutsideCfp ? " · CFP override" : ""}
                  </p>
                  {organizer ? (
                    <p className="text-sm text-slate-500">
                      {p.speakers
                        .filter((s) => s.status !== "DECLINED")
                        .map(
                          (s) =>
                            `${s.user.name ?? s.user.email}${s.user.organization ? ` (${s.user.organization.name})` : ""}${s.status === "INVITED" ? " [invited]" : ""}`,
                        )
                        .join(", ")}
                    </p>
                  ) : null}
                </div>
                <ProposalStatusBadge status={p.status} phase={event.phase} audience="organizer" />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
