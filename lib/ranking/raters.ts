// Per-voter rater effects beyond leniency: how strongly a voter's scores follow quality
// (discrimination, "scale") and how noisy they are (reliability). Both are estimated from the
// voter's own votes against the current fit and shrunk toward the population, so a voter with
// few votes keeps the average values. The scale is estimated without the voter's votes on the
// one organization they lean on most (when they lean clearly), so a campaign account whose other
// scores carry no information about quality gets a scale near 0, whatever it did to its target:
// "a voter whose scores elsewhere do not agree with consensus beyond their own mean carries
// little weight anyway". The t-statistic of that scale is the informationZ signal (suspicion.ts).
import type { Design, Fit } from "./fit";

export type RaterEstimates = {
  /** Discrimination a_v, normalized so the population averages 1; 0..MAX_SCALE. */
  scale: Float64Array;
  /** Precision of the voter's votes relative to the average voter, MIN..MAX_RELIABILITY. */
  reliability: Float64Array;
  /** t-statistic of the voter's agreement with consensus beyond their own mean (non-target votes). */
  informationZ: Float64Array;
};

/** Pseudo-votes behind the population noise level in the information t-statistic (campaign signal). */
const NOISE_PRIOR_VOTES = 10;
/** Bounds on the data-estimated pseudo-votes behind the population noise level in the reliability. */
const MIN_RELIABILITY_PRIOR = 5;
const MAX_RELIABILITY_PRIOR = 1e6;
const MAX_SCALE = 2;
const MIN_RELIABILITY = 1 / 3;
const MAX_RELIABILITY = 2;

/**
 * `baseWeight` is the per-vote weight before any voter weighting (0 for own-organization votes);
 * `leanOrganization[v]` is the organization index whose votes are left out of v's scale (-1 none).
 */
export function estimateRaters(
  d: Design,
  fit: Fit,
  baseWeight: Float64Array,
  proposalOrgs: number[][],
  leanOrganization: Int32Array,
  /** Per vote: variance of the score itself, e.g. a clamped score's spread inside its interval (latent.ts). */
  scoreVariance?: Float64Array,
): RaterEstimates {
  const nV = d.voterCount;
  const sqq = new Float64Array(nV);
  const sqe = new Float64Array(nV);
  const rss = new Float64Array(nV);
  const count = new Float64Array(nV);
  let pooled2 = 0;
  let pooled4 = 0;
  let pooledN = 0;
  for (let i = 0; i < d.score.length; i++) {
    if (baseWeight[i] <= 0) continue;
    const v = d.voter[i];
    const p = d.proposal[i];
    const q = fit.quality[p];
    const e = d.score[i] - fit.mean - fit.bias[v];
    const r = e - fit.scale[v] * q;
    const r2 = r * r + (scoreVariance ? scoreVariance[i] : 0);
    rss[v] += r2;
    count[v]++;
    pooled2 += r2;
    pooled4 += r2 * r2;
    pooledN++;
    const lean = leanOrganization[v];
    if (lean >= 0 && proposalOrgs[p].includes(lean)) continue;
    sqq[v] += q * q;
    sqe[v] += q * e;
  }
  const noise = fit.components.noise;
  const noiseV = new Float64Array(nV);
  const raw = new Float64Array(nV);
  const se2 = new Float64Array(nV);
  const informationZ = new Float64Array(nV);
  let sw = 0;
  let swa = 0;
  const reliabilityPrior = noisePriorVotes(rss, count, pooled2, pooled4, pooledN);
  const center = pooledN > 0 ? pooled2 / pooledN : noise;
  const reliability = new Float64Array(nV);
  for (let v = 0; v < nV; v++) {
    noiseV[v] = (NOISE_PRIOR_VOTES * noise + rss[v]) / (NOISE_PRIOR_VOTES + count[v]);
    const own = (reliabilityPrior * center + rss[v]) / (reliabilityPrior + count[v]);
    reliability[v] = Math.min(MAX_RELIABILITY, Math.max(MIN_RELIABILITY, own > 0 ? center / own : 1));
    if (sqq[v] <= 0) continue;
    raw[v] = sqe[v] / sqq[v];
    se2[v] = noiseV[v] / sqq[v];
    informationZ[v] = sqe[v] / Math.sqrt(noiseV[v] * sqq[v]);
    sw += 1 / se2[v];
    swa += raw[v] / se2[v];
  }
  // Population mean and spread of the discrimination (method of moments), then shrinkage.
  const m = sw > 0 ? swa / sw : 1;
  let spread = 0;
  let k = 0;
  for (let v = 0; v < nV; v++) {
    if (sqq[v] <= 0) continue;
    spread += (raw[v] - m) ** 2 - se2[v];
    k++;
  }
  const tau2 = Math.min(0.3 * m * m, Math.max(0.01 * m * m, k ? spread / k : 0.04 * m * m));
  const scale = new Float64Array(nV);
  for (let v = 0; v < nV; v++) {
    const post = sqq[v] > 0 ? (raw[v] / se2[v] + m / tau2) / (1 / se2[v] + 1 / tau2) : m;
    scale[v] = Math.min(MAX_SCALE, Math.max(0, m > 0 ? post / m : 1));
  }
  return { scale, reliability, informationZ };
}

/**
 * How many votes it takes before a voter's own noise level counts as much as the population's:
 * empirical Bayes by the method of moments. The per-voter mean squared residuals spread around the
 * pooled one by the true between-voter spread plus sampling noise (the pooled variance of one
 * squared residual over the voter's vote count, robust to the heavy tails of a clamped scale);
 * what is left after the sampling noise is the true spread T, and the prior weighs as
 * Var(r²) / T votes. Voters who are all equally noisy get a huge prior (every reliability 1),
 * voters who really differ a small one.
 */
function noisePriorVotes(
  rss: Float64Array,
  count: Float64Array,
  pooled2: number,
  pooled4: number,
  pooledN: number,
): number {
  if (pooledN === 0) return MAX_RELIABILITY_PRIOR;
  const m2 = pooled2 / pooledN;
  const v4 = Math.max(0, pooled4 / pooledN - m2 * m2);
  let spread = 0;
  let sampling = 0;
  let k = 0;
  for (let v = 0; v < rss.length; v++) {
    if (count[v] < 3) continue;
    spread += (rss[v] / count[v] - m2) ** 2;
    sampling += v4 / count[v];
    k++;
  }
  const between = k > 0 ? (spread - sampling) / k : 0;
  if (!(between > 0)) return MAX_RELIABILITY_PRIOR;
  return Math.min(MAX_RELIABILITY_PRIOR, Math.max(MIN_RELIABILITY_PRIOR, v4 / between));
}
