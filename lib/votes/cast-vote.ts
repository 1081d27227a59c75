// Casting or changing a vote in ONE statement, the whole request's only round trip (the session
// cookie is decoded in memory, lib/auth/session-version.ts). The statement loads the voter (by
// id, and only while the cookie's session version is current: a revoked cookie is signed out),
// reads the event and the ballot item (ownership is part of the join: a handle from someone else's
// ballot is simply not found), gates on the voting window, the scale and the eligibility rule
// (the voter's e-mail and verification as stored), bumps the voter's shared rate-limit counter,
// and writes the vote with a conditional upsert: a first vote is INSERT ... ON CONFLICT DO
// NOTHING, a change names the revision the voter saw (UPDATE ... WHERE revision = seen). A replayed
// or stale request (double submit, another tab, a captured request sent again) therefore writes
// nothing and is refused, without a failing statement (a failed statement costs the pool its
// connection, see lib/db). When the gate refuses, the pure rules (votingWindow, scoreError,
// decideEligibility) are run on the facts the statement returned, so the voter reads the same
// messages as everywhere else.
import "server-only";
import { randomUUID } from "node:crypto";
import { votingWindow } from "../ballot/voting-window";
import { db } from "../db/client";
import { preparedSql } from "../db/prepared";
import type { Eligibility, EventPhase } from "../db/generated/enums";
import { decideEligibility } from "../eligibility/rules";
import { fail, type Result } from "../errors";
import { domainSuffixesSql, eligibleSql, votingOpenSql } from "../eligibility/sql";
import { windowStartFor } from "../rate-limit/consume";
import { rateLimitBumpSql } from "../rate-limit/sql";
import { RATE_LIMITS } from "../rate-limit/rules";
import type { CastVoteInput } from "./schema";

export type CastVoteResult = { score: number | null; revision: number };

/**
 * Who casts the vote: the user id from the session cookie and the session version the cookie was
 * issued with (the vote is refused as signed out unless it is still the user's). `sessionVersion`
 * is left out only by callers without a session (tests, scripts acting for a known user).
 */
export type VoteCaller = { id: string; sessionVersion?: number | null };

const REPLAY = "This vote was already changed (by another tab or a repeated request). Reload to see the current vote.";

export function scoreError(score: number | null, scaleMin: number, scaleMax: number): string | null {
  if (score === null) return null;
  if (!Number.isInteger(score) || score < scaleMin || score > scaleMax) {
    return `Score must be a whole number from ${scaleMin} to ${scaleMax}, or skip.`;
  }
  return null;
}

type Facts = {
  userEmail: string | null;
  userVerified: boolean | null;
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
 * seen (null = first vote), $6 now, $7 the cookie's session version (null = not checked), $8
 * rate-limit key, $9 its window start, $10 the limit, $11 a new vote id. One row, or none when no
 * event has the slug; a missing or signed-out voter gives "userEmail" null and writes nothing.
 */
export const VOTE_SQL = preparedSql(
  "vote",
  `WITH ev AS (
       SELECT "id", "phase", "votingOpensAt", "votingClosesAt", "scaleMin", "scaleMax", "eligibility", "eligibleDomains"
       FROM "Event" WHERE "slug" = $1
     ), voter AS (
       SELECT "id" AS "userId", "email" AS "userEmail", "emailVerified" IS NOT NULL AS "userVerified"
       FROM "User" WHERE "id" = $3 AND ($7::int IS NULL OR "sessionVersion" = $7::int)
     ), facts AS (
       SELECT ev.*, voter.*, item."itemId", item."proposalId",
         (ev."eligibility" = 'MEMBER_LIST' AND EXISTS (
           SELECT 1 FROM "EventVoterListEntry" l WHERE l."eventId" = ev."id" AND l."email" = voter."userEmail")) AS "onList"
       FROM ev LEFT JOIN voter ON true LEFT JOIN LATERAL (
         SELECT bi."id" AS "itemId", bi."proposalId" FROM "BallotItem" bi
         JOIN "Ballot" b ON b."id" = bi."ballotId"
         WHERE bi."handle" = $2 AND b."voterId" = voter."userId" AND b."eventId" = ev."id"
       ) item ON true
     ), gate AS (
       SELECT * FROM facts
       WHERE ${votingOpenSql("$6")}
         AND "itemId" IS NOT NULL
         AND ($4::float8 IS NULL OR ($4::float8 = floor($4::float8) AND $4::float8 BETWEEN "scaleMin" AND "scaleMax"))
         AND ${eligibleSql({ verified: '"userVerified"', suffixes: domainSuffixesSql('"userEmail"') })}
     ), rl AS (
       ${rateLimitBumpSql({ key: "$8", windowStart: "$9", from: "gate" })}
     ), ins AS (
       INSERT INTO "Vote" ("id", "eventId", "voterId", "proposalId", "ballotItemId", "score", "revision", "createdAt", "updatedAt")
       SELECT $11, gate."id", gate."userId", gate."proposalId", gate."itemId", $4::float8::int, 1, $6::timestamp(3), $6::timestamp(3)
       FROM gate, rl WHERE rl."count" <= $10 AND $5::int IS NULL
       ON CONFLICT DO NOTHING
       RETURNING "score", "revision"
     ), upd AS (
       UPDATE "Vote" v
       SET "score" = $4::float8::int, "revision" = v."revision" + 1, "ballotItemId" = gate."itemId", "updatedAt" = $6::timestamp(3)
       FROM gate, rl
       WHERE rl."count" <= $10 AND $5::int IS NOT NULL
         AND v."voterId" = gate."userId" AND v."proposalId" = gate."proposalId" AND v."revision" = $5::int
       RETURNING v."score", v."revision"
     )
     SELECT f."userEmail", f."userVerified",
       f."phase"::text AS "phase", f."votingOpensAt", f."votingClosesAt", f."scaleMin", f."scaleMax",
       f."eligibility"::text AS "eligibility", f."eligibleDomains", f."itemId", f."onList",
       (SELECT "count" FROM rl) AS "rateCount",
       COALESCE((SELECT "score" FROM ins), (SELECT "score" FROM upd)) AS "writtenScore",
       COALESCE((SELECT "revision" FROM ins), (SELECT "revision" FROM upd)) AS "writtenRevision"
     FROM facts f`,
);

export async function castVote(
  voter: VoteCaller,
  input: CastVoteInput,
  now: Date = new Date(),
): Promise<Result<CastVoteResult>> {
  const rule = RATE_LIMITS.voteWrite;
  const windowStart = windowStartFor(now, rule.windowMs);
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
    voter.sessionVersion ?? null,
    `vote:${voter.id}`,
    windowStart,
    rule.limit,
    randomUUID(),
  );
  const facts = rows[0];
  if (facts && facts.userEmail === null) return fail("unauthenticated");
  if (!facts) return fail("not_found", "No such event.");
  if (facts.writtenRevision !== null) {
    return { ok: true, score: facts.writtenScore, revision: Number(facts.writtenRevision) };
  }
  const window = votingWindow(facts, now);
  if (!window.open) return fail("phase_closed", window.reason);
  if (!facts.itemId) return fail("not_found", "That item is not on your ballot.");
  const bad = scoreError(score, facts.scaleMin, facts.scaleMax);
  if (bad) return fail("invalid_input", bad, { score: bad });
  const eligible = decideEligibility(
    facts,
    { email: facts.userEmail!, emailVerified: Boolean(facts.userVerified) },
    facts.onList,
  );
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
