import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventTimeline } from "@/components/events/event-timeline";
import { PhaseBadge } from "@/components/events/phase-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isOrganizer, type CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { EventPhase } from "@/lib/db/generated/enums";
import { loadPublishedProgram } from "@/lib/report/program";
import { formatEventDate } from "@/components/events/format-date";
import { Markdown } from "@/components/proposals/markdown";

// Public landing page. It shows the event, its schedule and tracks, and lists no proposal before
// the results are published: during voting there must be no public list to link to or campaign
// around. Once PUBLISHED, the accepted sessions appear by track, with the transparency report.

const loadEvent = cache((slug: string) =>
  db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      location: true,
      phase: true,
      timezone: true,
      cfpOpensAt: true,
      cfpClosesAt: true,
      votingOpensAt: true,
      votingClosesAt: true,
      reviewEndsAt: true,
      eventStartsAt: true,
      eventEndsAt: true,
      tracks: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, description: true } },
      formats: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { id: true, name: true, durationMinutes: true },
      },
    },
  }),
);

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  return { title: event?.name ?? "Event not found" };
}

type NextStep = { text: string; href?: string; cta?: string };

function nextSteps(phase: EventPhase, user: CurrentUser | null, chairsHere: boolean, slug: string): NextStep[] {
  const steps: NextStep[] = [];
  switch (phase) {
    case "DRAFT":
      steps.push({ text: "This event is being prepared. The call for papers has not opened yet." });
      break;
    case "CFP_OPEN":
      steps.push({
        text: "The call for papers is open. Submit a proposal and manage your submissions.",
        href: "/speaker",
        cta: "Submit a proposal",
      });
      break;
    case "VOTING":
      steps.push({
        text: "Community voting is open. You get a small ballot of anonymized proposals: no names, no companies, no public list.",
        href: "/vote",
        cta: "Open your ballot",
      });
      break;
    case "REVIEW":
      steps.push({ text: "Voting has closed. Track chairs are reviewing the ranking and making decisions." });
      if (chairsHere)
        steps.push({ text: "You chair a track of this event.", href: "/chair", cta: "Review your tracks" });
      break;
    case "PUBLISHED":
      steps.push({
        text: "Decisions are out and the program is below. After a session you can rate it; your ratings count for the speakers' next proposals.",
        href: `/feedback/${slug}`,
        cta: "Rate sessions",
      });
      steps.push({
        text: "How the program was selected: votes, down-weighting, organizations, newcomers.",
        href: `/events/${slug}/report`,
        cta: "Transparency report",
      });
      break;
    case "ARCHIVED":
      steps.push({
        text: "This event is over and archived.",
        href: `/events/${slug}/report`,
        cta: "Transparency report",
      });
      break;
  }
  if (!user && phase !== "DRAFT" && phase !== "ARCHIVED") {
    steps.push({
      text: "Sign in to take part.",
      href: `/signin?callbackUrl=${encodeURIComponent(`/events/${slug}`)}`,
      cta: "Sign in",
    });
  }
  if (user && isOrganizer(user))
    steps.push({ text: "You organize events.", href: `/admin/events/${slug}`, cta: "Manage this event" });
  return steps;
}

export default async function EventPage({ params }: Params) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  if (!event) notFound();
  const user = await getCurrentUser();
  const chairsHere = !!user && (isOrganizer(user) || event.tracks.some((t) => user.chairTrackIds.includes(t.id)));
  const steps = nextSteps(event.phase, user, chairsHere, event.slug);
  const published = event.phase === "PUBLISHED" || event.phase === "ARCHIVED";
  const program = published ? await loadPublishedProgram(event.id) : [];
  const now = new Date();

  return (
    <div className="space-y-6">
      <PageHeader
        title={event.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <PhaseBadge phase={event.phase} />
            {event.location ? <span data-testid="event-location">{event.location}</span> : null}
          </span>
        }
      />

      {event.description ? (
        <Card>
          <p className="whitespace-pre-line text-slate-700" data-testid="event-description">
            {event.description}
          </p>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">What you can do now</h2>
          <ul className="mt-4 space-y-4" data-testid="next-steps">
            {steps.map((s, i) => (
              <li key={i} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                <p className="text-sm text-slate-700">{s.text}</p>
                {s.href ? (
                  <Link href={s.href} className={buttonClass(i === 0 ? "primary" : "secondary", "shrink-0")}>
                    {s.cta}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>

        <Card>
          <h2 className="text-lg font-semibold">Dates</h2>
          <p className="mb-4 text-xs text-slate-500">Times shown in {event.timezone}.</p>
          <EventTimeline event={event} now={now} />
        </Card>
      </div>

      {published ? (
        <section className="space-y-4" aria-labelledby="program-heading" data-testid="program">
          <h2 id="program-heading" className="text-xl font-semibold">
            Program
          </h2>
          {program.length === 0 ? (
            <Card>
              <p className="text-sm text-slate-600">No accepted sessions yet.</p>
            </Card>
          ) : (
            program.map((t) => (
              <Card key={t.id}>
                <h3 className="text-lg font-semibold" data-testid="program-track">
                  {t.name}
                </h3>
                <ul className="mt-3 divide-y divide-slate-100">
                  {t.sessions.map((s) => (
                    <li key={s.id} className="py-4 first:pt-0 last:pb-0" data-testid="program-session">
                      <p className="font-medium text-slate-900">{s.title}</p>
                      <p className="text-sm text-slate-600">
                        {s.speakers
                          .map((sp) => `${sp.name}${sp.organization ? ` (${sp.organization})` : ""}`)
                          .join(", ")}{" "}
                        · {s.format} ({s.durationMinutes} min)
                        {s.startsAt ? ` · ${formatEventDate(s.startsAt, event.timezone)}` : ""}
                        {s.room ? ` · ${s.room}` : ""}
                      </p>
                      <details className="mt-1">
                        <summary className="cursor-pointer text-sm text-brand-700">Abstract</summary>
                        <Markdown source={s.abstract} className="mt-2" />
                      </details>
                      {s.hasSession ? (
                        <Link
                          href={`/feedback/${event.slug}`}
                          className="mt-1 inline-block text-sm font-medium text-brand-700 hover:underline"
                        >
                          Rate this session
                        </Link>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </Card>
            ))
          )}
        </section>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">Tracks</h2>
        {event.tracks.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Tracks will be announced.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-100" data-testid="event-tracks">
            {event.tracks.map((t) => (
              <li key={t.id} className="py-3 first:pt-0 last:pb-0">
                <p className="font-medium text-slate-900">{t.name}</p>
                {t.description ? <p className="mt-1 text-sm text-slate-600">{t.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {event.formats.length > 0 ? (
          <p className="mt-4 text-sm text-slate-600">
            Formats: {event.formats.map((f) => `${f.name} (${f.durationMinutes} min)`).join(", ")}
          </p>
        ) : null}
      </Card>
    </div>
  );
}
