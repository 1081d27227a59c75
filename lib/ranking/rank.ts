// fitRanking: the whole model, pure and deterministic. Canonical order (prepare.ts) -> account
// signals -> consensus fit that leans on established accounts -> rater effects (scale,
// reliability; raters.ts) and partisan/bloc/extreme/low-information signals -> weights -> refit,
// three times -> ordered-probit stage on the clamped scale (latent.ts) -> intervals, flags ->
// feedback prior (feedback.ts) -> pAccept and split-half reliability (confidence.ts). See
// docs/decisions/006.
import { acceptedSetSize, acceptProbabilities, splitVoters, topSet } from "./confidence";
import { estimateFeedbackPrior, foldFeedback, meanReputation } from "./feedback";
import { fitTwoWay, type Design, type Fit } from "./fit";
import { fitOrdinal } from "./latent";
import { prepareInput, type Prepared } from "./prepare";
import { estimateRaters } from "./raters";
import {
  blocSignals,
  burstSignals,
  DOWNWEIGHTED_BELOW,
  extremeSignal,
  lowInformationSignal,
  newAccountSignal,
  partisanSignals,
  suspicionOf,
} from "./suspicion";
import type { ProposalResult, RankingInput, RankingResult, VoterAssessment } from "./types";

export const RANKING_METHOD =
  "podium-eb2way/3: score = mean + scale[voter] x quality[proposal] + bias[voter] + noise, weighted " +
  "alternating ridge least squares with EM-estimated variance components and per-voter scale and " +
  "reliability (empirical-Bayes shrinkage), then read as an ordered probit on the clamped scale " +
  "(per-voter thresholds and noise, EM on latent opinions); communityScore in event quality-SD units with 95% posterior " +
  "intervals; suspicious voters down-weighted; combinedScore = posterior with past feedback as an " +
  "empirical-Bayes prior mean (beta x reputation, estimated from this event); pAccept from 1000 seeded " +
  "posterior draws";

/** Fewer scored votes than this: flagged few_votes. */
const FEW_VOTES = 5;
const Z95 = 1.959964;
/** Default accepted share of a track without slot count. */
export const DEFAULT_ACCEPTANCE_SHARE = 0.25;
const SPLIT_HALF_ROUNDS = 4;
/** A voter leaning at least this much (raw z) on one organization has those votes left out of their scale. */
const LEAN_FOR_SCALE = 2;

export type FitRankingOptions = {
  /**
   * Read scores as intervals of a latent opinion with per-voter thresholds and noise (ordered
   * probit, latent.ts). On by default; off = the linear model alone (for comparisons).
   */
  ordinal?: boolean;
  /** Skip the split-half reliability (4 x 2 extra fits); reported as NaN. */
  skipReliability?: boolean;
};

