// Simulated events with known true quality, for the fairness and speed benches and the unit tests.
// Pure and seeded: the same options give the same event.
import { createRng, type Rng } from "../seed/prng";
import type { RankingInput, RankingProposal, RankingVote, RankingVoter } from "./types";

const DAY = 86_400_000;

export type SimulationOptions = {
  seed: number;
  proposals: number;
  /** Proposal counts of the big vendors; the first one runs the brigade. */
  vendorSizes: number[];
  /** Organizations with a handful of proposals each; the rest are independents. */
  midOrgs: number;
  midOrgSize: number;
  honestVoters: number;
  ballotSize: number;
  /** SD of voter leniency, in scale points. */
  leniencySd: number;
  /** SD of per-vote noise, in scale points. */
  noiseSd: number;
  /**
   * Heterogeneous voters: SD of the log of a per-voter noise multiplier and of a per-voter
   * discrimination multiplier (how strongly scores follow quality). 0 = every voter alike.
   */
  voterNoiseSpread: number;
  voterScaleSpread: number;
  /**
   * Where the scale's steps sit on the latent opinion (scale points, one per step up from
   * scaleMin), shared by all voters; undefined = rounding (scaleMin + 0.5, scaleMin + 1.5, ...).
   */
  cutPoints?: number[];
  /** Scale points per SD of true quality. */
  qualityScale: number;
  skipRate: number;
  /** Share of honest voters whose account was created during the voting window. */
  lateHonestShare: number;
  /** Campaign accounts: fresh burst accounts that max the first vendor's talks and min the rest, or stealth/sabotage accounts (below). */
  brigade: number;
  /**
   * fresh: burst of new accounts, max for vendor-0 and min elsewhere. stealth: aged accounts, no
   * organization, human pace, max for `campaignTargets` of vendor-0's talks and noise around their own
   * mean elsewhere. sabotage: the same accounts giving the minimum to vendor-1's talks.
   */
  campaign: "fresh" | "stealth" | "sabotage";
  campaignTargets: number;
  /** Share of honest voters who genuinely like vendor-0's talks (+1 scale point) / dislike vendor-1's. */
  fanShare: number;
  /** Whether fans also dislike vendor-1 (false: they only like vendor-0, the campaign's target). */
  fansDislikeRival: boolean;
  /** How much fans like (and dislike) the vendors' talks, in scale points. */
  fanLift: number;
  /** Past feedback: share of proposals whose speaker has a reputation, and its correlation with quality. */
  returningShare: number;
  feedbackCorrelation: number;
  scaleMin: number;
  scaleMax: number;
};

export const DEFAULT_SIMULATION: SimulationOptions = {
  seed: 1,
  proposals: 400,
  vendorSizes: [40, 35, 30, 25],
  midOrgs: 20,
  midOrgSize: 5,
  honestVoters: 600,
  ballotSize: 30,
  leniencySd: 0.6,
  noiseSd: 0.7,
  voterNoiseSpread: 0,
  voterScaleSpread: 0,
  qualityScale: 0.7,
  skipRate: 0.1,
  lateHonestShare: 0.15,
  brigade: 150,
  campaign: "fresh",
  campaignTargets: 10,
  fanShare: 0.05,
  fansDislikeRival: true,
  fanLift: 1,
  returningShare: 0.4,
  feedbackCorrelation: 0.5,
  scaleMin: 0,
  scaleMax: 3,
};

export type SimulatedEvent = {
  input: RankingInput;
  /** True quality per proposal id. */
  truth: Map<string, number>;
  brigadeOrganizationId: string;
  brigadeVoterIds: Set<string>;
  /** Organization the campaign targets: vendor-0 (fresh, stealth) or vendor-1 (sabotage). */
  targetOrganizationId: string;
  /** Honest voters who genuinely like or dislike one vendor. */
  fanVoterIds: Set<string>;
  /** The same event and honest votes without the brigade. */
  withoutBrigade: RankingInput;
  /** Honest voters' generative parameters (scale points), for the Bayes-optimal ceiling in bench/fairness. */
  voterModels: Map<string, DevVoterModel>;
  options: SimulationOptions;
};

/** latent = mid + scale x qualityScale x quality + leniency + lift + noiseSd x N(0,1), rounded and clamped. */
export type DevVoterModel = { leniency: number; scale: number; noiseSd: number; fan: boolean };

