import type { Metadata } from "next";
import Link from "next/link";
import { EventHeading } from "@/components/events/event-heading";
import { InvitationForm } from "@/components/proposals/invitation-form";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { listEventsAcceptingProposals, listSpeakerProposals } from "@/lib/proposals/data";

export const metadata: Metadata = { title: "My proposals" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export default async function SpeakerPage() {
  const user = await requirePageUser("/speaker");
  // Ownership is part of every query: only proposals this user speaks on.
  const [proposals, openEvents, invitations] = await Promise.all([
    listSpeakerProposals(user.id),
    listEventsAcceptingProposals(),
    db.proposalSpeaker.findMany({
      where: { userId: user.id, role: "CO_SPEAKER", status: "INVITED" },
      orderBy: { invitedAt: "desc" },
      select: {
        proposal: {
          select: {
            id: true,
            title: true,
            status: true,
            event: { select: { name: true } },
            speakers: { where: { role: "PRIMARY" }, select: { user: { select: { name: true, email: true } } } },
          },
        },
      },
    }),
  ]);
  const mine = proposals.filter((p) => p.speakers[0]?.status !== "INVITED");

  const byEvent = new Map<
    string,
    { name: string; slug: string; phase: (typeof mine)[number]["event"]["phase"]; items: typeof mine }
  >();
  for (const p of mine) {
    const g = byEvent.get(p.event.slug) ?? { name: p.event.name, slug: p.event.slug, phase: p.event.phase, items: [] };
    g.items.push(p);
    byEvent.set(p.event.slug, g);
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title="My proposals"
        subtitle="Every proposal you submitted or speak on, across events. Voters never see who you are."
      />

      {invitations.length > 0 ? (
        <Card>
          <h2 className="text-lg font-semibold">Co-speaker invitations</h2>
          <ul className="mt-3 divide-y divide-slate-100" data-testid="invitations">
            {invitations.map(({ proposal: p }) => {
              const primary = p.speakers[0]?.user;
              return (
                <li key={p.id} className="space-y-2 py-3 first:pt-0 last:pb-0" data-testid="invitation">
                  <p className="break-words font-medium text-slate-900">
                    <Link href={`/speaker/proposals/${p.id}`} className="hover:underline">
                      {p.title}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-600">
                    {p.event.name} · invited by {primary?.name ?? primary?.email ?? "the primary speaker"}
                  </p>
                  <InvitationForm proposalId={p.id} />
                </li>
              );
            })}
          </ul>
        </Card>
      ) : null}

      {openEvents.length > 0 ? (
        <Card>
          <h2 className="text-lg font-semibold">Calls for papers open now</h2>
          <ul className="mt-3 divide-y divide-slate-100" data-testid="open-cfps">
            {openEvents.map((e) => (
              <li
                key={e.slug}
                className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between"
                data-testid={`open-cfp-${e.slug}`}
              >
                <div>
                  <Link href={`/events/${e.slug}`} className="font-medium text-brand-700 hover:underline">
                    {e.name}
                  </Link>
                  {e.cfpClosesAt ? (
                    <p className="text-sm text-slate-600">
                      Closes {day(e.cfpClosesAt)} ({e.timezone})
                    </p>
                  ) : null}
                </div>
                <Link
                  href={`/speaker/events/${e.slug}/new`}
                  className={buttonClass("primary")}
                  data-testid={`new-proposal-${e.slug}`}
                >
                  New proposal
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : (
        <Card>
          <p className="text-sm text-slate-600" data-testid="no-open-cfp">
            No call for papers is open right now.
          </p>
        </Card>
      )}

      {byEvent.size === 0 ? (
        <Card>
          <p className="text-slate-700" data-testid="no-proposals">
            You have no proposals yet.
          </p>
        </Card>
      ) : (
        [...byEvent.values()].map((g) => (
          <Card key={g.slug}>
            <EventHeading slug={g.slug} name={g.name} phase={g.phase} />
            <ul className="mt-4 divide-y divide-slate-100" data-testid="my-proposals">
              {g.items.map((p) => {
                const me = p.speakers[0];
                return (
                  <li
                    key={p.id}
                    className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between"
                    data-testid="my-proposal"
                  >
                    <div className="min-w-0">
                      <Link
                        href={`/speaker/proposals/${p.id}`}
                        className="break-words font-medium text-slate-900 hover:underline"
                      >
                        {p.title}
                      </Link>
                      <p className="text-sm text-slate-600">
                        {p.track.name} · {p.format.name}
                        {me?.role === "CO_SPEAKER" ? " · co-speaker" : ""}
                      </p>
                    </div>
                    <ProposalStatusBadge status={p.status} phase={g.phase} />
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