export function fitRanking(input: RankingInput, options: FitRankingOptions = {}): RankingResult {
  const prep = prepareInput(input);
  const { design: d, proposals, voters } = prep;
  const { scaleMin, scaleMax } = input.event;
  const n = d.score.length;
  const nV = voters.length;

  // Account signals.
  const opens = input.event.votingOpensAt?.getTime() ?? firstVote(input);
  const created = voters.map((v) => v.accountCreatedAt.getTime());
  const newAccount = created.map((t) => newAccountSignal(t, opens));
  const order = created.map((_, i) => i).sort((a, b) => created[a] - created[b] || a - b);
  const burstSorted = burstSignals(order.map((i) => created[i]));
  const burst = new Array<number>(nV).fill(0);
  order.forEach((i, k) => (burst[i] = burstSorted[k]));
  const established = newAccount.map((x, k) => 1 - Math.max(x, burst[k]));

  // Voting-pattern signal that needs no fit.
  const scoredVotes = new Int32Array(nV);
  for (let i = 0; i < n; i++) if (prep.conflictWeight[i] > 0) scoredVotes[d.voter[i]]++;
  const extreme = extremeSignals(d, prep, scaleMin, scaleMax);

  let reliability: Float64Array = new Float64Array(nV).fill(1);
  let scale: Float64Array = new Float64Array(nV).fill(1);
  const voteWeights = (voterWeight: ArrayLike<number>) => {
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = d.voter[i];
      w[i] = prep.conflictWeight[i] * voterWeight[v] * reliability[v];
    }
    return w;
  };

  // Consensus of established voters first: new accounts and bursts count little here.
  let voterWeight = Float64Array.from(voters, (_, k) => Math.exp(-1.5 * newAccount[k] - 1.5 * burst[k] - extreme[k]));
  let fit: Fit = fitTwoWay(d, voteWeights(voterWeight));
  let assessments: VoterAssessment[] = [];
  let lean = new Int32Array(nV).fill(-1);
  const orgIds = [...new Set(proposals.flatMap((p) => p.organizationIds))].sort();
  for (let round = 0; round < 3; round++) {
    const partisan = partisanSignals(d, fit, prep.proposalOrgs, prep.orgCount, {
      index: prep.byVoter,
      offset: prep.voterOffset,
    });
    lean = Int32Array.from(partisan.organization, (o, v) => (Math.abs(partisan.rawZ[v]) >= LEAN_FOR_SCALE ? o : -1));
    const raters = estimateRaters(d, fit, prep.conflictWeight, prep.proposalOrgs, lean);
    const lowInformation = Float64Array.from(raters.informationZ, (z, v) => lowInformationSignal(z, scoredVotes[v]));
    const bloc = blocSignals(partisan, lowInformation, established);
    assessments = voters.map((v, k) => {
      const signals = {
        newAccount: newAccount[k],
        burst: burst[k],
        extreme: extreme[k],
        partisanZ: partisan.z[k],
        leanZ: partisan.rawZ[k],
        partisanOrganizationId: partisan.organization[k] >= 0 ? orgIds[partisan.organization[k]] : null,
        bloc: bloc[k],
        lowInformation: lowInformation[k],
      };
      const suspicion = suspicionOf(signals);
      return { id: v.id, weight: Math.exp(-suspicion), suspicion, signals, scoredVotes: scoredVotes[k] };
    });
    voterWeight = Float64Array.from(assessments, (a) => a.weight);
    scale = raters.scale;
    reliability = raters.reliability;
    fit = fitTwoWay(d, voteWeights(voterWeight), { init: fit, scale, emRounds: round === 2 ? 6 : 3 });
  }

  // The plain two-way model (no down-weighting, no rater scale or reliability), same components:
  // how far did campaign resistance move each proposal?
  const plain = fitTwoWay(d, prep.conflictWeight, { components: fit.components, init: fit, tolerance: 1e-3 });
  const linear = fit;
  const campaignLift = (j: number) => (plain.quality[j] - linear.quality[j]) / Math.sqrt(linear.components.quality);

  // The clamped ordinal scale: per-voter thresholds (bias, scale) and noise on latent opinions.
  let design = d;
  if (options.ordinal ?? true) {
    const baseWeight = Float64Array.from(prep.conflictWeight, (c, i) => c * voterWeight[d.voter[i]]);
    const ordinal = fitOrdinal(d, baseWeight, fit, reliability, scaleMin, scaleMax, (latent, f, inside) =>
      estimateRaters(latent, f, prep.conflictWeight, prep.proposalOrgs, lean, inside),
    );
    fit = ordinal.fit;
    scale = ordinal.scale;
    reliability = ordinal.reliability;
    design = ordinal.latent;
  }
  const finalWeights = voteWeights(voterWeight);
  const tau2 = fit.components.quality;
  const sdQ = Math.sqrt(tau2);
  const downweighted = assessments.map((a) => a.weight < DOWNWEIGHTED_BELOW);

  // Past feedback: an empirical-Bayes prior estimated from this event's returning speakers.
  const reputation = proposals.map((p) => meanReputation(p.speakerReputations));
  const prior = estimateFeedbackPrior(fit.quality, fit.qualityVariance, reputation, tau2);
  const dial = input.event.feedbackWeight;
  const combine = (f: Fit) => {
    const mean = new Float64Array(proposals.length);
    const variance = new Float64Array(proposals.length);
    for (let j = 0; j < proposals.length; j++) {
      const c = foldFeedback(f.quality[j], f.qualityVariance[j], reputation[j], prior, tau2, dial);
      mean[j] = c.mean;
      variance[j] = c.variance;
    }
    return { mean, variance };
  };
  const combined = combine(fit);

  // Accepted sets per track, pAccept and split-half agreement on the combined posterior.
  const groups = trackGroups(input, proposals);
  const pAccept = acceptProbabilities(combined.mean, combined.variance, groups);
  const splitHalf = options.skipReliability
    ? NaN
    : splitHalfAgreement(design, finalWeights, fit, groups, (f) => combine(f).mean);

  const results = proposalResults(input, prep, fit, assessments, downweighted, campaignLift, combined, pAccept);
  return {
    method: RANKING_METHOD,
    proposals: results,
    voters: {
      total: prep.activeVoters,
      downweighted: downweighted.filter((x, k) => x && scoredVotes[k] > 0).length,
      assessments,
    },
    reliability: { splitHalfTopAgreement: splitHalf },
    diagnostics: {
      mean: fit.mean,
      residualSd: Math.sqrt(fit.components.noise),
      qualitySd: sdQ,
      biasSd: Math.sqrt(fit.components.bias),
      iterations: fit.iterations,
      feedbackBeta: (Math.min(1, Math.max(0, dial)) * prior.beta) / sdQ,
      feedbackReturning: prior.returning,
    },
  };
}

