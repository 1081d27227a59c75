// Clamped-scale correction: each score k is read as "the voter's latent opinion fell in
// [k - 0.5, k + 0.5]", open-ended at the ends of the scale (a 3 on 0..3 means "3 or more"). EM for
// this interval-censored normal model: replace every score by its conditional mean under the
// current fit, refit, repeat. A lenient voter's 3 then says less than a harsh voter's 3, and the
// ends of the scale stop losing information. Equal-width thresholds with a per-voter shift (the
// bias) make it an ordered-probit model with per-voter offsets.
import { fitTwoWay, type Design, type Fit } from "./fit";

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

export function fitLatent(
  d: Design,
  weight: Float64Array,
  start: Fit,
  scaleMin: number,
  scaleMax: number,
  rounds = 6,
): Fit {
  let fit = start;
  const n = d.score.length;
  const latent = new Float64Array(n);
  for (let round = 0; round < rounds; round++) {
    const s = Math.sqrt(fit.components.noise);
    let extra = 0;
    let W = 0;
    for (let i = 0; i < n; i++) {
      const y = d.score[i];
      const m = fit.mean + fit.scale[d.voter[i]] * fit.quality[d.proposal[i]] + fit.bias[d.voter[i]];
      const a = y <= scaleMin ? -Infinity : (y - 0.5 - m) / s;
      const b = y >= scaleMax ? Infinity : (y + 0.5 - m) / s;
      const mass = normalCdf(b) - normalCdf(a);
      if (mass < 1e-9) {
        latent[i] = a === -Infinity ? y + 0.5 - s * 0.1 : b === Infinity ? y - 0.5 + s * 0.1 : y;
        continue;
      }
      const pa = pdf(a);
      const pb = pdf(b);
      const ratio = (pa - pb) / mass;
      latent[i] = m + s * ratio;
      // Conditional variance, so the noise estimate keeps the uncertainty inside each interval.
      const aa = Number.isFinite(a) ? a * pa : 0;
      const bb = Number.isFinite(b) ? b * pb : 0;
      extra += weight[i] * s * s * (1 + (aa - bb) / mass - ratio * ratio);
      W += weight[i];
    }
    fit = fitTwoWay({ ...d, score: latent }, weight, {
      init: fit,
      emRounds: 2,
      noiseOffset: W > 0 ? extra : 0,
      scale: fit.scale,
    });
  }
  return fit;
}
