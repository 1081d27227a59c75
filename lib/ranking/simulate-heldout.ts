// HELD-OUT simulation family. Written before the model changes of issue 10 and frozen: the model
// is never tuned against it (bench/fairness reports it beside the development family of
// simulate.ts). Its voters behave differently from the development family on purpose:
//   - ordinal voters: a latent opinion cut by the voter's own thresholds on the clamped scale
//     (shifted and stretched per voter), with per-voter noise levels;
//   - two-value voters: people who only ever use two of the scale's values;
//   - a "NIPS 2014" regime: quality variance 1.28, reviewer-bias variance 0.24, noise variance 1.27
//     on a 1..10 scale, mapped linearly onto 0..3 (so most scores are 1s and 2s);
//   - past feedback whose reliability varies (correlation 0.2..0.6 with quality) and that comes as
//     session averages with rating counts, through the same reputation model as the real import;
//   - campaigns: a fresh burst brigade, a stealth brigade of aged accounts at human pace, sabotage
//     of a rival, and honest fans and haters of one company mixed into the honest voters.
// Pure and seeded: the same options give the same event.
import { computeReputations, normalizeRating, type FeedbackRecord } from "../feedback/reputation";
import { createRng, type Rng } from "../seed/prng";
import type { RankingInput, RankingProposal, RankingVote, RankingVoter } from "./types";

const DAY = 86_400_000;
const MINUTE = 60_000;

export type HeldoutVoterStyle = "ordinal" | "two-value" | "nips";
export type HeldoutCampaign = "none" | "fresh" | "stealth" | "sabotage";

export type HeldoutOptions = {
  seed: number;
  proposals: number;
  honestVoters: number;
  ballotSize: number;
  skipRate: number;
  /** Main behaviour of honest voters. */
  style: HeldoutVoterStyle;
  /** Share of honest voters who only use two values (in any style). */
  twoValueShare: number;
  /** Correlation of a returning speaker's true feedback level with proposal quality. */
  feedbackCorrelation: number;
  /** Share of speakers with past feedback. */
  returningShare: number;
  campaign: HeldoutCampaign;
  campaignSize: number;
  /** Targets each stealth/sabotage account scores (on top of its ordinary items). */
  campaignTargetsPerAccount: number;
  /** Share of honest voters who genuinely love the campaign vendor's talks / hate the rival's. */
  fanShare: number;
  haterShare: number;
};

export const HELDOUT_DEFAULT: HeldoutOptions = {
  seed: 1,
  proposals: 600,
  honestVoters: 600,
  ballotSize: 30,
  skipRate: 0.1,
  style: "ordinal",
  twoValueShare: 0.15,
  feedbackCorrelation: 0.4,
  returningShare: 0.45,
  campaign: "none",
  campaignSize: 150,
  campaignTargetsPerAccount: 8,
  fanShare: 0.04,
  haterShare: 0.03,
};

export type HeldoutEvent = {
  input: RankingInput;
  truth: Map<string, number>;
  /** Vendor promoted by fresh/stealth campaigns and loved by fans. */
  vendorOrganizationId: string;
  /** Rival sabotaged by the sabotage campaign and hated by haters. */
  rivalOrganizationId: string;
  campaignVoterIds: Set<string>;
  /** Honest voters with a genuine lean (fans and haters). */
  leaningVoterIds: Set<string>;
  /** Same event and honest votes without the campaign accounts. */
  withoutCampaign: RankingInput;
  /** Past feedback as imported (speaker id = email local part, see speakersOf). */
  feedback: FeedbackRecord[];
  /** Per proposal id: its speaker ids (primary first). */
  speakersOf: Map<string, string[]>;
  /** Per voter id: declared organization (for CSV export). */
  organizationOf: Map<string, string | null>;
};

