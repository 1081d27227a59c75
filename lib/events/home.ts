import "server-only";
import { db } from "../db/client";

/** Events for the home page; drafts only for organizers. */
export function listEventsForHome(includeDrafts: boolean) {
  return db.event.findMany({
    where: includeDrafts ? {} : { phase: { not: "DRAFT" } },
    orderBy: [{ eventStartsAt: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      location: true,
      phase: true,
      timezone: true,
      cfpClosesAt: true,
      votingClosesAt: true,
      eventStartsAt: true,
      _count: { select: { tracks: true } },
    },
  });
}

export type HomeEvent = Awaited<ReturnType<typeof listEventsForHome>>[number];