function normal(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

const pad = (n: number) => String(n).padStart(5, "0");

export function simulateEvent(partial: Partial<SimulationOptions> = {}): SimulatedEvent {
  const o = { ...DEFAULT_SIMULATION, ...partial };
  const rng = createRng(o.seed);
  const opens = Date.UTC(2027, 2, 1);
  const closes = opens + 14 * DAY;

  // Proposals and their organizations.
  const owners: (string | null)[] = [];
  o.vendorSizes.forEach((size, k) => owners.push(...Array<string>(size).fill(`vendor-${k}`)));
  for (let k = 0; k < o.midOrgs; k++) owners.push(...Array<string>(o.midOrgSize).fill(`org-${k}`));
  while (owners.length < o.proposals) owners.push(`indie-${owners.length}`);
  owners.length = o.proposals;
  rng.shuffle(owners);
  const truth = new Map<string, number>();
  const proposals: RankingProposal[] = owners.map((org, i) => {
    const id = `p${pad(i)}`;
    const q = normal(rng);
    truth.set(id, q);
    // Reputation as the feedback model reports it: correlated with quality, shrunk by rating count.
    const rho = o.feedbackCorrelation;
    const returning = rng.next() < o.returningShare;
    const shrink = 0.4 + 0.5 * rng.next();
    const reputation = returning ? shrink * (rho * q + Math.sqrt(1 - rho * rho) * normal(rng)) : undefined;
    return {
      id,
      trackId: i % 3 === 0 ? "t-ops" : "t-dev",
      organizationIds: org ? [org] : [],
      speakerReputations: [reputation],
    };
  });
  const brigadeOrg = "vendor-0";

  // Balanced ballots: walk a shuffled permutation, reshuffled on every wrap, skipping own-org items.
  let perm = rng.shuffle(proposals.map((_, i) => i));
  let cursor = 0;
  const ballot = (org: string | null, size: number): number[] => {
    const out: number[] = [];
    let guard = 0;
    while (out.length < size && guard++ < 4 * o.proposals) {
      if (cursor >= perm.length) {
        perm = rng.shuffle(perm);
        cursor = 0;
      }
      const j = perm[cursor++];
      if (org && proposals[j].organizationIds.includes(org)) continue;
      if (!out.includes(j)) out.push(j);
    }
    return out;
  };

  const orgPool = [...new Set(owners.filter((x): x is string => x !== null && !x.startsWith("indie")))];
  const voters: RankingVoter[] = [];
  const votes: RankingVote[] = [];
  const brigadeVoterIds = new Set<string>();
  const fanVoterIds = new Set<string>();
  const voterModels = new Map<string, DevVoterModel>();
  const brigadeAt = opens + 5 * DAY + 3 * 3_600_000;
  // Honest voters and the brigade interleave in time (brigade ballots come from the same walk).
  const brigadeStart = Math.floor(o.honestVoters / 3);
  const total = o.honestVoters + o.brigade;
  let honest = 0;
  let fake = 0;
  for (let k = 0; k < total; k++) {
    const isBrigade = k >= brigadeStart && fake < o.brigade;
    if (isBrigade && o.campaign !== "fresh") {
      const id = `b${pad(fake++)}`;
      const created = opens - (60 + rng.next() * 900) * DAY;
      voters.push({ id, accountCreatedAt: new Date(created), organizationId: null });
      brigadeVoterIds.add(id);
      const target = o.campaign === "stealth" ? brigadeOrg : "vendor-1";
      const targets = rng
        .shuffle(proposals.flatMap((p, j) => (p.organizationIds.includes(target) ? [j] : [])))
        .slice(0, o.campaignTargets);
      const ownMean = 1 + rng.next();
      let at = opens + rng.next() * 13 * DAY;
      for (const j of [...targets, ...ballot(target, o.ballotSize - targets.length)]) {
        const p = proposals[j];
        at += (3 + rng.next() * 8) * 60_000;
        const onTarget = p.organizationIds.includes(target);
        const score = onTarget
          ? o.campaign === "stealth"
            ? o.scaleMax
            : o.scaleMin
          : Math.max(o.scaleMin, Math.min(o.scaleMax, Math.round(ownMean + 0.8 * normal(rng))));
        votes.push({ voterId: id, proposalId: p.id, score, votedAt: new Date(Math.min(closes - 1, at)) });
      }
      continue;
    }
    if (isBrigade) {
      const id = `b${pad(fake++)}`;
      const created = new Date(brigadeAt + rng.next() * 2 * 3_600_000);
      voters.push({ id, accountCreatedAt: created, organizationId: null });
      brigadeVoterIds.add(id);
      for (const j of ballot(null, o.ballotSize)) {
        const p = proposals[j];
        const score = p.organizationIds.includes(brigadeOrg) ? o.scaleMax : o.scaleMin;
        votes.push({ voterId: id, proposalId: p.id, score, votedAt: new Date(created.getTime() + 600_000) });
      }
      continue;
    }
    const id = `v${pad(honest++)}`;
    const late = rng.next() < o.lateHonestShare;
    const created = late ? opens + rng.next() * 13 * DAY : opens - (30 + rng.next() * 700) * DAY;
    const org = rng.next() < 0.3 ? rng.pick(orgPool) : null;
    voters.push({ id, accountCreatedAt: new Date(created), organizationId: org });
    const leniency = o.leniencySd * normal(rng);
    // Drawn only when asked for, so events without heterogeneity keep their random stream.
    const noiseSd = o.voterNoiseSpread > 0 ? o.noiseSd * Math.exp(o.voterNoiseSpread * normal(rng)) : o.noiseSd;
    const scale = o.voterScaleSpread > 0 ? Math.exp(o.voterScaleSpread * normal(rng)) : 1;
    const fan = rng.next() < o.fanShare;
    if (fan) fanVoterIds.add(id);
    voterModels.set(id, { leniency, scale, noiseSd, fan });
    const fanLift = (p: RankingProposal) =>
      !fan
        ? 0
        : p.organizationIds.includes("vendor-0")
          ? o.fanLift
          : o.fansDislikeRival && p.organizationIds.includes("vendor-1")
            ? -o.fanLift
            : 0;
    const start = Math.max(created, opens) + rng.next() * DAY;
    for (const j of ballot(org, o.ballotSize)) {
      const p = proposals[j];
      if (rng.next() < o.skipRate) {
        votes.push({ voterId: id, proposalId: p.id, score: null, votedAt: new Date(start) });
        continue;
      }
      const mid = (o.scaleMin + o.scaleMax) / 2;
      const latent = mid + scale * o.qualityScale * truth.get(p.id)! + leniency + fanLift(p) + noiseSd * normal(rng);
      const score = o.cutPoints
        ? o.scaleMin + o.cutPoints.filter((c) => latent > c).length
        : Math.max(o.scaleMin, Math.min(o.scaleMax, Math.round(latent)));
      votes.push({ voterId: id, proposalId: p.id, score, votedAt: new Date(Math.min(closes - 1, start)) });
    }
  }
  const event = {
    scaleMin: o.scaleMin,
    scaleMax: o.scaleMax,
    votingOpensAt: new Date(opens),
    votingClosesAt: new Date(closes),
    feedbackWeight: 1,
  };
  const input: RankingInput = { event, proposals, voters, votes };
  const withoutBrigade: RankingInput = {
    event,
    proposals,
    voters: voters.filter((v) => !brigadeVoterIds.has(v.id)),
    votes: votes.filter((v) => !brigadeVoterIds.has(v.voterId)),
  };
  return {
    input,
    truth,
    brigadeOrganizationId: brigadeOrg,
    brigadeVoterIds,
    targetOrganizationId: o.campaign === "sabotage" ? "vendor-1" : brigadeOrg,
    fanVoterIds,
    withoutBrigade,
    voterModels,
    options: o,
  };
}

/** The old system: plain mean of raw scores (proposals without scores get the overall mean). */
export function rawAverage(input: RankingInput): Map<string, number> {
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  let all = 0;
  let n = 0;
  for (const v of input.votes) {
    if (v.score === null) continue;
    sum.set(v.proposalId, (sum.get(v.proposalId) ?? 0) + v.score);
    count.set(v.proposalId, (count.get(v.proposalId) ?? 0) + 1);
    all += v.score;
    n++;
  }
  const overall = n ? all / n : 0;
  return new Map(input.proposals.map((p) => [p.id, count.get(p.id) ? sum.get(p.id)! / count.get(p.id)! : overall]));
}
