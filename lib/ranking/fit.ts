// Two-way ridge model: score = mu + quality[proposal] + bias[voter] + noise, fitted by weighted
// alternating least squares. The ridge penalties are the ratios noise variance / effect variance,
// re-estimated by EM, so the fit is the empirical-Bayes posterior mean of both random effects:
// a proposal with few (or only down-weighted) votes is shrunk toward the mean, and a voter's
// leniency is estimated from all of their votes before it is subtracted from any one of them.
// See docs/decisions/006-ranking-model.md.

/** Scored votes in a fixed order (by proposal index, then voter index). */
export type Design = {
  proposalCount: number;
  voterCount: number;
  proposal: Int32Array;
  voter: Int32Array;
  score: Float64Array;
};

export type VarianceComponents = { noise: number; quality: number; bias: number };

export type Fit = {
  mean: number;
  /** Per-voter discrimination used in the fit (score = mean + scale[voter] x quality + bias + noise). */
  scale: Float64Array;
  quality: Float64Array;
  bias: Float64Array;
  /** Posterior variance of each quality estimate (own votes + uncertainty of the voters' biases). */
  qualityVariance: Float64Array;
  /** Information per proposal: sum of vote weight x scale^2. */
  proposalWeight: Float64Array;
  components: VarianceComponents;
  iterations: number;
};

export type FitOptions = {
  /** Keep these variance components fixed instead of estimating them (no EM). */
  components?: VarianceComponents;
  /** Warm start. */
  init?: { mean: number; quality: Float64Array; bias: Float64Array; components: VarianceComponents };
  emRounds?: number;
  /** Added to the weighted residual sum of squares in the noise update (latent.ts: the variance inside each score's interval). */
  noiseOffset?: number;
  tolerance?: number;
  maxSweeps?: number;
  /**
   * Per-voter discrimination a_v: how strongly the voter's scores follow quality (1 = as the
   * average voter, 0 = not at all). Default 1 for everyone (the plain two-way model).
   */
  scale?: Float64Array;
};

