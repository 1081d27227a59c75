import { describe, expect, it } from "vitest";
import {
  computeReputations,
  fitReputations,
  MAX_PRIOR_RATINGS,
  MIN_PRIOR_RATINGS,
  normalizeRating,
  recencyWeight,
  reputationScore,
  type FeedbackRecord,
} from "./reputation";

const now = new Date("2027-06-01T00:00:00Z");
const held = new Date("2027-05-01T00:00:00Z");

/** A deterministic population of 30 ordinary speakers, 80..200 ratings each, averages 3.4..4.6 on 1..5. */
function population(): FeedbackRecord[] {
  return Array.from({ length: 30 }, (_, i) => ({
    speakerId: `pop-${String(i).padStart(2, "0")}`,
    normalizedAverage: normalizeRating(3.4 + ((i * 7) % 13) * 0.1, 5),
    ratingCount: 80 + ((i * 37) % 120),
    heldAt: held,
  }));
}

const top = (speakerId: string, ratingCount: number): FeedbackRecord => ({
  speakerId,
  normalizedAverage: 1,
  ratingCount,
  heldAt: held,
});

describe("normalizeRating", () => {
  it("maps 1..scaleMax onto 0..1", () => {
    expect(normalizeRating(1, 5)).toBe(0);
    expect(normalizeRating(5, 5)).toBe(1);
    expect(normalizeRating(3, 5)).toBe(0.5);
    expect(normalizeRating(10, 10)).toBe(1);
    expect(normalizeRating(5.5, 10)).toBe(0.5);
  });
});

describe("shrinkage", () => {
  it("10 ratings barely move a reputation; 500 ratings move it most of the way", () => {
    const { model, reputations } = fitReputations([...population(), top("few", 10), top("many", 500)], { now });
    const few = reputations.get("few")!;
    const many = reputations.get("many")!;
    // Share of the distance from the population mean to the observed mean that the data earns.
    const moved = (r: typeof few) => (r.shrunkMean - model.mean) / (r.observedMean - model.mean);
    expect(moved(few)).toBeLessThanOrEqual(0.2);
    expect(moved(many)).toBeGreaterThanOrEqual(0.8);
    expect(few.shrinkage).toBeGreaterThanOrEqual(0.8);
    expect(many.shrinkage).toBeLessThanOrEqual(0.2);
    expect(Math.abs(few.shrunkMean - model.mean)).toBeLessThan(Math.abs(many.shrunkMean - model.mean) / 4);
    expect(many.score).toBeGreaterThan(few.score);
    expect(few.ratingCount).toBe(10);
    expect(many.ratingCount).toBe(500);
  });

  it("holds whatever the population: the prior strength stays between its bounds", () => {
    // Speakers that hardly differ (k would be huge) and that differ wildly (k would be tiny).
    const alike = Array.from({ length: 20 }, (_, i) => ({
      speakerId: `a${i}`,
      normalizedAverage: 0.7 + (i % 2) * 0.001,
      ratingCount: 100,
      heldAt: held,
    }));
    const wild = Array.from({ length: 20 }, (_, i) => ({
      speakerId: `w${i}`,
      normalizedAverage: (i % 5) / 4,
      ratingCount: 300,
      heldAt: held,
    }));
    for (const pop of [alike, wild]) {
      const { model, reputations } = fitReputations([...pop, top("few", 10), top("many", 500)], { now });
      expect(model.estimated).toBe(true);
      expect(model.priorRatings).toBeGreaterThanOrEqual(MIN_PRIOR_RATINGS);
      expect(model.priorRatings).toBeLessThanOrEqual(MAX_PRIOR_RATINGS);
      expect(1 - reputations.get("few")!.shrinkage).toBeLessThanOrEqual(0.2);
      expect(1 - reputations.get("many")!.shrinkage).toBeGreaterThanOrEqual(0.8);
    }
  });

  it("uses the default prior strength when there are too few speakers to estimate it", () => {
    const { model } = fitReputations([top("a", 50), top("b", 50)], { now });
    expect(model.estimated).toBe(false);
    expect(model.priorRatings).toBeGreaterThanOrEqual(MIN_PRIOR_RATINGS);
  });
});

