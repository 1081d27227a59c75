import { describe, expect, it } from "vitest";
import { createRng } from "../seed/prng";
import { fitRanking, orderByCombined } from "./rank";
import { rawAverage, simulateEvent } from "./simulate";
import type { RankingInput, RankingVote } from "./types";

const OPENS = new Date("2027-03-01T00:00:00Z");
const OLD = new Date("2025-01-01T00:00:00Z");
const event = {
  scaleMin: 0,
  scaleMax: 3,
  votingOpensAt: OPENS,
  votingClosesAt: new Date("2027-03-15T00:00:00Z"),
  feedbackWeight: 0.3,
};

function build(table: Record<string, Record<string, number | null>>, extraProposals: string[] = []): RankingInput {
  const votes: RankingVote[] = [];
  const proposalIds = new Set(extraProposals);
  for (const [voterId, row] of Object.entries(table)) {
    for (const [proposalId, score] of Object.entries(row)) {
      proposalIds.add(proposalId);
      votes.push({ voterId, proposalId, score, votedAt: new Date("2027-03-02T10:00:00Z") });
    }
  }
  return {
    event,
    proposals: [...proposalIds].map((id) => ({ id, trackId: "main", organizationIds: [`org-${id}`] })),
    voters: Object.keys(table).map((id) => ({ id, accountCreatedAt: OLD, organizationId: null })),
    votes,
  };
}

const byId = (input: RankingInput) => new Map(fitRanking(input).proposals.map((p) => [p.id, p]));

