// Loads what the pure chooser needs, in ONE statement whatever the size of the event: the voter's
// conflict scope (organizations and e-mail domains that conflict with them, organizations followed
// through merges), then the least covered proposals of the voting pool that do NOT conflict, with
// their coverage from ProposalCoverage (kept by triggers, so nothing counts the event's ballot
// items or votes), at most as many as the ballot takes.
// Server-side only: proposal ids here never leave lib/ballot.
//
// The conflict rule is the one of choose.ts's conflictKeys, evaluated in SQL for one voter: a
// proposal conflicts when a (non-declined) speaker is the voter, belongs (by the speaker snapshot
// or the user's organization) to an organization whose merge root is the voter's root or the root
// of an organization owning one of the voter's domains, or has an e-mail at one of those domains.
// The voter's domains are their own non-public e-mail domain and the domains of every organization
// in their root's merge tree.
import "server-only";
import type { Tx } from "../db/client";
import { isPublicMailDomain, normalizeEmailDomain } from "../orgs/normalize";
import type { Candidate } from "./choose";

type Db = Pick<Tx, "$queryRawUnsafe">;

// The voting pool (proposals voters are asked about) is the SUBMITTED ones, not drafts, withdrawn
// or decided ones: "ProposalCoverage"."pooled", kept by a trigger on "Proposal" (migration
// 20261202150000_coverage_walk).

export function privateDomain(email: string | null | undefined): string | null {
  if (!email) return null;
  const d = normalizeEmailDomain(email);
  return d.includes(".") && !isPublicMailDomain(d) ? d : null;
}

// Merge chains are followed at most 10 steps, as everywhere else organizations are resolved.
// `org` and `domain` name the statement's parameters for the voter's organization id and private
// e-mail domain (both may be null). The CTEs need WITH RECURSIVE.
function scopeCtes(org: string, domain: string): string {
  return `
  anc(id, parent, depth) AS (
    SELECT o."id", o."mergedIntoId", 0 FROM "Organization" o WHERE o."id" = ${org}
    UNION ALL
    SELECT o."id", o."mergedIntoId", anc.depth + 1 FROM "Organization" o JOIN anc ON o."id" = anc.parent WHERE anc.depth < 10
  ),
  vroot AS (SELECT id FROM anc ORDER BY depth DESC LIMIT 1),
  vtree(id, depth) AS (
    SELECT id, 0 FROM vroot
    UNION ALL
    SELECT o."id", vtree.depth + 1 FROM "Organization" o JOIN vtree ON o."mergedIntoId" = vtree.id WHERE vtree.depth < 10
  ),
  vdomains AS (
    SELECT d."domain" FROM "OrganizationDomain" d WHERE d."organizationId" IN (SELECT id FROM vtree)
    UNION SELECT ${domain}::text WHERE ${domain}::text IS NOT NULL
  ),
  danc(id, parent, depth) AS (
    SELECT o."id", o."mergedIntoId", 0 FROM "Organization" o
    WHERE o."id" IN (SELECT d."organizationId" FROM "OrganizationDomain" d WHERE d."domain" IN (SELECT "domain" FROM vdomains))
    UNION ALL
    SELECT o."id", o."mergedIntoId", danc.depth + 1 FROM "Organization" o JOIN danc ON o."id" = danc.parent WHERE danc.depth < 10
  ),
  roots AS (SELECT id FROM vroot UNION SELECT id FROM danc WHERE parent IS NULL OR depth = 10),
  ctree(id, depth) AS (
    SELECT id, 0 FROM roots
    UNION ALL
    SELECT o."id", ctree.depth + 1 FROM "Organization" o JOIN ctree ON o."mergedIntoId" = ctree.id WHERE ctree.depth < 10
  ),
  scope AS (SELECT ARRAY(SELECT DISTINCT id FROM ctree) AS "orgIds", ARRAY(SELECT "domain" FROM vdomains) AS "domains")`;
}

