// Identity reveals in the chair view. Identities are hidden by default; a reveal (one proposal or
// the whole track) first writes an "identity.reveal" audit row naming the proposals, and only
// then reads names and organizations, in the same transaction: no audit row, no identities.
import "server-only";
import { writeAudit } from "../audit/write";
import type { CurrentUser } from "../auth/roles";
import { db, type Tx } from "../db/client";
import { fail, type Result } from "../errors";
import { authorizeTrack } from "./access";

export type RevealedSpeaker = {
  name: string;
  organization: string | null;
  email: string;
  bio: string | null;
  role: "PRIMARY" | "CO_SPEAKER";
};
export type RevealedProposal = {
  proposalId: string;
  title: string;
  /** The original text, as the speaker wrote it. */
  abstract: string;
  description: string | null;
  speakers: RevealedSpeaker[];
};

export type RevealInput = { eventSlug: string; trackSlug: string; proposalIds: string[] | "all" };

export async function revealIdentities(
  user: CurrentUser,
  input: RevealInput,
): Promise<Result<{ revealed: RevealedProposal[] }>> {
  const access = await authorizeTrack(user, input.eventSlug, input.trackSlug, "read");
  if (!access.ok) return access;
  const { track } = access;
  const inTrack = await db.proposal.findMany({
    where: {
      trackId: track.id,
      status: { notIn: ["DRAFT"] },
      ...(input.proposalIds === "all" ? {} : { id: { in: input.proposalIds } }),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (input.proposalIds !== "all" && inTrack.length !== new Set(input.proposalIds).size) {
    return fail("not_found", "Some of these proposals are not in this track.");
  }
  const ids = inTrack.map((p) => p.id);
  if (!ids.length) return { ok: true, revealed: [] };
  const revealed = await db.$transaction(async (tx) => {
    await writeAudit(tx, {
      actorId: user.id,
      eventId: track.event.id,
      action: "identity.reveal",
      targetType: input.proposalIds === "all" ? "Track" : "Proposal",
      targetId: input.proposalIds === "all" ? track.id : ids[0],
      details: { track: track.slug, scope: input.proposalIds === "all" ? "track" : "proposal", proposalIds: ids },
    });
    return readIdentities(tx, ids);
  });
  return { ok: true, revealed };
}

/**
 * Identities of proposals this user has already revealed (each backed by an audit row), so a
 * reload keeps showing what was revealed instead of asking to reveal (and log) again.
 */
export async function loadRevealedForUser(
  userId: string,
  eventId: string,
  trackId: string,
): Promise<RevealedProposal[]> {
  const rows = await db.auditLog.findMany({
    where: { actorId: userId, eventId, action: "identity.reveal" },
    select: { details: true },
  });
  const ids = [...new Set(rows.flatMap((r) => proposalIdsOf(r.details)))];
  if (!ids.length) return [];
  const inTrack = await db.proposal.findMany({ where: { id: { in: ids }, trackId }, select: { id: true } });
  return readIdentities(
    db,
    inTrack.map((p) => p.id),
  );
}

export type RevealTrailEntry = { at: Date; actor: string; scope: "track" | "proposal"; proposalIds: string[] };

/** Every reveal in the track, newest first, for the audit trail on the dashboard. */
export async function loadRevealTrail(eventId: string, trackSlug: string): Promise<RevealTrailEntry[]> {
  const rows = await db.auditLog.findMany({
    where: { eventId, action: "identity.reveal", details: { path: ["track"], equals: trackSlug } },
    select: { at: true, details: true, actor: { select: { name: true, email: true } } },
    orderBy: { at: "desc" },
    take: 200,
  });
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor?.name || r.actor?.email || "someone",
    scope: (r.details as { scope?: string }).scope === "track" ? "track" : "proposal",
    proposalIds: proposalIdsOf(r.details),
  }));
}

function proposalIdsOf(details: unknown): string[] {
  const ids = (details as { proposalIds?: unknown } | null)?.proposalIds;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string") : [];
}

async function readIdentities(client: Pick<Tx, "proposal">, ids: string[]): Promise<RevealedProposal[]> {
  const rows = await client.proposal.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      abstract: true,
      description: true,
      speakers: {
        where: { status: { not: "DECLINED" } },
        orderBy: [{ role: "asc" }, { invitedAt: "asc" }],
        select: {
          role: true,
          organization: { select: { name: true } },
          user: {
            select: {
              email: true,
              name: true,
              organization: { select: { name: true } },
              profile: { select: { displayName: true, organizationText: true, bio: true } },
            },
          },
        },
      },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((p) => ({
    proposalId: p.id,
    title: p.title,
    abstract: p.abstract,
    description: p.description,
    speakers: p.speakers.map((s) => ({
      role: s.role,
      bio: s.user.profile?.bio ?? null,
      name: s.user.profile?.displayName || s.user.name || s.user.email,
      organization: s.organization?.name ?? s.user.organization?.name ?? s.user.profile?.organizationText ?? null,
      email: s.user.email,
    })),
  }));
}