describe("fitRanking", () => {
  it("does not let a harsh voter sink a proposal (the raw average does)", () => {
    // Six regular voters; the harsh voter h scores everything exactly 2 points below them and
    // happens to get A (but not B) on the ballot.
    const regular = [
      { A: 3, B: 2, C: 2, D: 3, E: 2, F: 3 },
      { A: 3, B: 2, C: 3, D: 2, E: 2, F: 3 },
      { A: 2, B: 2, C: 2, D: 3, E: 3, F: 2 },
      { A: 2, B: 2, C: 2, D: 2, E: 3, F: 3 },
      { A: 2, B: 2, C: 3, D: 2, E: 2, F: 2 },
      { A: 2, B: 3, C: 2, D: 3, E: 2, F: 2 },
    ];
    const table: Record<string, Record<string, number>> = {};
    regular.forEach((row, i) => (table[`r${i}`] = row));
    table.h = { A: 0, C: 0, D: 1, E: 0, F: 1 };
    const input = build(table);

    const raw = rawAverage(input);
    expect(raw.get("A")).toBeLessThan(raw.get("B")!); // 2.0 < 2.17: one harsh vote sinks A
    const fit = byId(input);
    expect(fit.get("A")!.communityScore).toBeGreaterThan(fit.get("B")!.communityScore); // regulars prefer A
  });

  it("shrinks a one-vote proposal toward the mean and gives it a wider interval", () => {
    // A noisy simulated event plus two proposals scored only 3s: ONE by a single voter, MANY by 20.
    const sim = simulateEvent({
      seed: 4,
      proposals: 60,
      vendorSizes: [10],
      midOrgs: 4,
      honestVoters: 80,
      ballotSize: 15,
      brigade: 0,
    });
    const input = sim.input;
    input.proposals.push(
      { id: "ONE", trackId: "t", organizationIds: [] },
      { id: "MANY", trackId: "t", organizationIds: [] },
    );
    const at = new Date("2027-03-05T00:00:00Z");
    input.votes.push({ voterId: "v00000", proposalId: "ONE", score: 3, votedAt: at });
    for (let i = 0; i < 20; i++)
      input.votes.push({ voterId: `v${String(i).padStart(5, "0")}`, proposalId: "MANY", score: 3, votedAt: at });
    const fit = byId(input);
    const one = fit.get("ONE")!;
    const many = fit.get("MANY")!;
    expect(one.votes).toBe(1);
    expect(one.communityScore).toBeGreaterThan(0);
    expect(one.communityScore).toBeLessThan(0.6 * many.communityScore);
    expect(one.flags).toContain("few_votes:1");
    expect(one.ciHigh - one.ciLow).toBeGreaterThan(2 * (many.ciHigh - many.ciLow));
  });

  it("reports intervals that contain the estimate and narrow with more votes", () => {
    const sim = simulateEvent({
      seed: 3,
      proposals: 60,
      vendorSizes: [10],
      midOrgs: 4,
      honestVoters: 80,
      ballotSize: 15,
      brigade: 0,
    });
    const { proposals } = fitRanking(sim.input);
    for (const p of proposals) {
      expect(p.ciLow).toBeLessThanOrEqual(p.communityScore);
      expect(p.ciHigh).toBeGreaterThanOrEqual(p.communityScore);
    }
    const fewer = simulateEvent({
      seed: 3,
      proposals: 60,
      vendorSizes: [10],
      midOrgs: 4,
      honestVoters: 20,
      ballotSize: 15,
      brigade: 0,
    });
    const width = (input: RankingInput) => {
      const ps = fitRanking(input).proposals;
      return ps.reduce((s, p) => s + (p.ciHigh - p.ciLow), 0) / ps.length;
    };
    expect(width(sim.input)).toBeLessThan(0.7 * width(fewer.input));
  });

  it("treats skips as no score at all", () => {
    const table: Record<string, Record<string, number | null>> = {};
    for (let i = 0; i < 8; i++) table[`v${i}`] = { A: 2 + (i % 2), B: 1 + (i % 2), SKIPPED: null };
    const fit = byId(build(table));
    expect(fit.get("SKIPPED")).toMatchObject({ votes: 0, skips: 8, communityScore: 0, flags: ["no_votes"] });
  });

  it("ignores votes on the voter's own organization's proposals", () => {
    const table: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 8; i++) table[`v${i}`] = { A: 1, B: 2, C: i % 3 };
    const input = build(table);
    input.voters.push({ id: "insider", accountCreatedAt: OLD, organizationId: "org-A" });
    input.votes.push({ voterId: "insider", proposalId: "A", score: 3, votedAt: OPENS });
    const withInsider = byId(input).get("A")!;
    expect(withInsider.votes).toBe(8);
    expect(withInsider.flags).toContain("own_org_votes_ignored:1");
  });

  it("folds feedback as a separate component; newcomers contribute exactly 0", () => {
    const table: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 6; i++) table[`v${i}`] = { A: 2, B: 2, C: 1 };
    const input = build(table);
    input.proposals[0].speakerReputations = [undefined];
    input.proposals[1].speakerReputations = [1, undefined];
    const fit = byId(input);
    const a = fit.get("A")!;
    expect(a.feedbackComponent).toBe(0);
    expect(a.combinedScore).toBe(a.communityScore);
    const b = fit.get("B")!;
    expect(b.feedbackComponent).toBeCloseTo(0.3, 12);
    expect(b.combinedScore).toBeCloseTo(b.communityScore + 0.3, 12);
    expect(orderByCombined([...fit.values()])[0].id).toBe("B");
  });

  it("is deterministic: the same input twice, and shuffled input, give identical output", () => {
    const sim = simulateEvent({
      seed: 5,
      proposals: 80,
      vendorSizes: [15, 10],
      midOrgs: 4,
      honestVoters: 100,
      ballotSize: 15,
      brigade: 20,
    });
    const first = fitRanking(sim.input);
    expect(fitRanking(sim.input)).toEqual(first);
    const rng = createRng(99);
    const shuffled: RankingInput = {
      event: sim.input.event,
      proposals: rng.shuffle([...sim.input.proposals]),
      voters: rng.shuffle([...sim.input.voters]),
      votes: rng.shuffle([...sim.input.votes]),
    };
    expect(fitRanking(shuffled)).toEqual(first);
  });

  it("down-weights a brigade of fresh burst accounts and flags the proposals it pushed", () => {
    const sim = simulateEvent({
      seed: 2,
      proposals: 120,
      vendorSizes: [15, 12, 10],
      midOrgs: 6,
      honestVoters: 160,
      ballotSize: 20,
      brigade: 40,
    });
    const result = fitRanking(sim.input);
    const weights = new Map(result.voters.assessments.map((a) => [a.id, a.weight]));
    const brigade = [...sim.brigadeVoterIds];
    const caught = brigade.filter((id) => weights.get(id)! < 0.5).length;
    expect(caught).toBeGreaterThanOrEqual(0.9 * brigade.length);
    const honestDown = [...weights].filter(([id, w]) => !sim.brigadeVoterIds.has(id) && w < 0.5).length;
    expect(honestDown).toBeLessThanOrEqual(3);
    expect(result.voters.downweighted).toBe(caught + honestDown);

    const vendor = result.proposals.filter((p) =>
      sim.input.proposals.find((q) => q.id === p.id)!.organizationIds.includes(sim.brigadeOrganizationId),
    );
    const flagged = vendor.filter((p) => p.flags.some((f) => f.startsWith("relies_on_new_accounts:")));
    expect(flagged.length).toBeGreaterThanOrEqual(0.5 * vendor.length);
    expect(vendor.filter((p) => p.flags.some((f) => f.startsWith("campaign_suspected:"))).length).toBeGreaterThan(0);
  });
});
