// Opening a ballot in ONE statement (lib/ballot/assign-ballot.ts openBallot). The statement reads
// the event and the voter's existing ballot; when there is none it gates on the voting window, the
// eligibility rule and the preferred tracks, bumps the voter's shared rate-limit counter, inserts
// the ballot (ON CONFLICT DO NOTHING: of two concurrent requests for one voter, on one instance
// or two, exactly one inserts; the other inserts nothing and reads the winner's ballot next), picks
// the least covered non-conflicting proposals (candidates.ts) and inserts them as items, the
// coverage trigger counting them in the same statement. Positions follow a permutation made by
// the caller (the order the voter sees says nothing about coverage); handles come from the caller.
import { preparedSql } from "../db/prepared";
import { candidateCtes } from "./candidates";
import { eligibleSql, votingOpenSql } from "../eligibility/sql";
import { rateLimitBumpSql } from "../rate-limit/sql";

/**
 * $1 slug, $2 voter id, $3 now, $4 normalized e-mail, $5 e-mail verified, $6 the e-mail's domain
 * suffixes, $7 rate-limit key, $8 its window start, $9 the limit, $10 preferred track slugs,
 * $11 new ballot id (time-ordered, assign-ballot.ts; the items' ids extend it, so both primary keys
 * grow at their right end instead of at random places), $12 handles (at least ballotSize), $13 a permutation of 1..n (n >= ballotSize)
 * for the positions, $14 voter organization id, $15 voter private e-mail domain.
 */
export const OPEN_BALLOT_SQL = preparedSql(
  "open_ballot",
  `WITH RECURSIVE ev AS (
       SELECT "id", "phase", "votingOpensAt", "votingClosesAt", "eligibility", "eligibleDomains", "ballotSize"
       FROM "Event" WHERE "slug" = $1
     ), existing AS (
       SELECT b."id",
         (SELECT count(*) FROM "BallotItem" bi WHERE bi."ballotId" = b."id") AS "items",
         (SELECT bi."handle" FROM "BallotItem" bi LEFT JOIN "Vote" v ON v."ballotItemId" = bi."id"
          WHERE bi."ballotId" = b."id" ORDER BY (v."id" IS NOT NULL), bi."position" LIMIT 1) AS "firstHandle"
       FROM ev JOIN "Ballot" b ON b."eventId" = ev."id" AND b."voterId" = $2
     ), facts AS (
       SELECT ev.*,
         (ev."eligibility" = 'MEMBER_LIST' AND EXISTS (
           SELECT 1 FROM "EventVoterListEntry" l WHERE l."eventId" = ev."id" AND l."email" = $4)) AS "onList",
         ARRAY(SELECT t."id" FROM "Track" t WHERE t."eventId" = ev."id" AND t."slug" = ANY($10::text[])) AS "trackIds",
         EXISTS (SELECT 1 FROM existing) AS "hasBallot"
       FROM ev
     ), gate AS (
       SELECT * FROM facts
       WHERE NOT "hasBallot"
         AND ${votingOpenSql("$3")}
         AND ${eligibleSql({ verified: "$5", suffixes: "$6" })}
         AND cardinality("trackIds") = cardinality($10::text[])
     ), rl AS (
       ${rateLimitBumpSql({ key: "$7", windowStart: "$8", from: "gate" })}
     ), nb AS (
       INSERT INTO "Ballot" ("id", "eventId", "voterId", "trackPreferences", "createdAt")
       SELECT $11, gate."id", $2, gate."trackIds", $3::timestamp(3) FROM gate, rl WHERE rl."count" <= $9
       ON CONFLICT ("eventId", "voterId") DO NOTHING
       RETURNING "id", "trackPreferences"
     ), ${candidateCtes({
       org: "$14",
       domain: "$15",
       event: "(SELECT id FROM gate)",
       voter: "$2",
       tracks: '(SELECT "trackIds" FROM gate)',
       exclude: "'{}'",
       // Nothing to pick when no ballot was inserted.
       limit: `COALESCE((SELECT LEAST(ev."ballotSize", cardinality($12::text[])) FROM ev, nb), 0)`,
     })}, ranked AS (
       SELECT "key", row_number() OVER () AS "rank" FROM pool
     ), ins AS (
       INSERT INTO "BallotItem" ("id", "ballotId", "proposalId", "handle", "position", "batch", "assignedAt")
       SELECT nb."id" || '-' || lpad(ranked."rank"::text, 3, '0'), nb."id", ranked."key", ($12::text[])[ranked."rank"],
         row_number() OVER (ORDER BY ($13::int[])[ranked."rank"]), 1, $3::timestamp(3)
       FROM nb, ranked
       RETURNING "handle", "position"
     )
     SELECT f."phase"::text AS "phase", f."votingOpensAt", f."votingClosesAt", f."eligibility"::text AS "eligibility",
       f."eligibleDomains", f."onList", cardinality(f."trackIds") AS "knownTracks",
       (SELECT "count" FROM rl) AS "rateCount",
       EXISTS (SELECT 1 FROM nb) AS "created",
       (SELECT count(*) FROM ins) AS "inserted",
       (SELECT "handle" FROM ins ORDER BY "position" LIMIT 1) AS "firstNew",
       (SELECT "items" FROM existing) AS "existingItems",
       (SELECT "firstHandle" FROM existing) AS "existingFirst"
     FROM facts f`,
);