function normal(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

const pad = (n: number) => String(n).padStart(5, "0");
const clampScore = (x: number) => Math.max(0, Math.min(3, x));

export function simulateHeldout(partial: Partial<HeldoutOptions> = {}): HeldoutEvent {
  const o = { ...HELDOUT_DEFAULT, ...partial };
  const rng = createRng(o.seed * 7919 + 17);
  const opens = Date.UTC(2027, 4, 3);
  const closes = opens + 21 * DAY;

  // Organizations: two large vendors (the campaign's and the rival's), two mid vendors, small orgs, indies.
  const vendorSize = Math.round(o.proposals * 0.125);
  const rivalSize = Math.round(o.proposals * 0.11);
  const owners: (string | null)[] = [
    ...Array<string>(vendorSize).fill("acme"),
    ...Array<string>(rivalSize).fill("globex"),
    ...Array<string>(Math.round(o.proposals * 0.07)).fill("initech"),
    ...Array<string>(Math.round(o.proposals * 0.05)).fill("umbrella"),
  ];
  for (let k = 0; owners.length < o.proposals * 0.6; k++) owners.push(...Array<string>(4).fill(`small-${k}`));
  while (owners.length < o.proposals) owners.push(null);
  owners.length = o.proposals;
  rng.shuffle(owners);

  // Speakers: most have one proposal, some two (same speaker, same org).
  const truth = new Map<string, number>();
  const speakersOf = new Map<string, string[]>();
  const speakerQuality = new Map<string, number[]>();
  const proposals: RankingProposal[] = [];
  let speakerCount = 0;
  owners.forEach((org, i) => {
    const id = `h${pad(i)}`;
    const q = normal(rng);
    truth.set(id, q);
    const prev = i > 0 ? proposals[i - 1] : null;
    const reuse = prev && owners[i - 1] === org && rng.next() < 0.3;
    const speaker = reuse ? speakersOf.get(prev.id)![0] : `spk${pad(speakerCount++)}`;
    speakersOf.set(id, [speaker]);
    speakerQuality.set(speaker, [...(speakerQuality.get(speaker) ?? []), q]);
    proposals.push({ id, trackId: i % 4 === 0 ? "t-data" : "t-core", organizationIds: org ? [org] : [] });
  });

  // Past feedback: returning speakers' true level correlates with their proposals' quality.
  const feedback: FeedbackRecord[] = [];
  const rho = o.feedbackCorrelation;
  for (const [speaker, qs] of [...speakerQuality].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (rng.next() >= o.returningShare) continue;
    const meanQ = qs.reduce((a, b) => a + b, 0) / qs.length;
    const level = rho * meanQ + Math.sqrt(1 - rho * rho) * normal(rng);
    const sessions = 1 + Math.floor(rng.next() * 3);
    for (let s = 0; s < sessions; s++) {
      const count = 8 + Math.floor(rng.next() * 150);
      // 1..5 scale: population mean 3.8, between-speaker SD 0.35 points, one rating's SD 1 point.
      const avg = Math.max(1, Math.min(5, 3.8 + 0.35 * level + normal(rng) / Math.sqrt(count) + 0.15 * normal(rng)));
      feedback.push({
        speakerId: speaker,
        normalizedAverage: normalizeRating(Math.round(avg * 100) / 100, 5),
        ratingCount: count,
        heldAt: null,
      });
    }
  }
  const reputations = computeReputations(feedback, { now: new Date(closes) });
  for (const p of proposals) p.speakerReputations = speakersOf.get(p.id)!.map((s) => reputations.get(s)?.score);

  // Balanced ballots over a reshuffled permutation, never the voter's own organization.
  let perm = rng.shuffle(proposals.map((_, i) => i));
  let cursor = 0;
  const ballot = (org: string | null, size: number, exclude: (j: number) => boolean = () => false): number[] => {
    const out: number[] = [];
    let guard = 0;
    while (out.length < size && guard++ < 6 * o.proposals) {
      if (cursor >= perm.length) {
        perm = rng.shuffle(perm);
        cursor = 0;
      }
      const j = perm[cursor++];
      if ((org && proposals[j].organizationIds.includes(org)) || exclude(j)) continue;
      if (!out.includes(j)) out.push(j);
    }
    return out;
  };
  const idx = (org: string) => proposals.flatMap((p, j) => (p.organizationIds.includes(org) ? [j] : []));
  const vendorIdx = idx("acme");
  const rivalIdx = idx("globex");
  const orgPool = [...new Set(owners.filter((x): x is string => x !== null))].sort();

  const voters: RankingVoter[] = [];
  const votes: RankingVote[] = [];
  const organizationOf = new Map<string, string | null>();
  const leaningVoterIds = new Set<string>();

  // Honest voters.
  for (let k = 0; k < o.honestVoters; k++) {
    const id = `hv${pad(k)}`;
    const late = rng.next() < 0.2;
    const created = late ? opens + rng.next() * 18 * DAY : opens - (20 + rng.next() * 1500) * DAY;
    const org = rng.next() < 0.35 ? rng.pick(orgPool) : null;
    voters.push({ id, accountCreatedAt: new Date(created), organizationId: org });
    organizationOf.set(id, org);
    const lean = rng.next();
    const fan = lean < o.fanShare && org !== "acme";
    const hater = !fan && lean < o.fanShare + o.haterShare && org !== "globex";
    if (fan || hater) leaningVoterIds.add(id);
    const twoValue = rng.next() < o.twoValueShare;
    const pair = rng.pick([
      [1, 2],
      [0, 3],
      [2, 3],
      [1, 3],
      [0, 2],
    ] as const);
    // Per-voter behaviour on the latent scale (quality SD 1).
    const bias = o.style === "nips" ? Math.sqrt(0.24 / 1.28) * normal(rng) : 0.7 * normal(rng);
    const noiseSd = o.style === "nips" ? Math.sqrt(1.27 / 1.28) : 0.8 * Math.exp(0.35 * normal(rng));
    const spread = Math.exp(0.3 * normal(rng));
    const shift = 0.25 * normal(rng);
    let t = Math.max(created, opens) + rng.next() * 3 * DAY;
    for (const j of ballot(org, o.ballotSize)) {
      const p = proposals[j];
      t += (1 + rng.next() * 6) * MINUTE;
      const votedAt = new Date(Math.min(closes - 1, t));
      if (rng.next() < o.skipRate) {
        votes.push({ voterId: id, proposalId: p.id, score: null, votedAt });
        continue;
      }
      let x = truth.get(p.id)! + bias + noiseSd * normal(rng);
      if (fan && p.organizationIds.includes("acme")) x += 1.2;
      if (hater && p.organizationIds.includes("globex")) x -= 1.2;
      let score: number;
      if (twoValue) score = x > shift ? pair[1] : pair[0];
      else if (o.style === "nips") {
        // 1..10 scale centred at 5.5 with quality SD sqrt(1.28), mapped linearly onto 0..3.
        const ten = 5.5 + Math.sqrt(1.28) * x;
        score = clampScore(Math.round(((ten - 1) * 3) / 9));
      } else {
        // Ordinal: the voter's own cut points around the middle of the scale.
        const cuts = [-1, 0, 1].map((c) => shift + 0.85 * c * spread);
        score = cuts.filter((c) => x > c).length;
      }
      votes.push({ voterId: id, proposalId: p.id, score, votedAt });
    }
  }

  // Campaign accounts.
  const campaignVoterIds = new Set<string>();
  for (let k = 0; o.campaign !== "none" && k < o.campaignSize; k++) {
    const id = `cx${pad(k)}`;
    campaignVoterIds.add(id);
    organizationOf.set(id, null);
    if (o.campaign === "fresh") {
      const created = opens + 6 * DAY + rng.next() * 2 * 3_600_000;
      voters.push({ id, accountCreatedAt: new Date(created), organizationId: null });
      for (const j of ballot(null, o.ballotSize)) {
        const p = proposals[j];
        const score = p.organizationIds.includes("acme") ? 3 : 0;
        votes.push({ voterId: id, proposalId: p.id, score, votedAt: new Date(created + 10 * MINUTE) });
      }
      continue;
    }
    // Stealth and sabotage: aged accounts, no organization, human pace across the whole window.
    const created = opens - (90 + rng.next() * 1200) * DAY;
    voters.push({ id, accountCreatedAt: new Date(created), organizationId: null });
    const targets = o.campaign === "stealth" ? vendorIdx : rivalIdx;
    const targetSet = new Set(targets);
    const chosen = rng.shuffle([...targets]).slice(0, o.campaignTargetsPerAccount);
    const others = ballot(null, o.ballotSize - chosen.length, (j) => targetSet.has(j));
    const items = rng.shuffle([...chosen, ...others]);
    const ownMean = 1.1 + rng.next() * 1.1;
    let t = opens + rng.next() * 14 * DAY;
    for (const j of items) {
      const p = proposals[j];
      t += (2 + rng.next() * 10) * MINUTE;
      const votedAt = new Date(Math.min(closes - 1, t));
      const score = targetSet.has(j)
        ? o.campaign === "stealth"
          ? 3
          : 0
        : clampScore(Math.round(ownMean + 0.7 * normal(rng)));
      votes.push({ voterId: id, proposalId: p.id, score, votedAt });
    }
  }

  const event = {
    scaleMin: 0,
    scaleMax: 3,
    votingOpensAt: new Date(opens),
    votingClosesAt: new Date(closes),
    feedbackWeight: 0.3,
  };
  const input: RankingInput = { event, proposals, voters, votes };
  const withoutCampaign: RankingInput = {
    event,
    proposals,
    voters: voters.filter((v) => !campaignVoterIds.has(v.id)),
    votes: votes.filter((v) => !campaignVoterIds.has(v.voterId)),
  };
  return {
    input,
    truth,
    vendorOrganizationId: "acme",
    rivalOrganizationId: "globex",
    campaignVoterIds,
    leaningVoterIds,
    withoutCampaign,
    feedback,
    speakersOf,
    organizationOf,
  };
}

/** The held-out regimes bench/fairness reports (votes per proposal from about 10 to about 100). */
export const HELDOUT_REGIMES: { label: string; options: Partial<HeldoutOptions> }[] = [
  { label: "ordinal voters, ~27 votes/proposal", options: {} },
  { label: "sparse: ~10 votes/proposal", options: { honestVoters: 222, feedbackCorrelation: 0.3 } },
  {
    label: "two-value voters (40%), ~27 votes",
    options: { twoValueShare: 0.4, feedbackCorrelation: 0.6 },
  },
  { label: "NIPS-2014 variances, ~27 votes", options: { style: "nips", feedbackCorrelation: 0.2 } },
  {
    label: "dense: ~100 votes/proposal",
    options: { proposals: 300, honestVoters: 1110, feedbackCorrelation: 0.5 },
  },
];

/** Campaigns on 400 proposals and 600 honest voters (~40 honest votes per proposal). */
export const HELDOUT_CAMPAIGNS: { label: string; options: Partial<HeldoutOptions> }[] = [
  { label: "fresh burst, 150 accounts", options: { proposals: 400, campaign: "fresh" } },
  { label: "stealth, 150 aged accounts", options: { proposals: 400, campaign: "stealth" } },
  { label: "sabotage, 150 aged accounts", options: { proposals: 400, campaign: "sabotage" } },
];
