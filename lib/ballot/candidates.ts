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

/** Proposals voters are asked about: submitted, not withdrawn or drafts. */
export const VOTING_POOL_STATUSES = ["SUBMITTED"] as const;

function privateDomain(email: string | null | undefined): string | null {
  if (!email) return null;
  const d = normalizeEmailDomain(email);
  return d.includes(".") && !isPublicMailDomain(d) ? d : null;
}

// Merge chains are followed at most 10 steps, as everywhere else organizations are resolved.
const SCOPE_SQL = `
WITH RECURSIVE
  anc(id, parent, depth) AS (
    SELECT o."id", o."mergedIntoId", 0 FROM "Organization" o WHERE o."id" = $1
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
    UNION SELECT $2::text WHERE $2::text IS NOT NULL
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
  )
`;

// normalizeEmailDomain of a stored (already lower-cased) user e-mail.
const EMAIL_DOMAIN = `rtrim(regexp_replace(regexp_replace(u."email", '^.*@', ''), '^www\\.', ''), '.')`;

// The voter's scope ($1 organization, $2 private domain), then the `size` least covered proposals
// of the pool that do not conflict: fewest ballots, then fewest scores, random among equals (the
// order chooseBallot applies), within the preferred tracks ($6, empty = all), none already on the
// ballot ($7). Returns at most $8 rows whatever the size of the event.
export const CANDIDATES_SQL = `${SCOPE_SQL},
  scope AS (SELECT ARRAY(SELECT DISTINCT id FROM ctree) AS "orgIds", ARRAY(SELECT "domain" FROM vdomains) AS "domains")
SELECT p."id" AS "key", p."trackId", COALESCE(c."assigned", 0) AS "assigned", COALESCE(c."scored", 0) AS "votes"
FROM scope, "Proposal" p
LEFT JOIN "ProposalCoverage" c ON c."proposalId" = p."id"
WHERE p."eventId" = $3 AND p."status"::text = ANY($4::text[])
  AND (cardinality($6::text[]) = 0 OR p."trackId" = ANY($6::text[]))
  AND NOT (p."id" = ANY($7::text[]))
  AND NOT EXISTS (
    SELECT 1 FROM "ProposalSpeaker" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."proposalId" = p."id" AND s."status" <> 'DECLINED'
      AND (s."userId" = $5 OR s."organizationId" = ANY(scope."orgIds") OR u."organizationId" = ANY(scope."orgIds")
           OR ${EMAIL_DOMAIN} = ANY(scope."domains")))
ORDER BY 3, 4, random()
LIMIT $8`;

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
    [...VOTING_POOL_STATUSES],
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
