import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/admin/event-form";
import { eventFormValues } from "@/components/admin/event-form-values";
import { FormatSection } from "@/components/admin/format-section";
import { PhaseControl } from "@/components/admin/phase-control";
import { TrackSection } from "@/components/admin/track-section";
import { PhaseBadge } from "@/components/events/phase-badge";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { previewPublish } from "@/lib/decisions/publish";
import { getEventBySlug, getEventOverview } from "@/lib/events/data";
import { nextPhase, previousPhase } from "@/lib/events/phase";

export const metadata: Metadata = { title: "Edit event" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditEventPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageRole("ORGANIZER", `/admin/events/${slug}`);
  const event = await getEventBySlug(slug);
  if (!event) notFound();
  const [overview, formatCounts, publish] = await Promise.all([
    getEventOverview(event.id),
    db.proposal.groupBy({ by: ["formatId"], where: { eventId: event.id }, _count: { _all: true } }),
    event.phase === "REVIEW" ? previewPublish(event.id) : null,
  ]);
  const created = (await searchParams).created === "1";
  const perFormat = Object.fromEntries(formatCounts.map((r) => [r.formatId, r._count._all]));

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: "/admin", label: "All events" }}
          title={event.name}
          subtitle={
            <span className="flex flex-wrap items-center gap-2">
              <PhaseBadge phase={event.phase} />
              <Link href={`/events/${event.slug}`} className="text-sm text-brand-700 hover:underline">
                /events/{event.slug}
              </Link>
              <Link
                href={`/admin/events/${event.slug}/proposals`}
                className="text-sm text-brand-700 hover:underline"
                data-testid="link-proposals"
              >
                Proposals
              </Link>
              <Link
                href={`/admin/events/${event.slug}/caps`}
                className="text-sm text-brand-700 hover:underline"
                data-testid="link-caps"
              >
                Cap exceptions
              </Link>
              <Link
                href={`/admin/events/${event.slug}/notifications`}
                className="text-sm text-brand-700 hover:underline"
                data-testid="link-notifications"
              >
                Decision e-mails
              </Link>
              <Link
                href={`/admin/events/${event.slug}/voters`}
                className="text-sm text-brand-700 hover:underline"
                data-testid="link-voters"
              >
                Voters
              </Link>
            </span>
          }
        />
        {created ? (
          <Alert tone="success">Event created. Add tracks and chairs below, then open the call for papers.</Alert>
        ) : null}
      </div>

      {overview ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="event-counts">
          {[
            ["Proposals submitted", overview.proposals.submitted],
            ["Drafts", overview.proposals.byStatus.DRAFT ?? 0],
            ["Voters with a ballot", overview.voters],
            ["Scores cast", overview.votes],
          ].map(([label, n]) => (
            <div key={label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{n}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">Phase</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Phases move one step at a time; every change is audit-logged.
        </p>
        <PhaseControl
          eventId={event.id}
          next={nextPhase(event.phase)}
          previous={previousPhase(event.phase)}
          publish={publish}
        />
      </Card>

      <div>
        <h2 className="mb-3 text-xl font-semibold">Settings</h2>
        <EventForm mode="edit" eventId={event.id} values={eventFormValues(event)} />
      </div>

      <TrackSection
        eventId={event.id}
        tracks={event.tracks.map((t) => ({
          id: t.id,
          slug: t.slug,
          name: t.name,
          description: t.description,
          slotCount: t.slotCount,
          proposals: overview?.proposalsByTrack[t.id] ?? 0,
          chairs: t.chairs.map((c) => ({ email: c.user.email, name: c.user.name })),
        }))}
      />

      <FormatSection
        eventId={event.id}
        formats={event.formats.map((f) => ({
          id: f.id,
          slug: f.slug,
          name: f.name,
          durationMinutes: f.durationMinutes,
          proposals: perFormat[f.id] ?? 0,
        }))}
      />
    </div>
  );
}
