// Accepted proposals become the program's sessions once the event is published. Idempotent: the
// unique proposalId means running it twice (or two organizers at once) creates each session once.
import "server-only";
import { db } from "../db/client";
import { writeAudit } from "../audit/write";
import { fail, type Result } from "../errors";

export type CreateSessionsResult = Result<{ created: number; existing: number; eventName: string }>;

export async function createSessionsFromAccepted(
  eventId: string,
  actor: { actorId: string | null },
): Promise<CreateSessionsResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, name: true, phase: true } });
  if (!event) return fail("not_found", "Event not found.");
  if (event.phase !== "PUBLISHED") {
    return fail(
      "phase_closed",
      `Sessions are created from accepted proposals once the event is published (it is ${event.phase}).`,
    );
  }
  return db.$transaction(async (tx) => {
    const accepted = await tx.proposal.findMany({
      where: { eventId, status: "ACCEPTED" },
      select: { id: true, session: { select: { id: true } } },
      orderBy: { id: "asc" },
    });
    const missing = accepted.filter((p) => !p.session);
    const made = missing.length
      ? await tx.conferenceSession.createMany({
          data: missing.map((p) => ({ eventId, proposalId: p.id })),
          skipDuplicates: true,
        })
      : { count: 0 };
    if (made.count > 0) {
      await writeAudit(tx, {
        actorId: actor.actorId,
        eventId,
        action: "feedback.sessions_created",
        details: { created: made.count },
      });
    }
    return { ok: true as const, created: made.count, existing: accepted.length - made.count, eventName: event.name };
  });
}
