import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignSpeakerLabels, proposalSpeakerLabel } from "./speaker-label";

const SECRET = "test-secret-0123456789";

describe("assignSpeakerLabels", () => {
  it("gives the same person the same label, whatever the order and repetition", () => {
    const a = assignSpeakerLabels("ev1", ["u1", "u2", "u3"], SECRET);
    const b = assignSpeakerLabels("ev1", ["u3", "u1", "u2", "u1"], SECRET);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(a.get("u1")).toMatch(/^[A-Z2-9]{4,}$/);
  });

  it("differs between events and between secrets", () => {
    const ids = Array.from({ length: 50 }, (_, i) => `user${i}`);
    const e1 = assignSpeakerLabels("ev1", ids, SECRET);
    const e2 = assignSpeakerLabels("ev2", ids, SECRET);
    const s2 = assignSpeakerLabels("ev1", ids, "another-secret-987654321");
    expect(ids.filter((id) => e1.get(id) === e2.get(id)).length).toBeLessThan(3);
    expect(ids.filter((id) => e1.get(id) === s2.get(id)).length).toBeLessThan(3);
  });

  it("never gives two speakers of an event the same label", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 400 }), (ids) => {
        const labels = assignSpeakerLabels("event", ids, SECRET);
        expect(labels.size).toBe(ids.length);
        expect(new Set(labels.values()).size).toBe(ids.length);
      }),
      { numRuns: 50 },
    );
    const many = assignSpeakerLabels(
      "big",
      Array.from({ length: 5000 }, (_, i) => `u${i}`),
      SECRET,
    );
    expect(new Set(many.values()).size).toBe(5000);
  });

  it("labels a proposal by its primary speaker and refuses an unknown one", () => {
    const labels = assignSpeakerLabels("ev1", ["u1"], SECRET);
    expect(proposalSpeakerLabel(labels, "u1")).toBe(labels.get("u1"));
    expect(() => proposalSpeakerLabel(labels, "nobody")).toThrow();
  });
});
