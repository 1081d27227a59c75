// SECOND HELD-OUT simulation family (issue 10, session 3). Written and committed before the model
// was run on it, and frozen like simulate-heldout.ts: the model is never tuned against it. It
// differs from both other families in how voters use the scale:
//   - every voter has their OWN cut points on a latent opinion (a shift, a per-cut jitter, so the
//     steps are unequal and differ per voter), their own discrimination and their own noise level;
//   - "anchored" voters who mostly use the middle of the scale (cut points spread wide) and
//     "extreme" voters whose cut points sit far to one side (nearly everything 3, or 0);
//   - a regime on a 1..5 scale instead of 0..3;
//   - votes per proposal from about 12 to about 100;
//   - past feedback as session averages through the real reputation model, correlation 0.35 with
//     quality, for 40% of speakers;
//   - optionally a fresh burst brigade for one vendor with honest fans of that vendor (who must not
//     be down-weighted).
// Every voter's parameters are returned, so a bench can compute the Bayes-optimal ranking (the
// posterior mean given the true generative model of every voter): the ceiling no method can beat.
// Pure and seeded: the same options give the same event.
import { computeReputations, normalizeRating, type FeedbackRecord } from "../feedback/reputation";
import { createRng, type Rng } from "../seed/prng";
import type { RankingInput, RankingProposal, RankingVote, RankingVoter } from "./types";

const DAY = 86_400_000;
const MINUTE = 60_000;

export type Heldout2Options = {
  seed: number;
  proposals: number;
  honestVoters: number;
  ballotSize: number;
  skipRate: number;
  scaleMin: number;
  scaleMax: number;
  /** SD of the per-voter shift of all cut points (leniency), in latent quality SDs. */
  shiftSd: number;
  anchoredShare: number;
  extremeShare: number;
  feedbackCorrelation: number;
  returningShare: number;
  campaign: "none" | "fresh";
  campaignSize: number;
  /** Honest voters who genuinely like the vendor's talks (+1 latent SD). */
  fanShare: number;
};

export const HELDOUT2_DEFAULT: Heldout2Options = {
  seed: 1,
  proposals: 500,
  honestVoters: 500,
  ballotSize: 30,
  skipRate: 0.1,
  scaleMin: 0,
  scaleMax: 3,
  shiftSd: 0.6,
  anchoredShare: 0.1,
  extremeShare: 0.08,
  feedbackCorrelation: 0.35,
  returningShare: 0.4,
  campaign: "none",
  campaignSize: 150,
  fanShare: 0.05,
};

/** How one honest voter turns a latent opinion into a score. */
export type Heldout2Voter = {
  /** score = scaleMin + number of cut points below discrimination x quality + lift + noise. */
  cuts: number[];
  discrimination: number;
  noiseSd: number;
  fan: boolean;
};

export type Heldout2Event = {
  input: RankingInput;
  truth: Map<string, number>;
  /** Honest voters' generative parameters (campaign accounts are absent). */
  voterModels: Map<string, Heldout2Voter>;
  vendorOrganizationId: string;
  campaignVoterIds: Set<string>;
  fanVoterIds: Set<string>;
  withoutCampaign: RankingInput;
};