export function fitTwoWay(d: Design, weight: Float64Array, opts: FitOptions = {}): Fit {
  const { proposalCount: nP, voterCount: nV, proposal: p, voter: v, score: y } = d;
  const n = y.length;
  const tol = opts.tolerance ?? 1e-5;
  const maxSweeps = opts.maxSweeps ?? 500;

  const a = opts.scale ?? new Float64Array(nV).fill(1);
  // Wp: information about each proposal's quality (sum of w a^2); Wv: weight behind each bias.
  const Wp = new Float64Array(nP);
  const Wv = new Float64Array(nV);
  const wa = new Float64Array(n);
  let W = 0;
  let sy = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const w = weight[i];
    const av = a[v[i]];
    wa[i] = w * av;
    Wp[p[i]] += w * av * av;
    Wv[v[i]] += w;
    W += w;
    sy += w * y[i];
    if (w > 0) used++;
  }
  let mu = W > 0 ? sy / W : 0;
  let vy = 0;
  for (let i = 0; i < n; i++) vy += weight[i] * (y[i] - mu) ** 2;
  vy = W > 0 && vy > 0 ? vy / W : 1;
  const floor = 1e-4 * vy;

  const q = opts.init ? Float64Array.from(opts.init.quality) : new Float64Array(nP);
  const b = opts.init ? Float64Array.from(opts.init.bias) : new Float64Array(nV);
  if (opts.init) mu = opts.init.mean;
  let comp: VarianceComponents = opts.components ??
    opts.init?.components ?? { noise: 0.6 * vy, quality: 0.2 * vy, bias: 0.2 * vy };
  const rounds = opts.components ? 1 : (opts.emRounds ?? (opts.init ? 6 : 12));
  const sp = new Float64Array(nP);
  const sv = new Float64Array(nV);
  let iterations = 0;

  let settled = false;
  for (let round = 0; round < rounds; round++) {
    // Intermediate EM rounds need only a rough solve; the last one (fixed or settled components) a tight one.
    const last = round === rounds - 1 || settled || opts.components !== undefined;
    const roundTol = last ? tol : Math.max(tol, 1e-3);
    const lq = comp.noise / comp.quality;
    const lb = comp.noise / comp.bias;
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      iterations++;
      let change = 0;
      sp.fill(0);
      for (let i = 0; i < n; i++) sp[p[i]] += wa[i] * (y[i] - mu - b[v[i]]);
      for (let j = 0; j < nP; j++) {
        const next = sp[j] / (Wp[j] + lq);
        change = Math.max(change, Math.abs(next - q[j]));
        q[j] = next;
      }
      sv.fill(0);
      for (let i = 0; i < n; i++) sv[v[i]] += weight[i] * (y[i] - mu - a[v[i]] * q[p[i]]);
      // The mean's update needs no extra pass: sum w (y - a q - b_new) = sum_k (sv_k + Wv_k (mu - b_k)).
      let shift = 0;
      for (let k = 0; k < nV; k++) {
        const next = sv[k] / (Wv[k] + lb);
        change = Math.max(change, Math.abs(next - b[k]));
        b[k] = next;
        shift += sv[k] - Wv[k] * next;
      }
      if (W > 0) {
        const next = mu + shift / W;
        change = Math.max(change, Math.abs(next - mu));
        mu = next;
      }
      if (change < roundTol) break;
    }
    if (last) break;

    // EM step for the variance components (E-step variances use the current components).
    let rss = 0;
    for (let i = 0; i < n; i++) rss += weight[i] * (y[i] - mu - a[v[i]] * q[p[i]] - b[v[i]]) ** 2;
    let df = 1;
    let sq = 0;
    let cq = 0;
    for (let j = 0; j < nP; j++) {
      if (Wp[j] <= 0) continue;
      df += Wp[j] / (Wp[j] + lq);
      sq += q[j] * q[j] + comp.noise / (Wp[j] + lq);
      cq++;
    }
    let sb = 0;
    let cb = 0;
    for (let k = 0; k < nV; k++) {
      if (Wv[k] <= 0) continue;
      df += Wv[k] / (Wv[k] + lb);
      sb += b[k] * b[k] + comp.noise / (Wv[k] + lb);
      cb++;
    }
    const next = {
      noise: Math.max(floor, (rss + (opts.noiseOffset ?? 0)) / Math.max(1, used - df)),
      quality: Math.max(floor, cq ? sq / cq : comp.quality),
      bias: Math.max(floor, cb ? sb / cb : comp.bias),
    };
    const rel = (a: number, b: number) => Math.abs(a - b) / b;
    settled =
      rel(next.noise, comp.noise) < 2e-3 && rel(next.quality, comp.quality) < 2e-3 && rel(next.bias, comp.bias) < 2e-3;
    comp = next;
  }

  const lq = comp.noise / comp.quality;
  const lb = comp.noise / comp.bias;
  const qualityVariance = new Float64Array(nP);
  for (let j = 0; j < nP; j++) qualityVariance[j] = comp.noise / (Wp[j] + lq);
  for (let i = 0; i < n; i++) {
    const j = p[i];
    const share = (weight[i] * a[v[i]]) / (Wp[j] + lq);
    qualityVariance[j] += share * share * (comp.noise / (Wv[v[i]] + lb));
  }
  return { mean: mu, scale: a, quality: q, bias: b, qualityVariance, proposalWeight: Wp, components: comp, iterations };
}

/** Residual of every scored vote under a fit. */
export function residuals(d: Design, fit: Fit): Float64Array {
  const r = new Float64Array(d.score.length);
  for (let i = 0; i < r.length; i++) {
    const v = d.voter[i];
    r[i] = d.score[i] - fit.mean - fit.scale[v] * fit.quality[d.proposal[i]] - fit.bias[v];
  }
  return r;
}