describe("newcomers", () => {
  it("have no reputation, which reads as exactly neutral, above a poorly rated speaker", () => {
    const reputations = computeReputations(
      [...population(), { speakerId: "weak", normalizedAverage: 0.3, ratingCount: 400, heldAt: held }],
      { now },
    );
    expect(reputations.has("newcomer")).toBe(false);
    expect(reputationScore(reputations.get("newcomer"))).toBe(0);
    expect(reputationScore(reputations.get("weak"))).toBeLessThan(0);
  });

  it("an empty history gives an empty map", () => {
    expect(computeReputations([], { now }).size).toBe(0);
  });

  it("a speaker rated exactly at the population mean scores 0", () => {
    const pop = Array.from({ length: 10 }, (_, i) => ({
      speakerId: `p${i}`,
      normalizedAverage: 0.75,
      ratingCount: 100,
      heldAt: held,
    }));
    const r = computeReputations(pop, { now });
    for (const rep of r.values()) expect(rep.score).toBeCloseTo(0, 10);
  });
});

describe("scales", () => {
  it("a 4.0 on 1..5 and a 7.75 on 1..10 are the same reputation", () => {
    const r = computeReputations(
      [
        ...population(),
        { speakerId: "five", normalizedAverage: normalizeRating(4, 5), ratingCount: 120, heldAt: held },
        { speakerId: "ten", normalizedAverage: normalizeRating(7.75, 10), ratingCount: 120, heldAt: held },
      ],
      { now },
    );
    expect(r.get("five")!.observedMean).toBeCloseTo(0.75, 10);
    expect(r.get("ten")!.score).toBeCloseTo(r.get("five")!.score, 10);
  });

  it("sessions on both scales combine into one count-weighted mean", () => {
    const r = computeReputations(
      [
        { speakerId: "mixed", normalizedAverage: normalizeRating(5, 5), ratingCount: 100, heldAt: held },
        { speakerId: "mixed", normalizedAverage: normalizeRating(1, 10), ratingCount: 100, heldAt: held },
        { speakerId: "mixed", normalizedAverage: normalizeRating(5.5, 10), ratingCount: 200, heldAt: held },
      ],
      { now: held },
    );
    expect(r.get("mixed")!.observedMean).toBeCloseTo(0.5, 10);
    expect(r.get("mixed")!.ratingCount).toBe(400);
    expect(r.get("mixed")!.sessions).toBe(3);
  });
});

describe("recency", () => {
  it("halves the weight of ratings every two years", () => {
    expect(recencyWeight(new Date("2025-06-01T00:00:00Z"), now)).toBeCloseTo(0.5, 2);
    expect(recencyWeight(new Date("2023-06-01T00:00:00Z"), now)).toBeCloseTo(0.25, 2);
    expect(recencyWeight(null, now)).toBe(1);
    expect(recencyWeight(new Date("2030-01-01T00:00:00Z"), now)).toBe(1);
  });

  it("an old great session counts less than a recent ordinary one", () => {
    const r = computeReputations(
      [
        { speakerId: "s", normalizedAverage: 1, ratingCount: 100, heldAt: new Date("2023-06-01T00:00:00Z") },
        { speakerId: "s", normalizedAverage: 0.5, ratingCount: 100, heldAt: now },
      ],
      { now },
    );
    expect(r.get("s")!.observedMean).toBeCloseTo(0.6, 2);
    expect(r.get("s")!.effectiveCount).toBeCloseTo(125, 0);
  });
});

describe("determinism", () => {
  it("gives the same reputations whatever the record order", () => {
    const recs = [...population(), top("few", 10), top("many", 500)];
    const a = computeReputations(recs, { now });
    const b = computeReputations([...recs].reverse(), { now });
    for (const [id, rep] of a) expect(b.get(id)!.score).toBeCloseTo(rep.score, 12);
  });
});
