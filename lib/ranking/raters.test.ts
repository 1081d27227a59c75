import { describe, expect, it } from "vitest";
import { createRng } from "../seed/prng";
import { fitTwoWay, type Design } from "./fit";
import { fitOrdinal } from "./latent";
import { kendallTau } from "./metrics";
import { estimateRaters } from "./raters";
import { blocSignals, type Partisanship } from "./suspicion";

const rng = createRng(42);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());

/**
 * A 0..3 world with known truth: 300 proposals, 300 voters with 30 each, lenient and harsh voters
 * (leniency SD 0.9 scale points unless given), per-voter noise SD 0.5 or 1.0 (noisyShare of them).
 */
function world(noisyShare: number, leniencySd = 0.9) {
  const P = 300;
  const V = 300;
  const quality = Array.from({ length: P }, () => normal());
  const leniency = Array.from({ length: V }, () => leniencySd * normal());
  const noisy = Array.from({ length: V }, (_, v) => v < noisyShare * V);
  const rows: { p: number; v: number; y: number }[] = [];
  for (let v = 0; v < V; v++) {
    for (let k = 0; k < 30; k++) {
      const p = (v * 30 + k * 7) % P;
      const sd = noisy[v] ? 1.0 : 0.5;
      const y = Math.max(0, Math.min(3, Math.round(1.5 + 0.6 * quality[p] + leniency[v] + sd * normal())));
      rows.push({ p, v, y });
    }
  }
  rows.sort((a, b) => a.p - b.p || a.v - b.v);
  const d: Design = {
    proposalCount: P,
    voterCount: V,
    proposal: Int32Array.from(rows, (r) => r.p),
    voter: Int32Array.from(rows, (r) => r.v),
    score: Float64Array.from(rows, (r) => r.y),
  };
  return { d, quality, leniency, noisy };
}

const correlation = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
};

const asMap = (xs: ArrayLike<number>) => new Map(Array.from(xs, (x, i) => [String(i), x]));
const noLean = (n: number) => new Int32Array(n).fill(-1);
const ones = (n: number) => new Float64Array(n).fill(1);

describe("rater effects on a clamped scale", () => {
  it("estimates reliability from the data: alike voters all near 1, truly noisier voters lower", () => {
    // Little leniency, so little clamping: the voters' residuals really are alike.
    const alike = world(0, 0.2);
    const fit = fitTwoWay(alike.d, ones(alike.d.score.length));
    const r = estimateRaters(alike.d, fit, ones(alike.d.score.length), [], noLean(300));
    const spread = Math.max(...r.reliability) - Math.min(...r.reliability);
    expect(spread).toBeLessThan(0.35); // sampling noise of 30 votes is not read as a difference

    const mixed = world(0.5);
    const fit2 = fitTwoWay(mixed.d, ones(mixed.d.score.length));
    const r2 = estimateRaters(mixed.d, fit2, ones(mixed.d.score.length), [], noLean(300));
    const mean = (pick: boolean) => {
      const xs = Array.from(r2.reliability).filter((_, v) => mixed.noisy[v] === pick);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(mean(false)).toBeGreaterThan(mean(true) + 0.3);
  });

  it("the ordinal fit recovers the voters' known leniency and ranks better than the linear fit", () => {
    const w = world(0.3);
    const n = w.d.score.length;
    const linear = fitTwoWay(w.d, ones(n));
    const rel = estimateRaters(w.d, linear, ones(n), [], noLean(300)).reliability;
    const ordinal = fitOrdinal(w.d, ones(n), linear, rel, 0, 3, (latent, f, inside) =>
      estimateRaters(latent, f, ones(n), [], noLean(300), inside),
    );
    expect(correlation(ordinal.fit.bias, w.leniency)).toBeGreaterThan(0.95);
    // On the latent scale the biases spread as wide as the leniency really does (0.9), where the
    // clamped scores alone squeeze them.
    const sd = (xs: ArrayLike<number>) => Math.sqrt(variance(xs));
    expect(sd(ordinal.fit.bias)).toBeGreaterThan(sd(linear.bias));
    const truth = asMap(w.quality);
    expect(kendallTau(asMap(ordinal.fit.quality), truth)).toBeGreaterThan(kendallTau(asMap(linear.quality), truth));
    // Noisier voters come out less reliable on the latent scale too.
    const meanRel = (pick: boolean) => {
      const xs = Array.from(ordinal.reliability).filter((_, v) => w.noisy[v] === pick);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(meanRel(false)).toBeGreaterThan(meanRel(true));
  });
});

function variance(xs: ArrayLike<number>) {
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += xs[i] / xs.length;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2 / xs.length;
  return s;
}

describe("blocSignals", () => {
  // 20 voters leaning hard on organization 0, plus voter 20: an honest fan leaning the same way.
  const n = 21;
  const p: Partisanship = {
    z: new Float64Array(n).fill(3),
    rawZ: new Float64Array(n).fill(5),
    organization: new Int32Array(n).fill(0),
  };
  const info = new Float64Array(n);

  it("counts a bloc of established accounts, and the fan inside it", () => {
    const bloc = blocSignals(p, info, ones(n));
    expect(bloc[20]).toBe(1);
  });

  it("does not count a burst of fresh accounts toward the bloc an honest fan would join", () => {
    const established = Float64Array.from({ length: n }, (_, v) => (v < 20 ? 0 : 1));
    const bloc = blocSignals(p, info, established);
    expect(bloc[20]).toBe(0);
  });
});