// normalizeEmailDomain of a stored (already lower-cased) user e-mail.
const EMAIL_DOMAIN = `rtrim(regexp_replace(regexp_replace(u."email", '^.*@', ''), '^www\\.', ''), '.')`;

/**
 * The CTEs (after WITH RECURSIVE) of the voter's conflict scope and then `pool`: the `limit` least
 * covered proposals of the event's voting pool that do not conflict with the voter, fewest
 * ballots, then fewest scores, random among equals (the order chooseBallot applies), within the
 * preferred tracks (empty = all), none already on the ballot. At most `limit` rows whatever the
 * size of the event; columns "key", "trackId", "assigned", "votes". Every argument names a
 * parameter or an expression of the enclosing statement.
 */
export function candidateCtes(p: {
  org: string;
  domain: string;
  event: string;
  voter: string;
  tracks: string;
  exclude: string;
  limit: string;
}): string {
  return `${scopeCtes(p.org, p.domain)},
  ordered AS (
    -- Coverage rows only (no joins): cheap to sort whatever the size of the pool.
    SELECT c."proposalId" AS "key", c."trackId", c."assigned", c."scored" AS "votes"
    FROM "ProposalCoverage" c
    WHERE c."eventId" = ${p.event} AND c."pooled"
      AND (cardinality(${p.tracks}::text[]) = 0 OR c."trackId" = ANY(${p.tracks}::text[]))
      AND NOT (c."proposalId" = ANY(${p.exclude}::text[]))
    ORDER BY c."assigned", c."scored", random()
    OFFSET 0
  ),
  pool AS (
    -- Conflicts are checked row by row in that order until the ballot is full: for the proposals
    -- taken and the conflicting ones skipped, not for the whole pool. A scalar subquery, so that
    -- it runs per row (a NOT EXISTS becomes an anti-join that reads every speaker of the database).
    SELECT o.* FROM ordered o, scope
    WHERE (SELECT true FROM "ProposalSpeaker" s JOIN "User" u ON u."id" = s."userId"
           WHERE s."proposalId" = o."key" AND s."status" <> 'DECLINED'
             AND (s."userId" = ${p.voter} OR s."organizationId" = ANY(scope."orgIds") OR u."organizationId" = ANY(scope."orgIds")
                  OR ${EMAIL_DOMAIN} = ANY(scope."domains"))
           LIMIT 1) IS NULL
    LIMIT ${p.limit}
  )`;
}

// $1 voter organization, $2 voter private domain, $3 event, $4 voter, $5 preferred tracks, $6
// proposals already on the ballot, $7 how many.
export const CANDIDATES_SQL = `WITH RECURSIVE ${candidateCtes({
  org: "$1",
  domain: "$2",
  event: "$3",
  voter: "$4",
  tracks: "$5",
  exclude: "$6",
  limit: "$7",
})}
SELECT * FROM pool`;

export type PoolCandidate = Candidate;

/**
 * The `size` least covered proposals of the event's voting pool the voter may get (conflicts, other
 * tracks and proposals already on the ballot left out in SQL), with their coverage, in one
 * statement. The returned candidates carry no conflict keys: none of them conflicts.
 */
export async function loadCandidates(
  db: Db,
  eventId: string,
  voter: { id: string; email: string; organizationId: string | null },
  pick: { size: number; trackIds?: readonly string[]; exclude?: Iterable<string> },
) {
  const rows = await db.$queryRawUnsafe<{ key: string; trackId: string; assigned: number; votes: number }[]>(
    CANDIDATES_SQL,
    voter.organizationId,
    privateDomain(voter.email),
    eventId,
    voter.id,
    [...(pick.trackIds ?? [])],
    [...(pick.exclude ?? [])],
    Math.max(0, pick.size),
  );
  const candidates: Candidate[] = rows.map((r) => ({
    key: r.key,
    trackId: r.trackId,
    assigned: Number(r.assigned),
    votes: Number(r.votes),
    conflicts: [],
  }));
  return { candidates, voterConflicts: [] as string[] };
}