function extremeSignals(d: Design, prep: Prepared, scaleMin: number, scaleMax: number): number[] {
  const perVoter: number[][] = Array.from({ length: d.voterCount }, () => []);
  for (let i = 0; i < d.score.length; i++) if (prep.conflictWeight[i] > 0) perVoter[d.voter[i]].push(d.score[i]);
  return perVoter.map((s) => extremeSignal(s, scaleMin, scaleMax));
}

function trackGroups(input: RankingInput, proposals: Prepared["proposals"]): { members: number[]; k: number }[] {
  const byTrack = new Map<string, number[]>();
  proposals.forEach((p, j) => byTrack.set(p.trackId, [...(byTrack.get(p.trackId) ?? []), j]));
  const share = input.event.acceptanceShare ?? DEFAULT_ACCEPTANCE_SHARE;
  // Tracks in the order their first proposal appears (the caller's stable order), not by id:
  // ids change when an event is restored elsewhere, and the seeded simulation runs group by group.
  return [...byTrack.keys()].map((t) => ({
    members: byTrack.get(t)!,
    k: acceptedSetSize(byTrack.get(t)!.length, input.trackSlots?.[t], share),
  }));
}

/**
 * Mean overlap of the accepted sets ranked from two random halves of the voters (seeded splits,
 * same weights, scales and variance components as the full fit).
 */
function splitHalfAgreement(
  d: Design,
  weights: Float64Array,
  fit: Fit,
  groups: { members: number[]; k: number }[],
  score: (f: Fit) => Float64Array,
): number {
  const total = groups.reduce((s, g) => s + g.k, 0);
  if (total === 0) return 1;
  let agree = 0;
  for (let round = 0; round < SPLIT_HALF_ROUNDS; round++) {
    const half = splitVoters(d.voterCount, 7_000 + round);
    const scores = [0, 1].map((h) => {
      const w = Float64Array.from(weights, (x, i) => (half[d.voter[i]] === h ? x : 0));
      return score(fitTwoWay(d, w, { components: fit.components, init: fit, scale: fit.scale, tolerance: 1e-3 }));
    });
    for (const g of groups) {
      const a = topSet(scores[0], g.members, g.k);
      for (const j of topSet(scores[1], g.members, g.k)) if (a.has(j)) agree++;
    }
  }
  return agree / (total * SPLIT_HALF_ROUNDS);
}

