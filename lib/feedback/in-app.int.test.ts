// In-app feedback against a real database: sessions from accepted proposals, ratings once per
// attendee within the window, visibility of aggregates and comments, folding into PastFeedback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { CurrentUser } from "../auth/roles";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeUser } from "../../test/factories";
import { getEventFeedback, getOwnFeedbackHistory } from "./data";
import { foldSessionFeedback } from "./fold";
import { rateSession } from "./ratings";
import { getSpeakerReputations } from "./reputation-data";
import { createSessionsFromAccepted } from "./sessions";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const DAY = 86_400_000;
const now = new Date("2027-03-10T12:00:00Z");
const asViewer = (u: { id: string; email: string }, extra: Partial<CurrentUser> = {}): CurrentUser => ({
  id: u.id,
  email: u.email,
  name: null,
  role: "MEMBER",
  emailVerified: true,
  organizationId: null,
  chairTrackIds: [],
  ...extra,
});

async function publishedEvent() {
  const made = await makeEvent({
    phase: "REVIEW",
    name: "Past Conf 2027",
    eventStartsAt: new Date(now.getTime() - 3 * DAY),
    eventEndsAt: new Date(now.getTime() - 2 * DAY),
    feedbackWindowDays: 7,
  });
  const speaker = await makeUser();
  const accepted = await makeDraft({
    eventId: made.event.id,
    trackId: made.track.id,
    formatId: made.format.id,
    speakerId: speaker.id,
    title: "Accepted Talk",
  });
  const rejected = await makeDraft({
    eventId: made.event.id,
    trackId: made.track.id,
    formatId: made.format.id,
    speakerId: speaker.id,
    title: "Rejected Talk",
  });
  await db.proposal.update({ where: { id: accepted.id }, data: { status: "ACCEPTED" } });
  await db.proposal.update({ where: { id: rejected.id }, data: { status: "REJECTED" } });
  return { ...made, speaker, accepted };
}

