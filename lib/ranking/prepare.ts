// Puts the model input into a canonical order (proposals and voters by id, votes by proposal then
// voter), drops what cannot be fitted, and builds the design arrays. Everything downstream
// iterates in this order, so shuffling the input never changes the output.
import type { Design } from "./fit";
import type { RankingInput, RankingProposal, RankingVoter } from "./types";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export type Prepared = {
  proposals: RankingProposal[];
  voters: RankingVoter[];
  design: Design;
  /** Per scored vote: 0 when the voter belongs to one of the proposal's organizations, else 1. */
  conflictWeight: Float64Array;
  /** Per proposal: organization indexes; per voter: scored votes; per proposal: skips. */
  proposalOrgs: number[][];
  orgCount: number;
  skips: Int32Array;
  ownOrgVotes: Int32Array;
  /** Voters with at least one vote or skip. */
  activeVoters: number;
};

export function prepareInput(input: RankingInput): Prepared {
  const { scaleMin, scaleMax } = input.event;
  const proposals = dedupe([...input.proposals].sort(byId));
  const known = new Map(input.voters.map((v) => [v.id, v]));
  // Voters who voted but were not listed count as established accounts without organization.
  for (const vote of input.votes) {
    if (!known.has(vote.voterId))
      known.set(vote.voterId, { id: vote.voterId, accountCreatedAt: new Date(0), organizationId: null });
  }
  const voters = [...known.values()].sort(byId);
  const pIndex = new Map(proposals.map((p, i) => [p.id, i]));
  const vIndex = new Map(voters.map((v, i) => [v.id, i]));

  // One vote per voter and proposal: the latest counts (ties: the higher score, then skip last).
  const latest = new Map<string, { p: number; v: number; score: number | null; at: number }>();
  for (const vote of input.votes) {
    const p = pIndex.get(vote.proposalId);
    if (p === undefined) continue;
    const v = vIndex.get(vote.voterId)!;
    const key = `${p}:${v}`;
    const at = vote.votedAt.getTime();
    const prev = latest.get(key);
    const score = vote.score;
    if (!prev || at > prev.at || (at === prev.at && (score ?? -Infinity) > (prev.score ?? -Infinity)))
      latest.set(key, { p, v, score, at });
  }
  const rows = [...latest.values()].sort((a, b) => a.p - b.p || a.v - b.v);

  const orgIndex = new Map<string, number>();
  for (const org of [...new Set(proposals.flatMap((p) => p.organizationIds))].sort()) orgIndex.set(org, orgIndex.size);
  const proposalOrgs = proposals.map((p) =>
    [...new Set(p.organizationIds)].map((o) => orgIndex.get(o)!).sort((a, b) => a - b),
  );
  const voterOrg = voters.map((v) => (v.organizationId === null ? -1 : (orgIndex.get(v.organizationId) ?? -1)));

  const skips = new Int32Array(proposals.length);
  const ownOrgVotes = new Int32Array(proposals.length);
  const active = new Set<number>();
  const scored = rows.filter((r) => {
    active.add(r.v);
    if (r.score === null || !Number.isFinite(r.score) || r.score < scaleMin || r.score > scaleMax) {
      skips[r.p]++;
      return false;
    }
    return true;
  });
  const design: Design = {
    proposalCount: proposals.length,
    voterCount: voters.length,
    proposal: Int32Array.from(scored, (r) => r.p),
    voter: Int32Array.from(scored, (r) => r.v),
    score: Float64Array.from(scored, (r) => r.score!),
  };
  const conflictWeight = Float64Array.from(scored, (r) => {
    const own = voterOrg[r.v] >= 0 && proposalOrgs[r.p].includes(voterOrg[r.v]);
    if (own) ownOrgVotes[r.p]++;
    return own ? 0 : 1;
  });
  return {
    proposals,
    voters,
    design,
    conflictWeight,
    proposalOrgs,
    orgCount: orgIndex.size,
    skips,
    ownOrgVotes,
    activeVoters: active.size,
  };
}

function dedupe(sorted: RankingProposal[]): RankingProposal[] {
  return sorted.filter((p, i) => i === 0 || sorted[i - 1].id !== p.id);
}
