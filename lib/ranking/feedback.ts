// Past feedback as an empirical-Bayes prior for quality. See docs/decisions/006 and 007.
//
// The vote-only fit gives each proposal a posterior N(c, v) under the population prior N(0, tau2).
// For a proposal whose speakers have a reputation r (the mean of the speakers *who have one*), the
// prior becomes N(beta r, tau2_r): beta and tau2_r are estimated from this event's own data, from
// how well returning speakers' reputations predict their proposals' vote-only scores. Combining
// that prior with the votes' likelihood moves a proposal with few votes toward its speakers'
// record and leaves one with many votes where the votes put it, and the shift is only as large as
// the data supports. Newcomers keep the population prior: their result is exactly the vote-only
// result. The organizer's feedbackWeight (0..1) scales how far the prior moves from the
// population prior toward the estimated one: 0 = off, 1 = as far as the data supports.

export type FeedbackPrior = {
  /** Quality (fit units) per reputation SD, posterior under the hyperprior; >= 0. */
  beta: number;
  /** Prior variance of quality around beta r for returning speakers (fit units). */
  residualVariance: number;
  /** Proposals with a reputation that entered the estimate. */
  returning: number;
};

/** Mean reputation of the speakers who have one; undefined when none has (newcomers only). */
export function meanReputation(speakerReputations: readonly (number | undefined)[] | undefined): number | undefined {
  if (!speakerReputations) return undefined;
  let sum = 0;
  let known = 0;
  for (const r of speakerReputations) {
    if (r === undefined || !Number.isFinite(r)) continue;
    sum += r;
    known++;
  }
  return known === 0 ? undefined : sum / known;
}

/** Likelihood precision and mean of the votes alone, from a posterior under the prior N(0, tau2). */
function dataOnly(mean: number, variance: number, tau2: number): { precision: number; estimate: number } {
  const precision = Math.max(0, 1 / variance - 1 / tau2);
  return { precision, estimate: precision > 0 ? mean / (variance * precision) : 0 };
}

/**
 * Hyperprior on beta, in quality SDs per reputation SD: before this event's data says anything,
 * a speaker one SD above average is expected to submit a proposal about 0.25 quality SD better
 * (feedback correlating about 0.2..0.6 with quality), give or take 0.15. With a few returning
 * speakers the estimate stays near it; with hundreds the event's own data decides.
 */
export const BETA_PRIOR_MEAN = 0.25;
export const BETA_PRIOR_SD = 0.15;

/**
 * Estimates beta (ridge toward the hyperprior, weighted least squares on the vote-only
 * estimates) and the residual prior variance (method of moments, iterated; from the explained
 * share when fewer than 5 returning proposals make moments meaningless).
 */
export function estimateFeedbackPrior(
  mean: ArrayLike<number>,
  variance: ArrayLike<number>,
  reputation: readonly (number | undefined)[],
  tau2: number,
): FeedbackPrior {
  const rows: { r: number; d: number; s2: number }[] = [];
  for (let j = 0; j < reputation.length; j++) {
    const r = reputation[j];
    if (r === undefined) continue;
    const { precision, estimate } = dataOnly(mean[j], variance[j], tau2);
    if (precision > 0) rows.push({ r, d: estimate, s2: 1 / precision });
  }
  if (rows.length === 0 || !(tau2 > 0)) return { beta: 0, residualVariance: tau2, returning: rows.length };
  const sd = Math.sqrt(tau2);
  const beta0 = BETA_PRIOR_MEAN * sd;
  const priorPrecision = 1 / (BETA_PRIOR_SD * sd) ** 2;
  let rr = 0;
  for (const x of rows) rr += x.r * x.r;
  const explainedResidual = (b: number) => Math.max(0.5 * tau2, tau2 - b * b * (rr / rows.length));
  let resid = explainedResidual(beta0);
  let beta = beta0;
  for (let iter = 0; iter < 50; iter++) {
    let swrr = 0;
    let swrd = 0;
    for (const x of rows) {
      const w = 1 / (resid + x.s2);
      swrr += w * x.r * x.r;
      swrd += w * x.r * x.d;
    }
    beta = Math.max(0, (swrd + beta0 * priorPrecision) / (swrr + priorPrecision));
    let next = explainedResidual(beta);
    if (rows.length >= 5) {
      let num = 0;
      let den = 0;
      for (const x of rows) {
        const w = 1 / (resid + x.s2);
        num += w * w * ((x.d - beta * x.r) ** 2 - x.s2);
        den += w * w;
      }
      next = Math.min(tau2, Math.max(0.02 * tau2, num / den));
    }
    if (Math.abs(next - resid) < 1e-9 * tau2) break;
    resid = next;
  }
  return { beta, residualVariance: beta === 0 ? tau2 : resid, returning: rows.length };
}

/**
 * Posterior of one proposal with the feedback prior (dial 0..1). Returns the vote-only posterior
 * unchanged for a proposal without reputation, or when the dial or beta is 0.
 */
export function foldFeedback(
  mean: number,
  variance: number,
  reputation: number | undefined,
  prior: FeedbackPrior,
  tau2: number,
  dial: number,
): { mean: number; variance: number } {
  const phi = Math.min(1, Math.max(0, dial));
  if (reputation === undefined || phi === 0 || prior.beta === 0) return { mean, variance };
  const { precision, estimate } = dataOnly(mean, variance, tau2);
  const priorMean = phi * prior.beta * reputation;
  const priorVariance = tau2 - phi * (tau2 - prior.residualVariance);
  const post = precision + 1 / priorVariance;
  return { mean: (precision * estimate + priorMean / priorVariance) / post, variance: 1 / post };
}
