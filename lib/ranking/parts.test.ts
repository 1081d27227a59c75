import { describe, expect, it } from "vitest";
import { feedbackComponent } from "./feedback";
import { normalCdf } from "./latent";
import { kendallTau, precisionAtTop } from "./metrics";
import { burstSignals, extremeSignal, newAccountSignal } from "./suspicion";

const DAY = 86_400_000;

describe("feedbackComponent", () => {
  it("is exactly 0 for newcomers and averages only speakers with a reputation", () => {
    expect(feedbackComponent([undefined], 0.3)).toBe(0);
    expect(feedbackComponent([undefined, undefined], 0.3)).toBe(0);
    expect(feedbackComponent(undefined, 0.3)).toBe(0);
    expect(feedbackComponent([], 0.3)).toBe(0);
    expect(feedbackComponent([2, undefined], 0.5)).toBe(1); // a newcomer co-speaker neither dilutes nor adds
    expect(feedbackComponent([2, -1], 0.5)).toBe(0.25);
    expect(feedbackComponent([2], 0)).toBe(0);
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
