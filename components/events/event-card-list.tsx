import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { HomeEvent } from "@/lib/events/home";
import { PhaseBadge } from "./phase-badge";

function formatDate(d: Date | null, timeZone: string): string | null {
  if (!d) return null;
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone }).format(d);
}

export function EventCard({ event }: { event: HomeEvent }) {
  const next =
    event.phase === "CFP_OPEN"
      ? ["Call for papers closes", event.cfpClosesAt]
      : event.phase === "VOTING"
        ? ["Voting closes", event.votingClosesAt]
        : ["Event starts", event.eventStartsAt];
  const when = formatDate(next[1] as Date | null, event.timezone);
  return (
    <Link
      href={`/events/${event.slug}`}
      className="block h-full rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:ring-brand-500"
      data-testid={`event-card-${event.slug}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <PhaseBadge phase={event.phase} />
        <Badge>{event._count.tracks} tracks</Badge>
      </div>
      <h3 className="mt-3 text-lg font-semibold text-slate-900">{event.name}</h3>
      {event.location ? <p className="text-sm text-slate-600">{event.location}</p> : null}
      {event.description ? <p className="mt-2 line-clamp-3 text-sm text-slate-700">{event.description}</p> : null}
      {when ? (
        <p className="mt-3 text-sm text-slate-600">
          {next[0] as string}: <span className="font-medium text-slate-800">{when}</span>
        </p>
      ) : null}
    </Link>
  );
}
