// Publishing an event's results: refused while proposals are still undecided (their speakers would
// get no e-mail), unless the organizer explicitly rejects all undecided ones in the same step.
// Then the phase moves to PUBLISHED and the decision e-mails are queued (never twice).
import "server-only";
import { writeAudit } from "../audit/write";
import { db } from "../db/client";
import { fail, type Result } from "../errors";
import { changePhase } from "../events/phase";
import { sendDecisionEmails } from "../notifications/decisions";

export type PublishPreview = {
  /** Proposals still SUBMITTED (no applied decision). */
  undecided: number;
  /** Decision e-mails publishing would send now (applied decisions, not sent before). */
  emails: number;
  /** Additional e-mails if the undecided ones are rejected. */
  undecidedEmails: number;
};

const DECIDED = ["ACCEPTED", "WAITLISTED", "REJECTED"] as const;
const STATUS_MARK = { ACCEPTED: "ACCEPT", WAITLISTED: "WAITLIST", REJECTED: "REJECT" } as const;

/** What publishing would do, for the confirmation ("8 e-mails will be sent"). */
export async function previewPublish(eventId: string): Promise<PublishPreview> {
  const proposals = await db.proposal.findMany({
    where: { eventId, status: { in: ["SUBMITTED", ...DECIDED] } },
    select: {
      id: true,
      status: true,
      decision: { select: { appliedMark: true } },
      speakers: { where: { status: "CONFIRMED" }, select: { userId: true } },
    },
  });
  const keys: string[] = [];
  let undecided = 0;
  let undecidedEmails = 0;
  for (const p of proposals) {
    if (p.status === "SUBMITTED") {
      undecided++;
      undecidedEmails += p.speakers.length;
      continue;
    }
    const mark = p.decision?.appliedMark ?? STATUS_MARK[p.status as (typeof DECIDED)[number]];
    for (const s of p.speakers) keys.push(`decision:${p.id}:${s.userId}:${mark}`);
  }
  const sent = keys.length ? await db.outboxEmail.count({ where: { dedupeKey: { in: keys } } }) : 0;
  return { undecided, emails: keys.length - sent, undecidedEmails };
}

export type PublishResult = { from: string; queued: number; rejected: number };

export async function publishEvent(input: {
  eventId: string;
  actorId: string | null;
  rejectUndecided?: boolean;
}): Promise<Result<PublishResult>> {
  const event = await db.event.findUnique({ where: { id: input.eventId }, select: { id: true, phase: true } });
  if (!event) return fail("not_found", "Event not found.");
  if (event.phase !== "REVIEW")
    return fail("phase_closed", `Results are published from the Review phase; this event is in ${event.phase}.`);
  const undecided = await db.proposal.findMany({
    where: { eventId: event.id, status: "SUBMITTED" },
    select: { id: true },
  });
  if (undecided.length && !input.rejectUndecided) {
    const n = undecided.length;
    return fail(
      "phase_closed",
      `${n} proposal${n === 1 ? " is" : "s are"} still undecided; their speakers would get no e-mail. Decide ${n === 1 ? "it" : "them"} in the tracks, or choose "Reject all undecided (${n})".`,
    );
  }
  let rejected = 0;
  if (undecided.length) {
    rejected = await db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT id FROM "Event" WHERE id = $1 FOR UPDATE`, event.id);
      const now = new Date();
      const ids = (
        await tx.proposal.findMany({ where: { eventId: event.id, status: "SUBMITTED" }, select: { id: true } })
      ).map((p) => p.id);
      await tx.proposal.updateMany({ where: { id: { in: ids }, status: "SUBMITTED" }, data: { status: "REJECTED" } });
      for (const id of ids) {
        await tx.decision.upsert({
          where: { proposalId: id },
          create: {
            proposalId: id,
            mark: "REJECT",
            markedById: input.actorId,
            appliedMark: "REJECT",
            appliedAt: now,
          },
          update: { mark: "REJECT", appliedMark: "REJECT", appliedAt: now, notifiedAt: null },
        });
      }
      await writeAudit(tx, {
        actorId: input.actorId,
        eventId: event.id,
        action: "decisions.reject_undecided",
        targetType: "Event",
        targetId: event.id,
        details: { count: ids.length, proposalIds: ids },
      });
      return ids.length;
    });
  }
  const moved = await changePhase({ eventId: event.id, to: "PUBLISHED", actorId: input.actorId });
  if (!moved.ok) return fail("conflict", moved.message);
  const sent = await sendDecisionEmails(event.id, input.actorId);
  return { ok: true, from: moved.from, queued: sent.ok ? sent.queued : 0, rejected };
}
