// Reads for the feedback pages. Sessions are public program items once the event is published,
// so titles and speakers may be shown to any signed-in attendee; aggregates go only to the
// session's speakers, the chairs of its track and organizers; a speaker reads the comments only
// after the window has closed (ratings are final then and cannot be nudged by the speaker's reply).
import "server-only";
import { db } from "../db/client";
import { isChairOf, isOrganizer, type CurrentUser } from "../auth/roles";
import { loadReputations } from "./reputation-data";
import type { Reputation } from "./reputation";
import { commentsVisibleToSpeaker, ratingWindow, type RatingWindow } from "./window";

export type SessionResults = {
  average: number | null;
  count: number;
  distribution: number[];
  comments: string[] | null;
};

export type FeedbackSession = {
  id: string;
  title: string;
  trackName: string;
  formatName: string;
  speakers: string[];
  startsAt: Date | null;
  room: string | null;
  window: RatingWindow;
  /** The viewer is a speaker of this session (cannot rate it). */
  isOwn: boolean;
  mine: { rating: number; comment: string | null } | null;
  /** null: the viewer may not see the results. */
  results: SessionResults | null;
};

export type EventFeedback = {
  event: { id: string; slug: string; name: string; timezone: string; phase: string };
  sessions: FeedbackSession[];
};

type RatingRow = { rating: number; comment: string | null };

function summarize(ratings: RatingRow[], withComments: boolean): SessionResults {
  const distribution = [0, 0, 0, 0, 0];
  for (const r of ratings) if (r.rating >= 1 && r.rating <= 5) distribution[r.rating - 1]++;
  return {
    average: ratings.length ? ratings.reduce((s, r) => s + r.rating, 0) / ratings.length : null,
    count: ratings.length,
    distribution,
    comments: withComments ? ratings.flatMap((r) => (r.comment ? [r.comment] : [])) : null,
  };
}

const sessionSelect = {
  id: true,
  startsAt: true,
  room: true,
  proposal: {
    select: {
      title: true,
      trackId: true,
      track: { select: { name: true } },
      format: { select: { name: true } },
      speakers: {
        where: { status: { not: "DECLINED" as const } },
        select: { userId: true, user: { select: { name: true, profile: { select: { displayName: true } } } } },
        orderBy: [{ role: "asc" as const }, { invitedAt: "asc" as const }],
      },
    },
  },
  ratings: { select: { userId: true, rating: true, comment: true }, orderBy: { createdAt: "asc" as const } },
};

/** The sessions of a published event, as the viewer may see them; null when not published. */
export async function getEventFeedback(
  slug: string,
  viewer: CurrentUser,
  now = new Date(),
): Promise<EventFeedback | null> {
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      timezone: true,
      phase: true,
      eventStartsAt: true,
      eventEndsAt: true,
      feedbackWindowDays: true,
    },
  });
  if (!event || (event.phase !== "PUBLISHED" && event.phase !== "ARCHIVED")) return null;
  const sessions = await db.conferenceSession.findMany({
    where: { eventId: event.id },
    select: sessionSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return {
    event: { id: event.id, slug: event.slug, name: event.name, timezone: event.timezone, phase: event.phase },
    sessions: sessions.map((s) => {
      const window = ratingWindow({ ...event, sessionStartsAt: s.startsAt }, now);
      const isOwn = s.proposal.speakers.some((sp) => sp.userId === viewer.id);
      const staff = isOrganizer(viewer) || isChairOf(viewer, s.proposal.trackId);
      const mine = s.ratings.find((r) => r.userId === viewer.id);
      return {
        id: s.id,
        title: s.proposal.title,
        trackName: s.proposal.track.name,
        formatName: s.proposal.format.name,
        speakers: s.proposal.speakers.map((sp) => sp.user.profile?.displayName ?? sp.user.name ?? "Speaker"),
        startsAt: s.startsAt,
        room: s.room,
        window,
        isOwn,
        mine: mine ? { rating: mine.rating, comment: mine.comment } : null,
        results: staff || isOwn ? summarize(s.ratings, staff || commentsVisibleToSpeaker(window)) : null,
      };
    }),
  };
}

/** Published events that have sessions, newest first (the feedback index). */
export async function listFeedbackEvents() {
  return db.event.findMany({
    where: { phase: { in: ["PUBLISHED", "ARCHIVED"] }, sessions: { some: {} } },
    select: {
      slug: true,
      name: true,
      phase: true,
      eventStartsAt: true,
      eventEndsAt: true,
      timezone: true,
      _count: { select: { sessions: true } },
    },
    orderBy: [{ eventStartsAt: "desc" }, { name: "asc" }],
  });
}

export type OwnSession = {
  eventName: string;
  eventSlug: string;
  title: string;
  window: RatingWindow;
  results: SessionResults;
};

export type OwnFeedbackHistory = {
  reputation: Reputation | null;
  past: {
    id: string;
    eventName: string;
    sessionTitle: string;
    ratingAverage: number;
    ratingCount: number;
    scaleMax: number;
    heldAt: Date | null;
    source: "IMPORT" | "IN_APP";
  }[];
  sessions: OwnSession[];
};

/** The signed-in speaker's own history: past feedback rows, their in-app sessions, their reputation. */
export async function getOwnFeedbackHistory(userId: string, now = new Date()): Promise<OwnFeedbackHistory> {
  const { reputations } = await loadReputations({ now });
  const [past, sessions] = await Promise.all([
    db.pastFeedback.findMany({
      where: { speakerId: userId },
      select: {
        id: true,
        eventName: true,
        sessionTitle: true,
        ratingAverage: true,
        ratingCount: true,
        scaleMax: true,
        heldAt: true,
        source: true,
      },
      orderBy: [{ heldAt: { sort: "desc", nulls: "last" } }, { eventName: "asc" }, { sessionTitle: "asc" }],
    }),
    db.conferenceSession.findMany({
      where: {
        proposal: { speakers: { some: { userId, status: { not: "DECLINED" } } } },
        event: { phase: { in: ["PUBLISHED", "ARCHIVED"] } },
      },
      select: {
        startsAt: true,
        event: {
          select: {
            name: true,
            slug: true,
            phase: true,
            eventStartsAt: true,
            eventEndsAt: true,
            feedbackWindowDays: true,
          },
        },
        proposal: { select: { title: true } },
        ratings: { select: { rating: true, comment: true }, orderBy: { createdAt: "asc" } },
      },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    }),
  ]);
  return {
    reputation: reputations.get(userId) ?? null,
    past,
    sessions: sessions.map((s) => {
      const window = ratingWindow({ ...s.event, sessionStartsAt: s.startsAt }, now);
      return {
        eventName: s.event.name,
        eventSlug: s.event.slug,
        title: s.proposal.title,
        window,
        results: summarize(s.ratings, commentsVisibleToSpeaker(window)),
      };
    }),
  };
}