function proposalResults(
  input: RankingInput,
  prep: Prepared,
  fit: Fit,
  assessments: VoterAssessment[],
  downweighted: boolean[],
  campaignLift: (j: number) => number,
  combined: { mean: Float64Array; variance: Float64Array },
  pAccept: Float64Array,
): ProposalResult[] {
  const { design: d, proposals, voters } = prep;
  const { scaleMin, scaleMax } = input.event;
  const sdQ = Math.sqrt(fit.components.quality);
  const orgIndex = new Map([...new Set(proposals.flatMap((p) => p.organizationIds))].sort().map((o, i) => [o, i]));
  const leanOrg = assessments.map((a) =>
    a.signals.partisanOrganizationId === null ? -1 : orgIndex.get(a.signals.partisanOrganizationId)!,
  );
  const P = proposals.length;
  const votes = new Int32Array(P);
  const fresh = new Int32Array(P);
  const freshSum = new Float64Array(P);
  const allSum = new Float64Array(P);
  const suspectVotes = new Int32Array(P);
  const saboteurVotes = new Int32Array(P);
  for (let i = 0; i < d.score.length; i++) {
    const p = d.proposal[i];
    const v = d.voter[i];
    if (prep.conflictWeight[i] === 0) continue;
    votes[p]++;
    allSum[p] += d.score[i];
    if (assessments[v].signals.newAccount >= 0.5) {
      fresh[p]++;
      freshSum[p] += d.score[i];
    }
    if (!downweighted[v]) continue;
    const against = assessments[v].signals.leanZ < 0 && prep.proposalOrgs[p].includes(leanOrg[v]);
    if (against) saboteurVotes[p]++;
    else suspectVotes[p]++;
  }
  void voters;
  const range = scaleMax - scaleMin || 1;
  return proposals.map((prop, j) => {
    const score = fit.quality[j] / sdQ;
    const half = (Z95 * Math.sqrt(fit.qualityVariance[j])) / sdQ;
    const flags: string[] = [];
    if (votes[j] === 0) flags.push("no_votes");
    else if (votes[j] < FEW_VOTES) flags.push(`few_votes:${votes[j]}`);
    if (fresh[j] >= 3) {
      const established = votes[j] - fresh[j];
      const lift = established > 0 ? allSum[j] / votes[j] - (allSum[j] - freshSum[j]) / established : range;
      if (lift >= 0.1 * range) flags.push(`relies_on_new_accounts:${fresh[j]}`);
    }
    const lift = campaignLift(j);
    if (suspectVotes[j] > 0 && lift >= 0.25) flags.push(`campaign_suspected:${suspectVotes[j]}`);
    if (saboteurVotes[j] >= 3 && lift <= -0.25) flags.push(`sabotage_suspected:${saboteurVotes[j]}`);
    if (prep.ownOrgVotes[j] > 0) flags.push(`own_org_votes_ignored:${prep.ownOrgVotes[j]}`);
    // Newcomers: combined.mean is the vote-only posterior itself, so the component is exactly 0.
    const feedback = combined.mean[j] === fit.quality[j] ? 0 : (combined.mean[j] - fit.quality[j]) / sdQ;
    return {
      id: prop.id,
      trackId: prop.trackId,
      communityScore: score,
      ciLow: score - half,
      ciHigh: score + half,
      votes: votes[j],
      skips: prep.skips[j],
      feedbackComponent: feedback,
      combinedScore: score + feedback,
      pAccept: pAccept[j],
      flags,
    };
  });
}

function firstVote(input: RankingInput): number | null {
  let first: number | null = null;
  for (const v of input.votes) {
    const t = v.votedAt.getTime();
    if (first === null || t < first) first = t;
  }
  return first;
}

/** Orders results by combined score (then community score, then id) and numbers them 1..n. */
export function orderByCombined<T extends { id: string; combinedScore: number; communityScore: number }>(
  rows: T[],
): (T & { rank: number })[] {
  return [...rows]
    .sort(
      (a, b) =>
        b.combinedScore - a.combinedScore ||
        b.communityScore - a.communityScore ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((r, i) => ({ ...r, rank: i + 1 }));
}
