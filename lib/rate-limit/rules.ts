// The limits Podium applies. Generous for a person clicking through a ballot, tight for a script.
import type { RateLimitRule } from "./consume";

const MINUTE = 60_000;

export const RATE_LIMITS = {
  /** Vote writes per voter: a fast keyboard voter does ~1 per second. */
  voteWrite: { limit: 60, windowMs: MINUTE },
  /** Ballot assignment ("start", "give me more") per voter. */
  ballotAssign: { limit: 10, windowMs: MINUTE },
  /** Sign-in e-mails to one address: a person who mistypes or loses a link asks a few times. */
  signInEmailPerAddress: { limit: 5, windowMs: 15 * MINUTE },
  /** Sign-in e-mails from one client address (counted only when TRUST_PROXY names the proxy). */
  signInEmailPerClient: { limit: 20, windowMs: 15 * MINUTE },
  /** Proposal saves and submissions per speaker (autosave-free form: each is a click). */
  proposalWrite: { limit: 60, windowMs: 10 * MINUTE },
  /** Session ratings per attendee. */
  feedbackRating: { limit: 60, windowMs: 10 * MINUTE },
  /** CSV uploads through the web (feedback, member lists) per organizer. */
  webImport: { limit: 10, windowMs: 10 * MINUTE },
} satisfies Record<string, RateLimitRule>;

export type RateLimitKind = keyof typeof RATE_LIMITS;
