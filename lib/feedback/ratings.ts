// An attendee's rating of a session: once per attendee (unique sessionId+userId, so a second
// submit edits the first), only while the window is open, never by the session's own speakers.
import "server-only";
import { db } from "../db/client";
import { fail, failFromZod, type Result } from "../errors";
import { rateSessionSchema, type RateSessionInput } from "./schema";
import { ratingWindow } from "./window";

export type RateSessionResult = Result<{ updated: boolean }>;

export async function rateSession(
  userId: string,
  input: RateSessionInput,
  now = new Date(),
): Promise<RateSessionResult> {
  const parsed = rateSessionSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const { sessionId, rating, comment } = parsed.data;
  const session = await db.conferenceSession.findUnique({
    where: { id: sessionId },
    select: {
      startsAt: true,
      event: { select: { phase: true, eventStartsAt: true, eventEndsAt: true, feedbackWindowDays: true } },
      proposal: { select: { speakers: { select: { userId: true } } } },
    },
  });
  if (!session) return fail("not_found", "Session not found.");
  if (session.proposal.speakers.some((s) => s.userId === userId))
    return fail("forbidden", "Speakers cannot rate their own session.");
  const w = ratingWindow({ ...session.event, sessionStartsAt: session.startsAt }, now);
  if (w.state === "not_yet") return fail("phase_closed", "This session has not started yet; rate it once it has.");
  if (w.state === "closed") return fail("phase_closed", "The feedback window for this session has closed.");
  if (w.state !== "open") return fail("phase_closed", "Feedback opens once the program is published.");
  const existing = await db.sessionRating.findUnique({
    where: { sessionId_userId: { sessionId, userId } },
    select: { id: true },
  });
  await db.sessionRating.upsert({
    where: { sessionId_userId: { sessionId, userId } },
    create: { sessionId, userId, rating, comment },
    update: { rating, comment },
  });
  return { ok: true, updated: existing !== null };
}
