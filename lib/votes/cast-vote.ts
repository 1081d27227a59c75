// Casting or changing a vote in ONE statement (one round trip after the session's user query).
// The statement reads the event and the ballot item (ownership is part of the join: a handle from
// someone else's ballot is simply not found), gates on the voting window, the scale and the
// eligibility rule, bumps the voter's shared rate-limit counter, and writes the vote with a
// conditional upsert: a first vote is INSERT ... ON CONFLICT DO NOTHING, a change names the
// revision the voter saw (UPDATE ... WHERE revision = seen). A replayed or stale request (double
// submit, another tab, a captured request sent again) therefore writes nothing and is refused,
// without a failing statement (a failed statement costs the pool its connection, see lib/db).
// When the gate refuses, the pure rules (votingWindow, scoreError, decideEligibility) are run on
// the facts the statement returned, so the voter reads the same messages as everywhere else.
import "server-only";
import { randomUUID } from "node:crypto";
import type { BallotVoter } from "../ballot/assign-ballot";
import { votingWindow } from "../ballot/voting-window";
import { db } from "../db/client";
import { preparedSql } from "../db/prepared";
import type { Eligibility, EventPhase } from "../db/generated/enums";
import { decideEligibility } from "../eligibility/rules";
import { fail, type Result } from "../errors";
import { domainSuffixes, eligibleSql, votingOpenSql } from "../eligibility/sql";
import { normalizeEmail } from "../orgs/normalize";
import { windowStartFor } from "../rate-limit/consume";
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

type Facts = {
  phase: EventPhase;
  votingOpensAt: Date | null;
  votingClosesAt: Date | null;
  scaleMin: number;
  scaleMax: number;
  eligibility: Eligibility;
  eligibleDomains: string[];
  itemId: string | null;
  onList: boolean;
  rateCount: number | null;
  writtenScore: number | null;
  writtenRevision: number | null;
};

/**
 * The vote statement. $1 slug, $2 handle, $3 voter id, $4 score (float8, null = skip), $5 revision
 * seen (null = first vote), $6 now, $7 normalized e-mail, $8 e-mail verified, $9 the e-mail's
 * domain suffixes, $10 rate-limit key, $11 its window start, $12 the limit, $13 a new vote id.
 */
export const VOTE_SQL = preparedSql(
  "vote",
  `WITH ev AS (
       SELECT "id", "phase", "votingOpensAt", "votingClosesAt", "scaleMin", "scaleMax", "eligibility", "eligibleDomains"
       FROM "Event" WHERE "slug" = $1
     ), facts AS (
       SELECT ev.*, item."itemId", item."proposalId",
         (ev."eligibility" = 'MEMBER_LIST' AND EXISTS (
           SELECT 1 FROM "EventVoterListEntry" l WHERE l."eventId" = ev."id" AND l."email" = $7)) AS "onList"
       FROM ev LEFT JOIN LATERAL (
         SELECT bi."id" AS "itemId", bi."proposalId" FROM "BallotItem" bi
         JOIN "Ballot" b ON b."id" = bi."ballotId"
         WHERE bi."handle" = $2 AND b."voterId" = $3 AND b."eventId" = ev."id"
       ) item ON true
     ), gate AS (
       SELECT * FROM facts
       WHERE ${votingOpenSql("$6")}
         AND "itemId" IS NOT NULL
         AND ($4::float8 IS NULL OR ($4::float8 = floor($4::float8) AND $4::float8 BETWEEN "scaleMin" AND "scaleMax"))
         AND ${eligibleSql({ verified: "$8", suffixes: "$9" })}
     ), rl AS (
       INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
       SELECT $10, $11::timestamp(3), 1 FROM gate
       ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
       RETURNING "count"
     ), ins AS (
       INSERT INTO "Vote" ("id", "eventId", "voterId", "proposalId", "ballotItemId", "score", "revision", "createdAt", "updatedAt")
       SELECT $13, gate."id", $3, gate."proposalId", gate."itemId", $4::float8::int, 1, $6::timestamp(3), $6::timestamp(3)
       FROM gate, rl WHERE rl."count" <= $12 AND $5::int IS NULL
       ON CONFLICT DO NOTHING
       RETURNING "score", "revision"
     ), upd AS (
       UPDATE "Vote" v
       SET "score" = $4::float8::int, "revision" = v."revision" + 1, "ballotItemId" = gate."itemId", "updatedAt" = $6::timestamp(3)
       FROM gate, rl
       WHERE rl."count" <= $12 AND $5::int IS NOT NULL
         AND v."voterId" = $3 AND v."proposalId" = gate."proposalId" AND v."revision" = $5::int
       RETURNING v."score", v."revision"
     )
     SELECT f."phase"::text AS "phase", f."votingOpensAt", f."votingClosesAt", f."scaleMin", f."scaleMax",
       f."eligibility"::text AS "eligibility", f."eligibleDomains", f."itemId", f."onList",
       (SELECT "count" FROM rl) AS "rateCount",
       COALESCE((SELECT "score" FROM ins), (SELECT "score" FROM upd)) AS "writtenScore",
       COALESCE((SELECT "revision" FROM ins), (SELECT "revision" FROM upd)) AS "writtenRevision"
     FROM facts f`,
);

export async function castVote(
  voter: BallotVoter,
  input: CastVoteInput,
  now: Date = new Date(),
): Promise<Result<CastVoteResult>> {
  const rule = RATE_LIMITS.voteWrite;
  const windowStart = windowStartFor(now, rule.windowMs);
  const email = normalizeEmail(voter.email);
  // float8 so that a fraction reaches the gate (and is refused there) instead of failing a cast.
  const score = input.score;
  const rows = await db.$queryRawUnsafe<Facts[]>(
    VOTE_SQL,
    input.eventSlug,
    input.handle,
    voter.id,
    score,
    input.revision,
    now,
    email,
    voter.emailVerified,
    domainSuffixes(email),
    `vote:${voter.id}`,
    windowStart,
    rule.limit,
    randomUUID(),
  );
  const facts = rows[0];
  if (!facts) return fail("not_found", "No such event.");
  if (facts.writtenRevision !== null) {
    return { ok: true, score: facts.writtenScore, revision: Number(facts.writtenRevision) };
  }
  const window = votingWindow(facts, now);
  if (!window.open) return fail("phase_closed", window.reason);
  if (!facts.itemId) return fail("not_found", "That item is not on your ballot.");
  const bad = scoreError(score, facts.scaleMin, facts.scaleMax);
  if (bad) return fail("invalid_input", bad, { score: bad });
  const eligible = decideEligibility(facts, voter, facts.onList);
  if (!eligible.eligible) return fail("not_eligible", eligible.reason);
  if (facts.rateCount === null) {
    // The statement's gate and the pure rules disagree: a bug, never a voter's mistake.
    throw new Error("castVote: the vote statement refused a vote the eligibility and window rules allow");
  }
  if (Number(facts.rateCount) > rule.limit) {
    const retryAfterMs = windowStart.getTime() + rule.windowMs - now.getTime();
    return fail(
      "rate_limited",
      `Too many votes in a short time. Wait ${Math.ceil(retryAfterMs / 1000)} seconds and try again.`,
    );
  }
  return fail("conflict", REPLAY);
}
