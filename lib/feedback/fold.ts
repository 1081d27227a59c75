// In-app ratings -> PastFeedback (source IN_APP), one row per speaker per session, so the next
// event's reputation uses them. Runs for sessions whose window has closed (`podium feedback:fold`,
// a scheduled job running it, or foldDueFeedback after the next organizer action; never during a
// read), or for every rated session of an event when an organizer asks. Idempotent: the row key is (speaker, event name, session title) and an
// unchanged aggregate is not written again.
import "server-only";
import { db } from "../db/client";
import { writeAudit } from "../audit/write";
import { isUniqueViolation } from "../errors";
import { RATING_MAX } from "./schema";
import { normalizeRating } from "./reputation";
import { ratingWindow } from "./window";

export type FoldResult = { sessions: number; created: number; updated: number; unchanged: number };

export type FoldOptions = {
  now?: Date;
  /** Only this event. */
  eventId?: string;
  /** Fold sessions whose window is still open too (organizer action). */
  includeOpen?: boolean;
  actorId?: string | null;
};

export async function foldSessionFeedback(options: FoldOptions = {}): Promise<FoldResult> {
  const now = options.now ?? new Date();
  const sessions = await db.conferenceSession.findMany({
    where: {
      ...(options.eventId ? { eventId: options.eventId } : {}),
      event: { phase: { in: ["PUBLISHED", "ARCHIVED"] } },
      ratings: { some: {} },
    },
    select: {
      id: true,
      startsAt: true,
      event: {
        select: { id: true, name: true, phase: true, eventStartsAt: true, eventEndsAt: true, feedbackWindowDays: true },
      },
      proposal: {
        select: { title: true, speakers: { where: { status: { not: "DECLINED" } }, select: { userId: true } } },
      },
    },
    orderBy: { id: "asc" },
  });
  const due = sessions.filter(
    (s) => options.includeOpen || ratingWindow({ ...s.event, sessionStartsAt: s.startsAt }, now).state === "closed",
  );
  const result: FoldResult = { sessions: 0, created: 0, updated: 0, unchanged: 0 };
  if (!due.length) return result;
  const aggregates = await db.sessionRating.groupBy({
    by: ["sessionId"],
    where: { sessionId: { in: due.map((s) => s.id) } },
    _avg: { rating: true },
    _count: { _all: true },
  });
  const agg = new Map(aggregates.map((a) => [a.sessionId, a]));

  for (const s of due) {
    const a = agg.get(s.id);
    if (!a || !a._count._all || a._avg.rating === null) continue;
    result.sessions++;
    const ratingAverage = Math.round(a._avg.rating * 1000) / 1000;
    const data = {
      ratingAverage,
      ratingCount: a._count._all,
      scaleMax: RATING_MAX,
      normalizedAverage: normalizeRating(ratingAverage, RATING_MAX),
      heldAt: s.startsAt ?? s.event.eventStartsAt,
      source: "IN_APP" as const,
    };
    for (const { userId } of s.proposal.speakers) {
      const where = {
        speakerId_eventName_sessionTitle: {
          speakerId: userId,
          eventName: s.event.name,
          sessionTitle: s.proposal.title,
        },
      };
      const stored = await db.pastFeedback.findUnique({ where });
      if (
        stored &&
        stored.source === "IN_APP" &&
        stored.ratingAverage === data.ratingAverage &&
        stored.ratingCount === data.ratingCount &&
        (stored.heldAt?.getTime() ?? null) === (data.heldAt?.getTime() ?? null)
      ) {
        result.unchanged++;
        continue;
      }
      try {
        await db.pastFeedback.upsert({
          where,
          create: { speakerId: userId, eventName: s.event.name, sessionTitle: s.proposal.title, ...data },
          update: data,
        });
        if (stored) result.updated++;
        else result.created++;
      } catch (e) {
        // A concurrent fold wrote the same row first: it holds the same aggregate.
        if (!isUniqueViolation(e)) throw e;
        result.unchanged++;
      }
    }
  }
  if (result.created + result.updated > 0) {
    await writeAudit(db, {
      actorId: options.actorId ?? null,
      eventId: options.eventId ?? null,
      action: "feedback.fold",
      details: { ...result, includeOpen: options.includeOpen ?? false },
    });
  }
  return result;
}

/**
 * Folds every session whose window has closed; called after an organizer's successful action
 * (lib/auth/action.ts). A failure here never fails that action: it is logged and the next action,
 * or `podium feedback:fold`, tries again (the fold is idempotent).
 */
export async function foldDueFeedback(now = new Date()): Promise<FoldResult | null> {
  try {
    return await foldSessionFeedback({ now });
  } catch (e) {
    console.error("feedback fold after organizer action failed:", e);
    return null;
  }
}