describe("sessions, ratings and folding", () => {
  it("creates sessions only once published, only for accepted proposals, idempotently", async () => {
    const { event } = await publishedEvent();
    expect(await createSessionsFromAccepted(event.id, { actorId: null })).toMatchObject({
      ok: false,
      code: "phase_closed",
    });
    await db.event.update({ where: { id: event.id }, data: { phase: "PUBLISHED" } });
    expect(await createSessionsFromAccepted(event.id, { actorId: null })).toMatchObject({
      ok: true,
      created: 1,
      existing: 0,
    });
    expect(await createSessionsFromAccepted(event.id, { actorId: null })).toMatchObject({
      ok: true,
      created: 0,
      existing: 1,
    });
    expect(await db.conferenceSession.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("lets attendees rate once (editable), refuses speakers, bad values and closed windows, folds when closed", async () => {
    const { event, speaker, track } = await publishedEvent();
    await db.event.update({ where: { id: event.id }, data: { phase: "PUBLISHED" } });
    await createSessionsFromAccepted(event.id, { actorId: null });
    const session = await db.conferenceSession.findFirstOrThrow({ where: { eventId: event.id } });
    const [a, b, c] = [await makeUser(), await makeUser(), await makeUser()];

    expect(await rateSession(a.id, { sessionId: session.id, rating: 4 }, now)).toMatchObject({
      ok: true,
      updated: false,
    });
    expect(await rateSession(a.id, { sessionId: session.id, rating: 5, comment: "Great demo" }, now)).toMatchObject({
      ok: true,
      updated: true,
    });
    expect(await rateSession(b.id, { sessionId: session.id, rating: 3, comment: "Too fast" }, now)).toMatchObject({
      ok: true,
    });
    expect(await rateSession(c.id, { sessionId: session.id, rating: 6 }, now)).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
    expect(await rateSession(speaker.id, { sessionId: session.id, rating: 5 }, now)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await db.sessionRating.count({ where: { sessionId: session.id } })).toBe(2);

    // Before the window closes: speaker sees the aggregate but not comments; a chair sees both;
    // another attendee sees neither.
    const asSpeaker = await getEventFeedback(event.slug, asViewer(speaker), now);
    expect(asSpeaker!.sessions[0]).toMatchObject({ isOwn: true, results: { average: 4, count: 2, comments: null } });
    const asChair = await getEventFeedback(event.slug, asViewer(c, { chairTrackIds: [track.id] }), now);
    expect(asChair!.sessions[0].results!.comments).toEqual(["Great demo", "Too fast"]);
    const asOther = await getEventFeedback(event.slug, asViewer(c), now);
    expect(asOther!.sessions[0].results).toBeNull();
    expect(asOther!.sessions[0].mine).toBeNull();

    // Open window: nothing folds yet.
    expect(await foldSessionFeedback({ now, eventId: event.id })).toMatchObject({ sessions: 0 });

    const later = new Date(now.getTime() + 10 * DAY);
    expect(await rateSession(c.id, { sessionId: session.id, rating: 2 }, later)).toMatchObject({
      ok: false,
      code: "phase_closed",
    });
    // Reads never write: the closed window is folded by feedback:fold / the next organizer action.
    await getOwnFeedbackHistory(speaker.id, later);
    expect(await db.pastFeedback.count({ where: { speakerId: speaker.id } })).toBe(0);
    expect(await foldSessionFeedback({ now: later })).toMatchObject({ sessions: 1, created: 1 });
    const history = await getOwnFeedbackHistory(speaker.id, later);
    expect(history.sessions[0].results.comments).toEqual(["Great demo", "Too fast"]);
    const folded = await db.pastFeedback.findUniqueOrThrow({
      where: {
        speakerId_eventName_sessionTitle: {
          speakerId: speaker.id,
          eventName: "Past Conf 2027",
          sessionTitle: "Accepted Talk",
        },
      },
    });
    expect(folded).toMatchObject({
      source: "IN_APP",
      ratingAverage: 4,
      ratingCount: 2,
      scaleMax: 5,
      normalizedAverage: 0.75,
    });
    expect(history.reputation).toMatchObject({ ratingCount: 2, sessions: 1 });
    expect(await foldSessionFeedback({ now: later, eventId: event.id })).toMatchObject({
      sessions: 1,
      created: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it("reports per-proposal reputations for the next event: returning speakers scored, newcomers neutral", async () => {
    const next = await makeEvent({ phase: "VOTING" });
    const returning = await makeUser();
    const newcomer = await makeUser();
    await db.pastFeedback.create({
      data: {
        speakerId: returning.id,
        eventName: "Old Conf 2026",
        sessionTitle: "Loved Talk",
        ratingAverage: 4.9,
        ratingCount: 400,
        scaleMax: 5,
        normalizedAverage: 0.975,
        heldAt: new Date("2026-06-01T00:00:00Z"),
      },
    });
    const p1 = await makeDraft({
      eventId: next.event.id,
      trackId: next.track.id,
      formatId: next.format.id,
      speakerId: returning.id,
    });
    const p2 = await makeDraft({
      eventId: next.event.id,
      trackId: next.track.id,
      formatId: next.format.id,
      speakerId: newcomer.id,
    });
    await db.proposal.updateMany({ where: { id: { in: [p1.id, p2.id] } }, data: { status: "SUBMITTED" } });
    const reps = await getSpeakerReputations(next.event.id, { now });
    const r1 = reps.find((r) => r.proposalId === p1.id)!;
    const r2 = reps.find((r) => r.proposalId === p2.id)!;
    expect(r1.meanScore).toBeGreaterThan(0);
    expect(r1.ratingCount).toBe(400);
    expect(r1.speakers[0].shrinkage).toBeLessThan(0.5);
    expect(r2).toMatchObject({ meanScore: 0, ratingCount: 0, newcomersOnly: true });
    expect(r2.speakers[0].score).toBeNull();
  });
});