function normal(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

const pad = (n: number) => String(n).padStart(5, "0");

export function simulateHeldout2(partial: Partial<Heldout2Options> = {}): Heldout2Event {
  const o = { ...HELDOUT2_DEFAULT, ...partial };
  const rng = createRng(o.seed * 104_729 + 3);
  const opens = Date.UTC(2028, 1, 7);
  const closes = opens + 18 * DAY;
  const steps = o.scaleMax - o.scaleMin;

  // Organizations: one big vendor (10%), a few mid-size ones, many with one or two, 30% independent.
  const owners: (string | null)[] = [...Array<string>(Math.round(o.proposals * 0.1)).fill("vendorco")];
  for (let k = 0; k < 6; k++) owners.push(...Array<string>(Math.round(o.proposals * 0.04)).fill(`mid-${k}`));
  for (let k = 0; owners.length < o.proposals * 0.7; k++) owners.push(...Array<string>(1 + (k % 2)).fill(`org-${k}`));
  while (owners.length < o.proposals) owners.push(null);
  owners.length = o.proposals;
  rng.shuffle(owners);

  const truth = new Map<string, number>();
  const proposals: RankingProposal[] = owners.map((org, i) => {
    const id = `k${pad(i)}`;
    truth.set(id, normal(rng));
    return { id, trackId: i % 5 < 2 ? "t-a" : "t-b", organizationIds: org ? [org] : [] };
  });

  // Past feedback: one speaker per proposal; returning speakers' level correlates with quality.
  const feedback: FeedbackRecord[] = [];
  const rho = o.feedbackCorrelation;
  proposals.forEach((p, i) => {
    if (rng.next() >= o.returningShare) return;
    const level = rho * truth.get(p.id)! + Math.sqrt(1 - rho * rho) * normal(rng);
    const sessions = 1 + Math.floor(rng.next() * 2);
    for (let s = 0; s < sessions; s++) {
      const count = 10 + Math.floor(rng.next() * 120);
      const avg = Math.max(
        1,
        Math.min(5, 4 + 0.3 * level + 0.9 * (normal(rng) / Math.sqrt(count)) + 0.1 * normal(rng)),
      );
      feedback.push({
        speakerId: `s${pad(i)}`,
        normalizedAverage: normalizeRating(Math.round(avg * 100) / 100, 5),
        ratingCount: count,
        heldAt: null,
      });
    }
  });
  const reputations = computeReputations(feedback, { now: new Date(closes) });
  proposals.forEach((p, i) => (p.speakerReputations = [reputations.get(`s${pad(i)}`)?.score]));

  // Ballots: a shuffled walk over the proposals, reshuffled on every wrap, never the voter's own org.
  let perm = rng.shuffle(proposals.map((_, i) => i));
  let cursor = 0;
  const ballot = (org: string | null): number[] => {
    const out: number[] = [];
    let guard = 0;
    while (out.length < o.ballotSize && guard++ < 6 * o.proposals) {
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
  const orgPool = [...new Set(owners.filter((x): x is string => x !== null))].sort();

  const voters: RankingVoter[] = [];
  const votes: RankingVote[] = [];
  const voterModels = new Map<string, Heldout2Voter>();
  const fanVoterIds = new Set<string>();
  for (let k = 0; k < o.honestVoters; k++) {
    const id = `w${pad(k)}`;
    const late = rng.next() < 0.2;
    const created = late ? opens + rng.next() * 16 * DAY : opens - (15 + rng.next() * 2000) * DAY;
    const org = rng.next() < 0.3 ? rng.pick(orgPool) : null;
    voters.push({ id, accountCreatedAt: new Date(created), organizationId: org });
    const kind = rng.next();
    const anchored = kind < o.anchoredShare;
    const extreme = !anchored && kind < o.anchoredShare + o.extremeShare;
    // Base cut points spread evenly over about +-1.2 latent SDs, then the voter's own shift, width
    // and per-cut jitter (sorted again, so they stay ordered but are unequal).
    const width = anchored ? 1.9 : Math.exp(0.2 * normal(rng));
    const shift = extreme ? (rng.next() < 0.5 ? -1 : 1) * (1.3 + 0.4 * rng.next()) : o.shiftSd * normal(rng);
    const cuts = Array.from({ length: steps }, (_, c) => {
      const base = steps === 1 ? 0 : -1.2 + (2.4 * c) / (steps - 1);
      return shift + width * base + 0.2 * normal(rng);
    }).sort((a, b) => a - b);
    const model: Heldout2Voter = {
      cuts,
      discrimination: Math.exp(0.25 * normal(rng)),
      noiseSd: 0.85 * Math.exp(0.3 * normal(rng)),
      fan: org !== "vendorco" && rng.next() < o.fanShare,
    };
    voterModels.set(id, model);
    if (model.fan) fanVoterIds.add(id);
    let t = Math.max(created, opens) + rng.next() * 2 * DAY;
    for (const j of ballot(org)) {
      const p = proposals[j];
      t += (1 + rng.next() * 5) * MINUTE;
      const votedAt = new Date(Math.min(closes - 1, t));
      if (rng.next() < o.skipRate) {
        votes.push({ voterId: id, proposalId: p.id, score: null, votedAt });
        continue;
      }
      const lift = model.fan && p.organizationIds.includes("vendorco") ? 1 : 0;
      const x = model.discrimination * truth.get(p.id)! + lift + model.noiseSd * normal(rng);
      votes.push({ voterId: id, proposalId: p.id, score: o.scaleMin + cuts.filter((c) => x > c).length, votedAt });
    }
  }

  const campaignVoterIds = new Set<string>();
  for (let k = 0; o.campaign === "fresh" && k < o.campaignSize; k++) {
    const id = `z${pad(k)}`;
    campaignVoterIds.add(id);
    const created = opens + 9 * DAY + rng.next() * 90 * MINUTE;
    voters.push({ id, accountCreatedAt: new Date(created), organizationId: null });
    for (const j of ballot(null)) {
      const p = proposals[j];
      const score = p.organizationIds.includes("vendorco") ? o.scaleMax : o.scaleMin;
      votes.push({ voterId: id, proposalId: p.id, score, votedAt: new Date(created + 15 * MINUTE) });
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
  return {
    input,
    truth,
    voterModels,
    vendorOrganizationId: "vendorco",
    campaignVoterIds,
    fanVoterIds,
    withoutCampaign: {
      event,
      proposals,
      voters: voters.filter((v) => !campaignVoterIds.has(v.id)),
      votes: votes.filter((v) => !campaignVoterIds.has(v.voterId)),
    },
  };
}

/** The second held-out family's regimes (about 12 to about 100 votes per proposal). */
export const HELDOUT2_REGIMES: { label: string; options: Partial<Heldout2Options> }[] = [
  { label: "own cut points, ~12 votes", options: { honestVoters: 220 } },
  { label: "own cut points, ~27 votes", options: {} },
  { label: "1..5 scale, ~27 votes", options: { scaleMin: 1, scaleMax: 5 } },
  { label: "own cut points, ~54 votes", options: { proposals: 300, honestVoters: 600 } },
  { label: "own cut points, ~100 votes", options: { proposals: 250, honestVoters: 930 } },
];

/** Fresh burst for the vendor, with 5% honest fans of the vendor among 600 voters on 400 proposals. */
export const HELDOUT2_CAMPAIGNS: { label: string; options: Partial<Heldout2Options> }[] = [
  { label: "fresh burst + vendor fans", options: { proposals: 400, honestVoters: 600, campaign: "fresh" } },
];
