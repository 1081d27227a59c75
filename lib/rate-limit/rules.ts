// The limits Podium applies. Generous for a person clicking through a ballot, tight for a script.
import type { RateLimitRule } from "./consume";

export const RATE_LIMITS = {
  /** Vote writes per voter: a fast keyboard voter does ~1 per second. */
  voteWrite: { limit: 60, windowMs: 60_000 },
  /** Ballot assignment ("start", "give me more") per voter. */
  ballotAssign: { limit: 10, windowMs: 60_000 },
} satisfies Record<string, RateLimitRule>;
