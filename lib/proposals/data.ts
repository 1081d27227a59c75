import "server-only";
import { db } from "../db/client";
import { COUNTED_STATUSES, effectiveLimit } from "../caps/rules";

/** A speaker's own proposals across events (primary or co-speaker, not declined). Never votes or scores. */
export function listSpeakerProposals(userId: string) {
  return db.proposal.findMany({
    where: { speakers: { some: { userId, status: { not: "DECLINED" } } } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      updatedAt: true,
      submittedAt: true,
      createdById: true,
      event: { select: { slug: true, name: true, phase: true, cfpClosesAt: true } },
      track: { select: { name: true } },
      format: { select: { name: true } },
      speakers: { where: { userId }, select: { role: true, status: true } },
    },
  });
}

/** One proposal, only if the user is one of its (non-declined) speakers; otherwise null. */
export function getSpeakerProposal(userId: string, proposalId: string) {
  return db.proposal.findFirst({
    where: { id: proposalId, speakers: { some: { userId, status: { not: "DECLINED" } } } },
    include: {
      event: {
        select: { id: true, slug: true, name: true, phase: true, cfpOpensAt: true, cfpClosesAt: true, timezone: true },
      },
      track: { select: { id: true, slug: true, name: true } },
      format: { select: { id: true, slug: true, name: true } },
      speakers: {
        orderBy: { invitedAt: "asc" },
        select: { userId: true, role: true, status: true, user: { select: { email: true, name: true } } },
      },
      redactions: { orderBy: [{ field: "asc" }, { start: "asc" }] },
    },
  });
}

export type CapStatus = {
  speaker: { used: number; limit: number | null; remaining: number | null };
  organization: { name: string; used: number; limit: number | null; remaining: number | null } | null;
};

/** What the submit page shows before the speaker hits a cap. */
export async function getCapStatus(eventId: string, userId: string): Promise<CapStatus> {
  const [event, user, exception] = await Promise.all([
    db.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { maxProposalsPerSpeaker: true, maxProposalsPerOrg: true, coSpeakersCountTowardCap: true },
    }),
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { organization: { select: { id: true, name: true } } },
    }),
    db.capException.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { extraProposals: true } }),
  ]);
  const counted = { eventId, status: { in: COUNTED_STATUSES } };
  const used = await db.proposal.count({
    where: {
      ...counted,
      speakers: {
        some: { userId, status: "CONFIRMED", ...(event.coSpeakersCountTowardCap ? {} : { role: "PRIMARY" as const }) },
      },
    },
  });
  const limit = effectiveLimit(event.maxProposalsPerSpeaker, exception?.extraProposals ?? 0);
  let organization: CapStatus["organization"] = null;
  if (user.organization) {
    const orgUsed = await db.proposal.count({
      where: { ...counted, speakers: { some: { organizationId: user.organization.id, status: "CONFIRMED" } } },
    });
    const orgLimit = effectiveLimit(event.maxProposalsPerOrg);
    organization = {
      name: user.organization.name,
      used: orgUsed,
      limit: orgLimit,
      remaining: orgLimit === null ? null : Math.max(0, orgLimit - orgUsed),
    };
  }
  return { speaker: { used, limit, remaining: limit === null ? null : Math.max(0, limit - used) }, organization };
}

/** Events whose call for papers a speaker can submit to now. */
export function listEventsAcceptingProposals() {
  return db.event.findMany({
    where: { phase: "CFP_OPEN" },
    orderBy: { cfpClosesAt: "asc" },
    select: { id: true, slug: true, name: true, cfpOpensAt: true, cfpClosesAt: true, phase: true, timezone: true },
  });
}
