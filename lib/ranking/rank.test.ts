import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../seed/prng";
import { fitRanking } from "./rank";
import { ranksOf } from "./metrics";
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

  it("folds feedback as a prior: a separate component, exactly 0 for newcomers, larger where votes are few", () => {
    const sim = simulateEvent({ seed: 6, proposals: 150, honestVoters: 120, ballotSize: 20, brigade: 0 });
    const result = fitRanking(sim.input);
    const byProposal = new Map(sim.input.proposals.map((p) => [p.id, p]));
    const newcomers = result.proposals.filter((p) => byProposal.get(p.id)!.speakerReputations![0] === undefined);
    expect(newcomers.length).toBeGreaterThan(20);
    for (const p of newcomers) {
      expect(p.feedbackComponent).toBe(0);
      expect(p.combinedScore).toBe(p.communityScore);
    }
    for (const p of result.proposals) expect(p.combinedScore).toBeCloseTo(p.communityScore + p.feedbackComponent, 12);
    expect(result.diagnostics.feedbackBeta).toBeGreaterThan(0);
    // Dial 0: feedback off, everyone exactly at the community score.
    const off = fitRanking({ ...sim.input, event: { ...sim.input.event, feedbackWeight: 0 } });
    for (const p of off.proposals) expect(p.feedbackComponent).toBe(0);
  });

  it("keeps newcomers exactly neutral and accepts the event's share per track, whatever the event", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 20, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (seed, voters, dial, share) => {
          const sim = simulateEvent({ seed, proposals: 60, honestVoters: voters, ballotSize: 15, brigade: 0 });
          const input = { ...sim.input, event: { ...sim.input.event, feedbackWeight: dial, acceptanceShare: share } };
          const result = fitRanking(input, { skipReliability: true });
          const byProposal = new Map(input.proposals.map((p) => [p.id, p]));
          for (const p of result.proposals) {
            if (byProposal.get(p.id)!.speakerReputations![0] === undefined) {
              expect(p.feedbackComponent).toBe(0);
              expect(p.combinedScore).toBe(p.communityScore);
            }
          }
          for (const track of new Set(result.proposals.map((p) => p.trackId))) {
            const rows = result.proposals.filter((p) => p.trackId === track);
            const k = Math.min(rows.length, Math.max(1, Math.round(share * rows.length)));
            expect(rows.reduce((sum, p) => sum + p.pAccept, 0)).toBeCloseTo(k, 6);
          }
        },
      ),
      { numRuns: 12, seed: 20261202 },
    );
  }, 120_000);

  it("gives pAccept per track: deterministic, in 0..1, and calibrated on a small seeded simulation", () => {
    const hits = { high: [0, 0], low: [0, 0] };
    for (const seed of [11, 12, 13]) {
      const sim = simulateEvent({ seed, proposals: 160, honestVoters: 160, ballotSize: 20, brigade: 0 });
      const result = fitRanking(sim.input, { skipReliability: true });
      expect(fitRanking(sim.input, { skipReliability: true }).proposals.map((p) => p.pAccept)).toEqual(
        result.proposals.map((p) => p.pAccept),
      );
      for (const track of new Set(result.proposals.map((p) => p.trackId))) {
        const rows = result.proposals.filter((p) => p.trackId === track);
        const k = Math.round(0.25 * rows.length);
        const sum = rows.reduce((s, p) => s + p.pAccept, 0);
        expect(sum).toBeCloseTo(k, 6); // every draw accepts exactly k
        const top = new Set(
          [...rows]
            .sort((a, b) => sim.truth.get(b.id)! - sim.truth.get(a.id)!)
            .slice(0, k)
            .map((p) => p.id),
        );
        for (const p of rows) {
          expect(p.pAccept).toBeGreaterThanOrEqual(0);
          expect(p.pAccept).toBeLessThanOrEqual(1);
          const bin = p.pAccept >= 0.8 ? hits.high : p.pAccept <= 0.2 ? hits.low : null;
          if (bin) {
            bin[0] += top.has(p.id) ? 1 : 0;
            bin[1]++;
          }
        }
      }
    }
    expect(hits.high[0] / hits.high[1]).toBeGreaterThanOrEqual(0.8);
    expect(hits.low[0] / hits.low[1]).toBeLessThanOrEqual(0.2);
  }, 60_000);

  it("reports split-half top-set agreement between 0 and 1, higher with more voters", () => {
    const agreement = (voters: number) =>
      fitRanking(simulateEvent({ seed: 8, proposals: 120, honestVoters: voters, ballotSize: 20, brigade: 0 }).input)
        .reliability.splitHalfTopAgreement;
    const few = agreement(40);
    const many = agreement(400);
    expect(few).toBeGreaterThan(0);
    expect(many).toBeLessThanOrEqual(1);
    expect(many).toBeGreaterThan(few);
  }, 60_000);

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
  }, 60_000);

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
    expect(flagged.length).toBeGreaterThanOrEqual(0.4 * vendor.length);
    expect(vendor.filter((p) => p.flags.some((f) => f.startsWith("campaign_suspected:"))).length).toBeGreaterThan(0);
  }, 60_000);

  it("neutralizes a stealth brigade of aged accounts without down-weighting honest fans", () => {
    const sim = simulateEvent({
      seed: 9,
      proposals: 200,
      honestVoters: 300,
      brigade: 80,
      campaign: "stealth",
      fanShare: 0.08,
    });
    const result = fitRanking(sim.input, { skipReliability: true });
    const weight = new Map(result.voters.assessments.map((a) => [a.id, a.weight]));
    const caught = [...sim.brigadeVoterIds].filter((id) => weight.get(id)! < 0.5).length;
    expect(caught).toBeGreaterThanOrEqual(0.8 * sim.brigadeVoterIds.size);
    const honest = [...weight].filter(([id]) => !sim.brigadeVoterIds.has(id));
    expect(honest.filter(([, w]) => w < 0.5).length).toBeLessThanOrEqual(0.02 * honest.length);
    // Fans lean as hard as the campaign on the same vendor, but their other scores follow consensus.
    expect([...sim.fanVoterIds].filter((id) => weight.get(id)! < 0.5).length).toBeLessThanOrEqual(
      0.15 * sim.fanVoterIds.size,
    );
  }, 60_000);

  it("flags sabotage on the victim's proposals and undoes most of it", () => {
    const sim = simulateEvent({ seed: 10, proposals: 200, honestVoters: 300, brigade: 80, campaign: "sabotage" });
    const result = fitRanking(sim.input, { skipReliability: true });
    const victim = new Set(sim.input.proposals.filter((p) => p.organizationIds.includes("vendor-1")).map((p) => p.id));
    const flagged = result.proposals.filter(
      (p) => victim.has(p.id) && p.flags.some((f) => f.startsWith("sabotage_suspected:")),
    );
    expect(flagged.length).toBeGreaterThan(0);
    expect(
      result.proposals.filter((p) => !victim.has(p.id) && p.flags.some((f) => f.startsWith("sabotage_suspected:")))
        .length,
    ).toBe(0);
    const ranks = (scores: Map<string, number>) => ranksOf(scores);
    const score = (input: RankingInput, raw: boolean) =>
      raw
        ? rawAverage(input)
        : new Map(fitRanking(input, { skipReliability: true }).proposals.map((p) => [p.id, p.combinedScore]));
    const loss = (raw: boolean) => {
      const a = ranks(score(sim.input, raw));
      const b = ranks(score(sim.withoutBrigade, raw));
      return [...victim].reduce((s, id) => s + a.get(id)! - b.get(id)!, 0) / victim.size;
    };
    expect(loss(false)).toBeLessThan(loss(true) / 3);
  }, 60_000);
});
