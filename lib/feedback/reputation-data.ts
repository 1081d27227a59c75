// Reputation reads for chairs and the ranking. Never called from a voter-facing page: reputation
// is identity-linked (it is per speaker), and voters judge anonymized content only.
import "server-only";
import { db } from "../db/client";
import { fitReputations, type FeedbackRecord, type Reputation, type ReputationModel } from "./reputation";

/** Every PastFeedback row as a reputation record. */
export async function loadFeedbackRecords(): Promise<FeedbackRecord[]> {
  const rows = await db.pastFeedback.findMany({
    select: { speakerId: true, normalizedAverage: true, ratingCount: true, heldAt: true },
    orderBy: { id: "asc" },
  });
  return rows;
}

export type ReputationReadOptions = {
  /** Recency anchor of the reputation model (default: now). */
  now?: Date;
};

/**
 * Reputations of every speaker with past feedback, from the PastFeedback rows as stored. Reads
 * never write: in-app ratings of closed windows are folded by `podium feedback:fold`, the
 * organizer's "fold now", or foldClosedWindows on the next organizer action (lib/feedback/fold.ts).
 */
export async function loadReputations(options: ReputationReadOptions = {}): Promise<{
  model: ReputationModel;
  reputations: Map<string, Reputation>;
}> {
  return fitReputations(await loadFeedbackRecords(), { now: options.now ?? new Date() });
}

/**
 * Reputation for a selection is measured as of the close of voting, so a ranking recomputed
 * later, and the chair view next to it, give the same numbers.
 */
export function reputationAnchor(event: { votingOpensAt: Date | null; votingClosesAt: Date | null }): Date {
  return event.votingClosesAt ?? event.votingOpensAt ?? new Date();
}

export type SpeakerReputation = {
  userId: string;
  name: string | null;
  email: string;
  /** Standardized, shrunk score; null = newcomer (neutral). */
  score: number | null;
  ratingCount: number;
  sessions: number;
  /** Share pulled toward the mean, 0..1 (null for newcomers). */
  shrinkage: number | null;
};

export type ProposalReputation = {
  proposalId: string;
  externalId: string | null;
  trackId: string;
  speakers: SpeakerReputation[];
  /**
   * Mean score of the speakers who have a reputation (0 when none has): the same rule as
   * lib/ranking/feedback.ts, so a newcomer co-speaker neither dilutes nor hides a veteran's score.
   * The ranking multiplies it by the event's feedbackWeight.
   */
  meanScore: number;
  /** Ratings behind meanScore, summed over speakers. */
  ratingCount: number;
  /** No speaker has a reputation. */
  newcomersOnly: boolean;
};

/**
 * Per proposal of the event (not withdrawn or drafts): each speaker's reputation with the rating
 * count behind it. For the chair dashboard's reputation column; callers check the chair role.
 */
export async function getSpeakerReputations(
  eventId: string,
  options: ReputationReadOptions = {},
): Promise<ProposalReputation[]> {
  const event = await db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { votingOpensAt: true, votingClosesAt: true },
  });
  const { reputations } = await loadReputations({ ...options, now: options.now ?? reputationAnchor(event) });
  const proposals = await db.proposal.findMany({
    where: { eventId, status: { notIn: ["DRAFT", "WITHDRAWN"] } },
    select: {
      id: true,
      externalId: true,
      trackId: true,
      speakers: {
        where: { status: { not: "DECLINED" } },
        select: { userId: true, role: true, user: { select: { name: true, email: true } } },
        orderBy: [{ role: "asc" }, { invitedAt: "asc" }],
      },
    },
    orderBy: { id: "asc" },
  });
  return proposals.map((p) => {
    const speakers = p.speakers.map((s): SpeakerReputation => {
      const r = reputations.get(s.userId);
      return {
        userId: s.userId,
        name: s.user.name,
        email: s.user.email,
        score: r ? r.score : null,
        ratingCount: r?.ratingCount ?? 0,
        sessions: r?.sessions ?? 0,
        shrinkage: r ? r.shrinkage : null,
      };
    });
    const known = speakers.filter((s) => s.score !== null);
    const meanScore = known.length ? known.reduce((sum, s) => sum + s.score!, 0) / known.length : 0;
    return {
      proposalId: p.id,
      externalId: p.externalId,
      trackId: p.trackId,
      speakers,
      meanScore,
      ratingCount: speakers.reduce((sum, s) => sum + s.ratingCount, 0),
      newcomersOnly: speakers.every((s) => s.score === null),
    };
  });
}
