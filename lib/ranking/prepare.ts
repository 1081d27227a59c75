// Puts the model input into a canonical order (proposals and voters by id, votes by proposal then
// voter), drops what cannot be fitted, and builds the design arrays. Everything downstream
// iterates in this order, so shuffling the input never changes the output.
import type { Design } from "./fit";
import type { RankingInput, RankingProposal, RankingVoter } from "./types";

// Proposals and voters are indexed in a fixed order whatever order the caller lists them in: the
// seeded pAccept simulation and the voter split walk them in it. The order key (an external id,
// an e-mail) survives an export and restore into another database, where ids are new.
const key = (x: { id: string; orderKey?: string }) => x.orderKey ?? x.id;
const byKey = <T extends { id: string; orderKey?: string }>(a: T, b: T) =>
  key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

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
  /** Scored votes grouped by voter: indexes into the design, voter k's at byVoter[offset[k]..offset[k+1]). */
  byVoter: Int32Array;
  voterOffset: Int32Array;
};

export function prepareInput(input: RankingInput): Prepared {
  const { scaleMin, scaleMax } = input.event;
  const proposals = dedupe([...input.proposals].sort(byKey));
  const known = new Map(input.voters.map((v) => [v.id, v]));
  // Voters who voted but were not listed count as established accounts without organization.
  for (const vote of input.votes) {
    if (!known.has(vote.voterId))
      known.set(vote.voterId, { id: vote.voterId, accountCreatedAt: new Date(0), organizationId: null });
  }
  const voters = [...known.values()].sort(byKey);
  const pIndex = new Map(proposals.map((p, i) => [p.id, i]));
  const vIndex = new Map(voters.map((v, i) => [v.id, i]));

  // One vote per voter and proposal: the latest counts (ties: the higher score, then skip last).
  // Numeric keys and one index sort instead of a map of string keys: this runs on 500,000 votes.
  const m = input.votes.length;
  const pOf = new Int32Array(m);
  const vOf = new Int32Array(m);
  const atOf = new Float64Array(m);
  const scoreOf = new Float64Array(m);
  const keep: number[] = [];
  for (let i = 0; i < m; i++) {
    const vote = input.votes[i];
    const p = pIndex.get(vote.proposalId);
    if (p === undefined) continue;
    pOf[i] = p;
    vOf[i] = vIndex.get(vote.voterId)!;
    atOf[i] = vote.votedAt.getTime();
    scoreOf[i] = vote.score ?? -Infinity;
    keep.push(i);
  }
  keep.sort((a, b) => pOf[a] - pOf[b] || vOf[a] - vOf[b] || atOf[a] - atOf[b] || scoreOf[a] - scoreOf[b]);
  const rows: { p: number; v: number; score: number | null }[] = [];
  for (let k = 0; k < keep.length; k++) {
    const i = keep[k];
    const next = keep[k + 1];
    if (next !== undefined && pOf[next] === pOf[i] && vOf[next] === vOf[i]) continue; // a later one wins
    rows.push({ p: pOf[i], v: vOf[i], score: input.votes[i].score });
  }

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
  const voterOffset = new Int32Array(voters.length + 1);
  for (let i = 0; i < design.voter.length; i++) voterOffset[design.voter[i] + 1]++;
  for (let k = 0; k < voters.length; k++) voterOffset[k + 1] += voterOffset[k];
  const fill = voterOffset.slice(0, voters.length);
  const byVoter = new Int32Array(design.voter.length);
  for (let i = 0; i < design.voter.length; i++) byVoter[fill[design.voter[i]]++] = i;
  return {
    byVoter,
    voterOffset,
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
  const seen = new Set<string>();
  return sorted.filter((p) => !seen.has(p.id) && seen.add(p.id));
}
