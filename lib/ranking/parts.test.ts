import { describe, expect, it } from "vitest";
import { createRng } from "../seed/prng";
import { estimateFeedbackPrior, foldFeedback, meanReputation } from "./feedback";
import { normalCdf } from "./latent";
import { kendallTau, precisionAtTop } from "./metrics";
import { burstSignals, extremeSignal, newAccountSignal } from "./suspicion";

const DAY = 86_400_000;

describe("meanReputation", () => {
  it("averages only speakers with a reputation; newcomers only -> undefined", () => {
    expect(meanReputation([undefined])).toBeUndefined();
    expect(meanReputation([undefined, undefined])).toBeUndefined();
    expect(meanReputation(undefined)).toBeUndefined();
    expect(meanReputation([])).toBeUndefined();
    expect(meanReputation([2, undefined])).toBe(2); // a newcomer co-speaker neither dilutes nor adds
    expect(meanReputation([2, -1])).toBe(0.5);
  });
});

describe("feedback prior", () => {
  // Data: 200 proposals whose vote-only posteriors follow quality = 0.5 x reputation + noise.
  const tau2 = 1;
  const rng = createRng(3);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const reps = Array.from({ length: 200 }, () => normal());
  const votePrecision = reps.map((_, j) => (j % 2 ? 2 : 40)); // few-vote and many-vote proposals
  const mean: number[] = [];
  const variance: number[] = [];
  reps.forEach((r, j) => {
    const q = 0.5 * r + Math.sqrt(0.75) * normal();
    const d = q + normal() / Math.sqrt(votePrecision[j]);
    const post = votePrecision[j] + 1 / tau2;
    mean.push((votePrecision[j] * d) / post);
    variance.push(1 / post);
  });

  it("estimates beta from the event's own data and moves few-vote proposals more than many-vote ones", () => {
    const prior = estimateFeedbackPrior(mean, variance, reps, tau2);
    expect(prior.beta).toBeGreaterThan(0.3);
    expect(prior.beta).toBeLessThan(0.7);
    expect(prior.residualVariance).toBeLessThan(tau2);
    const shift = (j: number) => foldFeedback(mean[j], variance[j], 2, prior, tau2, 1).mean - mean[j];
    expect(shift(1)).toBeGreaterThan(5 * shift(0)); // index 1: few votes; index 0: many
  });

  it("leaves newcomers exactly as the votes put them, and is off at dial 0", () => {
    const prior = estimateFeedbackPrior(mean, variance, reps, tau2);
    expect(foldFeedback(mean[1], variance[1], undefined, prior, tau2, 1)).toEqual({
      mean: mean[1],
      variance: variance[1],
    });
    expect(foldFeedback(mean[1], variance[1], 2, prior, tau2, 0)).toEqual({ mean: mean[1], variance: variance[1] });
  });

  it("fades to nothing when reputations do not predict the scores", () => {
    const unrelated = reps.map(() => normal());
    expect(estimateFeedbackPrior(mean, variance, unrelated, tau2).beta).toBeLessThan(0.1);
  });
});

describe("suspicion signals", () => {
  it("counts accounts created once voting opened as new, ramping over the week before", () => {
    const opens = Date.UTC(2027, 2, 1);
    expect(newAccountSignal(opens + DAY, opens)).toBe(1);
    expect(newAccountSignal(opens - 3.5 * DAY, opens)).toBeCloseTo(0.5);
    expect(newAccountSignal(opens - 30 * DAY, opens)).toBe(0);
    expect(newAccountSignal(opens, null)).toBe(0);
  });

  it("finds a creation burst against a steady background", () => {
    const start = Date.UTC(2027, 0, 1);
    const steady = Array.from({ length: 200 }, (_, i) => start + i * 3_600_000); // one per hour
    const burst = Array.from({ length: 40 }, (_, i) => start + 100 * 3_600_000 + i * 60_000); // 40 in 40 minutes
    const all = [...steady, ...burst].sort((a, b) => a - b);
    const signals = burstSignals(all);
    const inBurst = all.map((t, i) => (burst.includes(t) ? signals[i] : null)).filter((x): x is number => x !== null);
    expect(Math.min(...inBurst)).toBeGreaterThan(0.5);
    expect(signals[0]).toBe(0);
    expect(signals[all.length - 1]).toBe(0);
  });

  it("marks all-or-nothing scoring as extreme, not a merely lenient voter", () => {
    expect(extremeSignal([3, 0, 0, 3, 0, 0], 0, 3)).toBeCloseTo(1, 12);
    expect(extremeSignal([3, 3, 3, 3, 3], 0, 3)).toBeCloseTo(0.5, 12);
    expect(extremeSignal([2, 3, 2, 3, 2], 0, 3)).toBe(0);
    expect(extremeSignal([3, 0], 0, 3)).toBe(0);
  });
});

describe("metrics", () => {
  it("computes Kendall tau and top precision", () => {
    const truth = new Map([
      ["a", 4],
      ["b", 3],
      ["c", 2],
      ["d", 1],
    ]);
    expect(kendallTau(truth, truth)).toBe(1);
    expect(
      kendallTau(
        new Map([
          ["a", 1],
          ["b", 2],
          ["c", 3],
          ["d", 4],
        ]),
        truth,
      ),
    ).toBe(-1);
    expect(
      precisionAtTop(
        new Map([
          ["a", 1],
          ["b", 4],
          ["c", 3],
          ["d", 2],
        ]),
        truth,
        0.5,
      ),
    ).toBe(0.5);
  });
});

describe("normalCdf", () => {
  it("matches the standard normal CDF", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});
