// Casting or changing a vote. Every check runs before anything is written, and the write itself
// is conditional: it names the revision the voter saw, so a replayed or stale request (double
// submit, another tab, a captured request sent again) matches nothing and is refused.
import "server-only";
import type { BallotVoter } from "../ballot/assign-ballot";
import { votingWindow } from "../ballot/voting-window";
import { db } from "../db/client";
import { checkEligibility } from "../eligibility/check";
import { fail, isUniqueViolation, type Result } from "../errors";
import { consumeRateLimit } from "../rate-limit/consume";
import { RATE_LIMITS } from "../rate-limit/rules";
import type { CastVoteInput } from "./schema";

export type CastVoteResult = { score: number | null; revision: number };

const REPLAY = "This vote was already changed (by another tab or a repeated request). Reload to see the current vote.";

export function scoreError(score: number | null, scaleMin: number, scaleMax: number): string | null {
  if (score === null) return null;
  if (!Number.isInteger(score) || score < scaleMin || score > scaleMax) {
    return `Score must be a whole number from ${scaleMin} to ${scaleMax}, or skip.`;
  }
  return null;
}

export async function castVote(
  voter: BallotVoter,
  input: CastVoteInput,
  now: Date = new Date(),
): Promise<Result<CastVoteResult>> {
  const event = await db.event.findUnique({
    where: { slug: input.eventSlug },
    select: {
      id: true,
      phase: true,
      votingOpensAt: true,
      votingClosesAt: true,
      scaleMin: true,
      scaleMax: true,
      eligibility: true,
      eligibleDomains: true,
    },
  });
  if (!event) return fail("not_found", "No such event.");
  const window = votingWindow(event, now);
  if (!window.open) return fail("phase_closed", window.reason);
  // Ownership is part of the query: a handle from someone else's ballot is simply not found.
  const item = await db.ballotItem.findFirst({
    where: { handle: input.handle, ballot: { voterId: voter.id, eventId: event.id } },
    select: { id: true, proposalId: true },
  });
  if (!item) return fail("not_found", "That item is not on your ballot.");
  const bad = scoreError(input.score, event.scaleMin, event.scaleMax);
  if (bad) return fail("invalid_input", bad, { score: bad });
  const eligible = await checkEligibility(event, voter);
  if (!eligible.eligible) return fail("not_eligible", eligible.reason);
  const limited = await consumeRateLimit(`vote:${voter.id}`, RATE_LIMITS.voteWrite, now);
  if (!limited.ok)
    return fail(
      "rate_limited",
      `Too many votes in a short time. Wait ${Math.ceil(limited.retryAfterMs / 1000)} seconds and try again.`,
    );

  if (input.revision === null) {
    try {
      const vote = await db.vote.create({
        data: {
          eventId: event.id,
          voterId: voter.id,
          proposalId: item.proposalId,
          ballotItemId: item.id,
          score: input.score,
          revision: 1,
          createdAt: now,
        },
        select: { score: true, revision: true },
      });
      return { ok: true, ...vote };
    } catch (e) {
      if (isUniqueViolation(e)) return fail("conflict", REPLAY);
      throw e;
    }
  }
  const updated = await db.vote.updateMany({
    where: { voterId: voter.id, proposalId: item.proposalId, revision: input.revision },
    data: { score: input.score, revision: { increment: 1 }, ballotItemId: item.id },
  });
  if (updated.count !== 1) return fail("conflict", REPLAY);
  return { ok: true, score: input.score, revision: input.revision + 1 };
}
