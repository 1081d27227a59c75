import "server-only";
import type { Tx } from "../db/client";
import { COUNTED_STATUSES, findCapViolation, type CapViolation, type OrgUsage, type SpeakerUsage } from "./rules";

type Speaker = { userId: string; name: string; organizationId: string | null; role: "PRIMARY" | "CO_SPEAKER" };

/**
 * Locks the speakers' and organizations' rows (sorted, so concurrent submitters never deadlock),
 * then counts their proposals in the event. Must run inside the transaction that changes the
 * proposal's status: the lock makes "count, then submit" atomic, so 20 concurrent submissions
 * against a cap of 3 let exactly 3 through.
 */
export async function checkCapsLocked(
  tx: Tx,
  input: { eventId: string; proposalId: string; actingUserId: string; speakers: Speaker[] },
): Promise<CapViolation | null> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: input.eventId },
    select: { maxProposalsPerSpeaker: true, maxProposalsPerOrg: true, coSpeakersCountTowardCap: true },
  });
  const userIds = [...new Set(input.speakers.map((s) => s.userId))].sort();
  const orgIds = [
    ...new Set(input.speakers.map((s) => s.organizationId).filter((o): o is string => o !== null)),
  ].sort();
  if (userIds.length > 0)
    await tx.$queryRawUnsafe(`SELECT id FROM "User" WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, userIds);
  if (orgIds.length > 0) {
    await tx.$queryRawUnsafe(`SELECT id FROM "Organization" WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, orgIds);
  }

  const counted = { eventId: input.eventId, status: { in: COUNTED_STATUSES }, id: { not: input.proposalId } };
  const exceptions = await tx.capException.findMany({
    where: { eventId: input.eventId, userId: { in: userIds } },
    select: { userId: true, extraProposals: true },
  });
  const extra = new Map(exceptions.map((e) => [e.userId, e.extraProposals]));

  const speakerUsage: SpeakerUsage[] = [];
  for (const s of input.speakers) {
    // A co-speaker slot counts against that person's own cap only if the event says so.
    if (s.role === "CO_SPEAKER" && !event.coSpeakersCountTowardCap) continue;
    const used = await tx.proposal.count({
      where: {
        ...counted,
        speakers: {
          some: {
            userId: s.userId,
            status: "CONFIRMED",
            ...(event.coSpeakersCountTowardCap ? {} : { role: "PRIMARY" as const }),
          },
        },
      },
    });
    speakerUsage.push({
      userId: s.userId,
      name: s.name,
      used,
      extra: extra.get(s.userId) ?? 0,
      isSelf: s.userId === input.actingUserId,
    });
  }

  const orgUsage: OrgUsage[] = [];
  if (event.maxProposalsPerOrg > 0 && orgIds.length > 0) {
    const orgs = await tx.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } });
    for (const o of orgs) {
      const used = await tx.proposal.count({
        where: { ...counted, speakers: { some: { organizationId: o.id, status: "CONFIRMED" } } },
      });
      orgUsage.push({ organizationId: o.id, name: o.name, used });
    }
  }

  return findCapViolation(
    { perSpeaker: event.maxProposalsPerSpeaker, perOrg: event.maxProposalsPerOrg },
    speakerUsage,
    orgUsage,
  );
}
