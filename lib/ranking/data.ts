// Database reads for the ranking: one event's proposals, votes and voters in a few selected
// queries (no N+1), mapped onto the pure model's input types. Not voter-facing.
import "server-only";
import { db } from "../db/client";
import type { ProposalStatus } from "../db/generated/enums";
import { loadReputations, reputationAnchor } from "../feedback/reputation-data";
import type { RankingEvent, RankingInput } from "./types";

/** Proposals that take part in the ranking: submitted, or already decided. */
export const RANKED_STATUSES: ProposalStatus[] = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "REJECTED"];

export async function loadRankingEvent(slug: string) {
  return db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      phase: true,
      scaleMin: true,
      scaleMax: true,
      votingOpensAt: true,
      votingClosesAt: true,
      feedbackWeight: true,
      acceptanceShare: true,
      tracks: {
        select: { id: true, slug: true, name: true, slotCount: true },
        orderBy: [{ position: "asc" }, { slug: "asc" }],
      },
    },
  });
}
export type RankingEventRow = NonNullable<Awaited<ReturnType<typeof loadRankingEvent>>>;

export type RankingData = {
  input: RankingInput;
  /** Per proposal id: its externalId (null when not imported). */
  externalIds: Map<string, string | null>;
  /** Per proposal id: the user id of its primary speaker (the submitter), when confirmed. */
  primarySpeakers: Map<string, string>;
};

/** Everything the model needs for one event, with speaker reputations folded into the proposals. */
export async function loadRankingData(event: RankingEventRow): Promise<RankingData> {
  const [proposals, votes, voters, merges] = await Promise.all([
    db.proposal.findMany({
      where: { eventId: event.id, status: { in: RANKED_STATUSES } },
      select: {
        id: true,
        externalId: true,
        trackId: true,
        speakers: {
          where: { status: "CONFIRMED" },
          select: { userId: true, role: true, organizationId: true, user: { select: { organizationId: true } } },
          orderBy: [{ role: "asc" }, { invitedAt: "asc" }],
        },
      },
    }),
    db.vote.findMany({
      where: { eventId: event.id },
      select: { voterId: true, proposalId: true, score: true, createdAt: true },
    }),
    db.user.findMany({
      where: { votes: { some: { eventId: event.id } } },
      select: { id: true, email: true, accountCreatedAt: true, organizationId: true },
    }),
    db.organization.findMany({ where: { mergedIntoId: { not: null } }, select: { id: true, mergedIntoId: true } }),
  ]);

  // Merged organizations count as the organization they were merged into.
  const mergedInto = new Map(merges.map((m) => [m.id, m.mergedIntoId!]));
  const canonical = (org: string | null): string | null => {
    let o = org;
    for (let hops = 0; o && mergedInto.has(o) && hops < 10; hops++) o = mergedInto.get(o)!;
    return o;
  };

  const speakerIds = [...new Set(proposals.flatMap((p) => p.speakers.map((s) => s.userId)))];
  const reputation = await reputationsOf(speakerIds, reputationAnchor(event));
  const rankingEvent: RankingEvent = {
    scaleMin: event.scaleMin,
    scaleMax: event.scaleMax,
    votingOpensAt: event.votingOpensAt,
    votingClosesAt: event.votingClosesAt,
    feedbackWeight: event.feedbackWeight,
    acceptanceShare: event.acceptanceShare,
  };
  return {
    input: {
      event: rankingEvent,
      proposals: proposals.map((p) => ({
        id: p.id,
        // A restored proposal's external id is the original's external id, or its id when it had none.
        orderKey: p.externalId ?? p.id,
        trackId: p.trackId,
        organizationIds: [
          ...new Set(
            p.speakers
              .map((s) => canonical(s.organizationId ?? s.user.organizationId))
              .filter((o): o is string => o !== null),
          ),
        ],
        speakerReputations: p.speakers.map((s) => reputation.get(s.userId)),
      })),
      voters: voters.map((v) => ({
        id: v.id,
        orderKey: v.email,
        accountCreatedAt: v.accountCreatedAt,
        organizationId: canonical(v.organizationId),
      })),
      votes: votes.map((v) => ({ voterId: v.voterId, proposalId: v.proposalId, score: v.score, votedAt: v.createdAt })),
      trackSlots: Object.fromEntries(event.tracks.filter((t) => t.slotCount > 0).map((t) => [t.id, t.slotCount])),
    },
    externalIds: new Map(proposals.map((p) => [p.id, p.externalId])),
    primarySpeakers: new Map(
      proposals.flatMap((p) => {
        const primary = p.speakers.find((s) => s.role === "PRIMARY") ?? p.speakers[0];
        return primary ? [[p.id, primary.userId] as const] : [];
      }),
    ),
  };
}

/**
 * Reputation of every confirmed speaker on the event's ranked proposals (standardized,
 * count-shrunk; lib/feedback/reputation.ts). Speakers without past feedback are absent.
 */
export async function loadSpeakerReputations(eventId: string): Promise<Map<string, number>> {
  const [event, speakers] = await Promise.all([
    db.event.findUnique({ where: { id: eventId }, select: { votingOpensAt: true, votingClosesAt: true } }),
    db.proposalSpeaker.findMany({
      where: { status: "CONFIRMED", proposal: { eventId, status: { in: RANKED_STATUSES } } },
      select: { userId: true },
      distinct: ["userId"],
    }),
  ]);
  if (!event) return new Map();
  return reputationsOf(
    speakers.map((s) => s.userId),
    reputationAnchor(event),
  );
}

/**
 * Population statistics come from every PastFeedback row as stored: a read never folds in-app
 * feedback (that runs on `podium feedback:fold`, the organizer's fold, or when a window closes;
 * lib/feedback/fold.ts). The result keeps the given speakers.
 */
async function reputationsOf(speakerIds: string[], now: Date): Promise<Map<string, number>> {
  if (!speakerIds.length) return new Map();
  const { reputations } = await loadReputations({ now });
  const wanted = new Set(speakerIds);
  return new Map([...reputations].filter(([id]) => wanted.has(id)).map(([id, r]) => [id, r.score]));
}
