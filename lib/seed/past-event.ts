// Seeds the demo's past event (prisma/seed/past-event.ts): PUBLISHED, held a few days before
// `now`, accepted talks with sessions and some attendee ratings, the feedback window still open.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { redactProposal } from "../anonymize";
import { createEvent } from "../events/create-event";
import { SEED_VOTERS } from "../../prisma/seed/voters";
import { SEED_SPEAKERS } from "../../prisma/seed/speakers";
import { PAST_EVENT, PAST_TALKS } from "../../prisma/seed/past-event";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export async function seedPastEvent(
  tx: Tx,
  now: Date,
  userId: Map<string, string>,
): Promise<{ sessions: number; ratings: number } | null> {
  const start = new Date(Math.floor((now.getTime() - 5 * DAY) / HOUR) * HOUR);
  const created = await createEvent(
    {
      slug: PAST_EVENT.slug,
      name: PAST_EVENT.name,
      description: PAST_EVENT.description,
      phase: "PUBLISHED",
      cfpOpensAt: new Date(start.getTime() - 120 * DAY),
      cfpClosesAt: new Date(start.getTime() - 80 * DAY),
      votingOpensAt: new Date(start.getTime() - 79 * DAY),
      votingClosesAt: new Date(start.getTime() - 60 * DAY),
      reviewEndsAt: new Date(start.getTime() - 45 * DAY),
      eventStartsAt: start,
      eventEndsAt: new Date(start.getTime() + 9 * HOUR),
      scale: "0..3",
    },
    { tx, tracks: [{ slug: "main", name: "Main stage", slotCount: 4 }] },
  );
  if (!created.ok) return null; // already there: leave it alone
  const event = created.event;
  await tx.event.update({ where: { id: event.id }, data: { feedbackWindowDays: 14 } });
  const track = await tx.track.findFirstOrThrow({ where: { eventId: event.id } });
  const format = await tx.format.findFirstOrThrow({ where: { eventId: event.id, slug: "talk" } });
  const speakers = new Map(SEED_SPEAKERS.map((s) => [s.key, s]));

  let sessions = 0;
  let ratings = 0;
  for (const [i, talk] of PAST_TALKS.entries()) {
    const speaker = speakers.get(talk.speaker)!;
    const speakerId = userId.get(speaker.email)!;
    const redacted = redactProposal(
      { title: talk.title, abstract: talk.abstract },
      { speakers: [{ name: speaker.name, email: speaker.email }], organizations: [] },
    );
    const submittedAt = new Date(start.getTime() - (100 - i) * DAY);
    const proposalId = randomUUID();
    await tx.proposal.create({
      data: {
        id: proposalId,
        eventId: event.id,
        externalId: `ocd26-${String(i + 1).padStart(3, "0")}`,
        trackId: track.id,
        formatId: format.id,
        title: talk.title,
        abstract: talk.abstract,
        anonymizedTitle: redacted.anonymizedTitle,
        anonymizedAbstract: redacted.anonymizedAbstract,
        status: "ACCEPTED",
        createdById: speakerId,
        submittedAt,
        createdAt: submittedAt,
        speakers: {
          create: {
            userId: speakerId,
            role: "PRIMARY",
            status: "CONFIRMED",
            invitedAt: submittedAt,
            respondedAt: submittedAt,
          },
        },
      },
    });
    if (talk.startsAfterHours === null) continue;
    const startsAt = new Date(start.getTime() + talk.startsAfterHours * HOUR);
    const session = await tx.conferenceSession.create({
      data: { eventId: event.id, proposalId, startsAt, room: talk.room },
    });
    sessions++;
    if (talk.ratings.length) {
      await tx.sessionRating.createMany({
        data: talk.ratings.map(([voter, rating, comment]) => ({
          sessionId: session.id,
          userId: userId.get(SEED_VOTERS[voter].email)!,
          rating,
          comment: comment ?? null,
          createdAt: new Date(startsAt.getTime() + 2 * HOUR),
        })),
      });
      ratings += talk.ratings.length;
    }
  }
  return { sessions, ratings };
}
