// Speaker reputation for the ranking: delegates to lib/feedback/reputation.ts (issue 6), the
// model documented in docs/decisions/007-reputation.md: count- and recency-weighted session
// averages, shrunk toward the population mean by an empirical-Bayes prior, in between-speaker
// SDs (0 = average speaker; absent = newcomer, which the ranking treats as exactly 0).
import { computeReputations as computeSpeakerReputations } from "../feedback/reputation";

export type FeedbackRow = {
  speakerId: string;
  /** Session average on 0..1 (PastFeedback.normalizedAverage). */
  normalizedAverage: number;
  ratingCount: number;
  /** PastFeedback.heldAt: older sessions count less (half-life 2 years). Absent = not discounted. */
  heldAt?: Date | null;
};

/**
 * The stand-in's fixed prior strength, kept for callers that print it. The model now fits its
 * prior from the data within [40, 120] ratings (lib/feedback/reputation.ts MIN/MAX_PRIOR_RATINGS).
 */
export const PRIOR_RATINGS = 100;

/**
 * Standardized, shrunk reputation per speaker id. `now` anchors the recency weights; pass a
 * fixed instant (e.g. the event's votingClosesAt) for a reproducible ranking.
 */
export function computeReputations(rows: readonly FeedbackRow[], now: Date = new Date()): Map<string, number> {
  const reputations = computeSpeakerReputations(
    rows.map((r) => ({
      speakerId: r.speakerId,
      normalizedAverage: r.normalizedAverage,
      ratingCount: r.ratingCount,
      heldAt: r.heldAt ?? null,
    })),
    { now },
  );
  return new Map([...reputations].map(([id, r]) => [id, r.score]));
}
