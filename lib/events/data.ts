// Reads of events for organizers and the CLI. Not voter-facing: voters never get these shapes.
import "server-only";
import { db } from "../db/client";
import type { EventPhaseName } from "./schema";

export async function getEventBySlug(slug: string) {
  return db.event.findUnique({
    where: { slug },
    include: {
      tracks: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        include: { chairs: { include: { user: { select: { id: true, email: true, name: true } } } } },
      },
      formats: { orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
}
export type EventWithTracks = NonNullable<Awaited<ReturnType<typeof getEventBySlug>>>;

export async function getEventById(id: string) {
  return db.event.findUnique({ where: { id } });
}

export async function listEvents(filter: { phase?: EventPhaseName | EventPhaseName[] } = {}) {
  const phase =
    filter.phase === undefined ? undefined : Array.isArray(filter.phase) ? { in: filter.phase } : filter.phase;
  return db.event.findMany({
    where: phase ? { phase } : undefined,
    orderBy: [{ createdAt: "desc" }, { slug: "asc" }],
    include: { _count: { select: { tracks: true, formats: true, proposals: true } } },
  });
}

export type EventOverview = {
  event: NonNullable<Awaited<ReturnType<typeof getEventById>>>;
  tracks: number;
  formats: number;
  proposals: { total: number; submitted: number; byStatus: Record<string, number> };
  /** Voters with a ballot in this event. */
  voters: number;
  votes: number;
  /** Proposals per track id (not DRAFT, not WITHDRAWN). */
  proposalsByTrack: Record<string, number>;
};

/** Counts an organizer's dashboard shows. Accepts the event's id or slug. */
export async function getEventOverview(idOrSlug: string): Promise<EventOverview | null> {
  const event = await db.event.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
  if (!event) return null;
  const eventId = event.id;
  const [tracks, formats, byStatus, byTrack, voters, votes] = await Promise.all([
    db.track.count({ where: { eventId } }),
    db.format.count({ where: { eventId } }),
    db.proposal.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
    db.proposal.groupBy({
      by: ["trackId"],
      where: { eventId, status: { notIn: ["DRAFT", "WITHDRAWN"] } },
      _count: { _all: true },
    }),
    db.ballot.count({ where: { eventId } }),
    db.vote.count({ where: { eventId, score: { not: null } } }),
  ]);
  const statusCounts: Record<string, number> = {};
  for (const row of byStatus) statusCounts[row.status] = row._count._all;
  const total = Object.values(statusCounts).reduce((a, b) => a + b, 0);
  const submitted = total - (statusCounts.DRAFT ?? 0) - (statusCounts.WITHDRAWN ?? 0);
  return {
    event,
    tracks,
    formats,
    proposals: { total, submitted, byStatus: statusCounts },
    voters,
    votes,
    proposalsByTrack: Object.fromEntries(byTrack.map((r) => [r.trackId, r._count._all])),
  };
}
