import type { Metadata } from "next";
import Link from "next/link";
import { PhaseBadge } from "@/components/events/phase-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import type { ProposalStatus } from "@/lib/db/generated/enums";

export const metadata: Metadata = { title: "My proposals" };

const STATUS: Record<ProposalStatus, { label: string; tone: "slate" | "brand" | "green" | "amber" | "red" }> = {
  DRAFT: { label: "Draft", tone: "slate" },
  SUBMITTED: { label: "Submitted", tone: "brand" },
  WITHDRAWN: { label: "Withdrawn", tone: "slate" },
  ACCEPTED: { label: "Accepted", tone: "green" },
  WAITLISTED: { label: "Waitlisted", tone: "amber" },
  REJECTED: { label: "Not selected", tone: "red" },
};

export default async function SpeakerPage() {
  const user = await requirePageUser("/speaker");
  // Ownership is part of the query: only proposals this user speaks on (or created).
  const [proposals, openEvents] = await Promise.all([
    db.proposal.findMany({
      where: { OR: [{ createdById: user.id }, { speakers: { some: { userId: user.id } } }] },
      orderBy: [{ event: { createdAt: "desc" } }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        // Decisions reach speakers only once the program is published.
        event: { select: { slug: true, name: true, phase: true } },
        track: { select: { name: true } },
        format: { select: { name: true } },
        speakers: { where: { userId: user.id }, select: { role: true, status: true } },
      },
    }),
    db.event.findMany({ where: { phase: "CFP_OPEN" }, orderBy: { cfpClosesAt: "asc" }, select: { slug: true, name: true } }),
  ]);

  const byEvent = new Map<string, { name: string; slug: string; phase: (typeof proposals)[number]["event"]["phase"]; items: typeof proposals }>();
  for (const p of proposals) {
    const g = byEvent.get(p.event.slug) ?? { ...p.event, items: [] };
    g.items.push(p);
    byEvent.set(p.event.slug, g);
  }

  const shownStatus = (status: ProposalStatus, phase: string) =>
    ["ACCEPTED", "WAITLISTED", "REJECTED"].includes(status) && !["PUBLISHED", "ARCHIVED"].includes(phase) ? STATUS.SUBMITTED : STATUS[status];

  return (
    <div className="space-y-6">
      <PageHeader title="My proposals" subtitle="Every proposal you submitted or speak on, across events." />

      {openEvents.length > 0 ? (
        <Card>
          <h2 className="text-lg font-semibold">Calls for papers open now</h2>
          <ul className="mt-3 space-y-2">
            {openEvents.map((e) => (
              <li key={e.slug} className="text-sm">
                <Link href={`/events/${e.slug}`} className="font-medium text-brand-700 hover:underline">
                  {e.name}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-600" data-testid="cfp-note">
            Submitting proposals in Podium arrives with the call-for-papers feature. Until then, the organizers import proposals.
          </p>
        </Card>
      ) : null}

      {byEvent.size === 0 ? (
        <Card>
          <p className="text-slate-700" data-testid="no-proposals">
            You have no proposals yet.
          </p>
        </Card>
      ) : (
        [...byEvent.values()].map((g) => (
          <Card key={g.slug}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/events/${g.slug}`} className="hover:underline">
                  {g.name}
                </Link>
              </h2>
              <PhaseBadge phase={g.phase} />
            </div>
            <ul className="mt-4 divide-y divide-slate-100" data-testid="my-proposals">
              {g.items.map((p) => {
                const s = shownStatus(p.status, g.phase);
                const me = p.speakers[0];
                return (
                  <li key={p.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
                    <div className="min-w-0">
                      <p className="break-words font-medium text-slate-900">{p.title}</p>
                      <p className="text-sm text-slate-600">
                        {p.track.name} · {p.format.name}
                        {me?.role === "CO_SPEAKER" ? ` · co-speaker${me.status === "INVITED" ? " (invited)" : ""}` : ""}
                      </p>
                    </div>
                    <Badge tone={s.tone}>{s.label}</Badge>
                  </li>
                );
              })}
            </ul>
          </Card>
        ))
      )}
    </div>
  );
}
