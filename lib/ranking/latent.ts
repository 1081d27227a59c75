// Clamped ordinal scale: each score k is read as "the voter's latent opinion fell in
// [k - 0.5, k + 0.5]", open-ended at the ends of the scale (a 3 on 0..3 means "3 or more"). With
// the per-voter bias (a shift of the voter's thresholds), scale (their stretch) and noise level,
// that is an ordered-probit model with per-voter thresholds. EM for it: replace every score by its
// conditional mean under the current fit and the voter's own noise level, re-estimate the voter's
// scale and reliability from those latent values (with the variance left inside each interval, so
// a lenient voter piled at the top is not mistaken for a precise one), refit, repeat. A lenient
// voter's 3 then says less than a harsh voter's 3, and the ends of the scale stop losing
// information. See docs/decisions/006.
import { fitTwoWay, type Design, type Fit } from "./fit";
import type { RaterEstimates } from "./raters";

const INV_SQRT2PI = 0.3989422804014327;

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

const pdf = (x: number) => (Number.isFinite(x) ? INV_SQRT2PI * Math.exp(-0.5 * x * x) : 0);

export type OrdinalFit = { fit: Fit; scale: Float64Array; reliability: Float64Array; latent: Design };

/**
 * `baseWeight`: per-vote weight without the reliability (conflicts x campaign down-weighting);
 * `raters` re-estimates scale and reliability from latent scores and their in-interval variance.
 */
export function fitOrdinal(
  d: Design,
  baseWeight: Float64Array,
  start: Fit,
  startReliability: Float64Array,
  scaleMin: number,
  scaleMax: number,
  raters: (latent: Design, fit: Fit, scoreVariance: Float64Array) => RaterEstimates,
  rounds = 5,
): OrdinalFit {
  let fit = start;
  let reliability = startReliability;
  let scale = start.scale;
  const n = d.score.length;
  const latent = new Float64Array(n);
  const inside = new Float64Array(n);
  const weight = new Float64Array(n);
  const design: Design = { ...d, score: latent };
  for (let round = 0; round < rounds; round++) {
    const noise = fit.components.noise;
    for (let i = 0; i < n; i++) {
      const v = d.voter[i];
      const s = Math.sqrt(noise / reliability[v]);
      const y = d.score[i];
      const m = fit.mean + fit.scale[v] * fit.quality[d.proposal[i]] + fit.bias[v];
      const a = y <= scaleMin ? -Infinity : (y - 0.5 - m) / s;
      const b = y >= scaleMax ? Infinity : (y + 0.5 - m) / s;
      const mass = normalCdf(b) - normalCdf(a);
      if (mass < 1e-9) {
        // Far outside the voter's usual range: keep the score, or just inside an open end.
        latent[i] = a === -Infinity ? y + 0.5 - s * 0.1 : b === Infinity ? y - 0.5 + s * 0.1 : y;
        inside[i] = 0;
        continue;
      }
      const pa = pdf(a);
      const pb = pdf(b);
      const ratio = (pa - pb) / mass;
      latent[i] = m + s * ratio;
      const aa = Number.isFinite(a) ? a * pa : 0;
      const bb = Number.isFinite(b) ? b * pb : 0;
      inside[i] = Math.max(0, s * s * (1 + (aa - bb) / mass - ratio * ratio));
    }
    const r = raters(design, fit, inside);
    scale = r.scale;
    reliability = r.reliability;
    let extra = 0;
    for (let i = 0; i < n; i++) {
      weight[i] = baseWeight[i] * reliability[d.voter[i]];
      extra += weight[i] * inside[i];
    }
    fit = fitTwoWay(design, weight, { init: fit, emRounds: 2, noiseOffset: extra, scale });
  }
  return { fit, scale, reliability, latent: { ...d, score: Float64Array.from(latent) } };
}
