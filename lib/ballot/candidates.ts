// Loads what the pure chooser needs: every proposal in the voting pool with its coverage and its
// speakers' conflict keys, and the voter's own conflict keys. Organizations are followed through
// merges, so a merged alias cannot dodge the conflict rule. Server-side only: proposal ids here
// never leave lib/ballot.
import "server-only";
import type { Tx } from "../db/client";
import { isPublicMailDomain, normalizeEmailDomain } from "../orgs/normalize";
import { conflictKeys, type Candidate } from "./choose";

type Db = Pick<Tx, "proposal" | "ballotItem" | "vote" | "organization" | "organizationDomain" | "user">;

/** Proposals voters are asked about: submitted, not withdrawn or drafts. */
export const VOTING_POOL_STATUSES = ["SUBMITTED"] as const;

function privateDomain(email: string | null | undefined): string | null {
  if (!email) return null;
  const d = normalizeEmailDomain(email);
  return d.includes(".") && !isPublicMailDomain(d) ? d : null;
}

/** org id -> root org id (after merges) and root id -> its domains (its own and merged ones'). */
async function loadOrganizations(db: Db, ids: Iterable<string>) {
  const root = new Map<string, string>();
  const parent = new Map<string, string | null>();
  let todo = [...new Set(ids)];
  for (let depth = 0; todo.length && depth < 10; depth++) {
    const rows = await db.organization.findMany({
      where: { id: { in: todo } },
      select: { id: true, mergedIntoId: true },
    });
    for (const r of rows) parent.set(r.id, r.mergedIntoId);
    todo = rows.map((r) => r.mergedIntoId).filter((id): id is string => !!id && !parent.has(id));
  }
  for (const id of parent.keys()) {
    let cur = id;
    for (let i = 0; i < 10 && parent.get(cur); i++) cur = parent.get(cur)!;
    root.set(id, cur);
  }
  const domains = new Map<string, string[]>();
  const rows = await db.organizationDomain.findMany({
    where: { organizationId: { in: [...parent.keys()] } },
    select: { organizationId: true, domain: true },
  });
  for (const r of rows) {
    const key = root.get(r.organizationId) ?? r.organizationId;
    domains.set(key, [...(domains.get(key) ?? []), r.domain]);
  }
  return {
    root: (id: string | null) => (id ? (root.get(id) ?? id) : null),
    domains: (rootId: string | null) => (rootId ? (domains.get(rootId) ?? []) : []),
  };
}

export type PoolCandidate = Candidate;

export async function loadCandidates(
  db: Db,
  eventId: string,
  voter: { id: string; email: string; organizationId: string | null },
) {
  const [proposals, assigned, votes] = await Promise.all([
    db.proposal.findMany({
      where: { eventId, status: { in: [...VOTING_POOL_STATUSES] } },
      select: {
        id: true,
        trackId: true,
        speakers: {
          where: { status: { not: "DECLINED" } },
          select: { userId: true, organizationId: true, user: { select: { email: true, organizationId: true } } },
        },
      },
    }),
    db.ballotItem.groupBy({ by: ["proposalId"], where: { ballot: { eventId } }, _count: { _all: true } }),
    db.vote.groupBy({ by: ["proposalId"], where: { eventId, score: { not: null } }, _count: { _all: true } }),
  ]);
  const orgIds = new Set<string>();
  if (voter.organizationId) orgIds.add(voter.organizationId);
  for (const p of proposals)
    for (const s of p.speakers) for (const id of [s.organizationId, s.user.organizationId]) if (id) orgIds.add(id);
  const orgs = await loadOrganizations(db, orgIds);

  const assignedBy = new Map(assigned.map((r) => [r.proposalId, r._count._all]));
  const votesBy = new Map(votes.map((r) => [r.proposalId, r._count._all]));
  const candidates: Candidate[] = proposals.map((p) => {
    const orgRoots = p.speakers.flatMap((s) => [orgs.root(s.organizationId), orgs.root(s.user.organizationId)]);
    return {
      key: p.id,
      trackId: p.trackId,
      assigned: assignedBy.get(p.id) ?? 0,
      votes: votesBy.get(p.id) ?? 0,
      conflicts: conflictKeys({
        userIds: p.speakers.map((s) => s.userId),
        organizationIds: orgRoots,
        domains: [...p.speakers.map((s) => privateDomain(s.user.email)), ...orgRoots.flatMap((r) => orgs.domains(r))],
      }),
    };
  });
  const voterRoot = orgs.root(voter.organizationId);
  const voterConflicts = conflictKeys({
    userIds: [voter.id],
    organizationIds: [voterRoot],
    domains: [privateDomain(voter.email), ...orgs.domains(voterRoot)],
  });
  return { candidates, voterConflicts };
}
