// Properties of ballot assignment: never a conflict (own proposal, own organization, own e-mail
// domain), no duplicates, right size, and balanced coverage at scale.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../seed/prng";
import { chooseBallot, conflictKeys, type Candidate } from "./choose";

type Person = { id: string; org: string | null; domain: string };

function world(seed: number, proposals: number, voters: number, orgs: number) {
  const rng = createRng(seed);
  const orgOf = () => (rng.next() < 0.15 ? null : `o${rng.int(0, orgs - 1)}`);
  const person = (id: string): Person => {
    const org = orgOf();
    return { id, org, domain: org ? `${org}.example` : "gmail.example" };
  };
  const keysOf = (people: Person[]) =>
    conflictKeys({
      userIds: people.map((p) => p.id),
      organizationIds: people.map((p) => p.org),
      domains: people.map((p) => (p.org ? p.domain : null)),
    });
  const candidates: (Candidate & { speakers: Person[] })[] = Array.from({ length: proposals }, (_, i) => {
    const speakers = [person(`s${i}`), ...(rng.next() < 0.2 ? [person(`s${i}b`)] : [])];
    return { key: `p${i}`, trackId: `t${i % 4}`, assigned: 0, votes: 0, conflicts: keysOf(speakers), speakers };
  });
  const people = Array.from({ length: voters }, (_, i) =>
    // Some voters are speakers too (their own proposals must never come back).
    i % 25 === 0 && i / 25 < proposals ? candidates[i / 25].speakers[0] : person(`v${i}`),
  );
  return { rng, candidates, people, keysOf };
}

describe("chooseBallot", () => {
  it("never assigns a proposal of the voter, their organization or their e-mail domain; no duplicates; full size when the pool allows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 40 }),
        fc.subarray(["t0", "t1", "t2", "t3"]),
        (seed, nProposals, nOrgs, size, prefs) => {
          const { rng, candidates, people, keysOf } = world(seed, nProposals, 30, nOrgs);
          for (const voter of people) {
            const voterKeys = keysOf([voter]);
            const chosen = chooseBallot({
              candidates,
              voterConflicts: voterKeys,
              size,
              trackPreferences: prefs,
              random: rng.next,
            });
            expect(new Set(chosen).size).toBe(chosen.length);
            const byKey = new Map(candidates.map((c) => [c.key, c]));
            for (const key of chosen) {
              const c = byKey.get(key)!;
              for (const s of c.speakers) {
                expect(s.id).not.toBe(voter.id);
                if (voter.org) expect(s.org).not.toBe(voter.org);
              }
              if (prefs.length) expect(prefs).toContain(c.trackId);
            }
            const pool = candidates.filter(
              (c) => (!prefs.length || prefs.includes(c.trackId)) && !c.conflicts.some((k) => voterKeys.includes(k)),
            );
            expect(chosen.length).toBe(Math.min(size, pool.length));
            for (const key of chosen) byKey.get(key)!.assigned++;
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("'give me more' never repeats what the voter already has", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { rng, candidates, people, keysOf } = world(seed, 50, 1, 5);
        const voterConflicts = keysOf([people[0]]);
        const first = chooseBallot({ candidates, voterConflicts, size: 10, random: rng.next });
        const more = chooseBallot({
          candidates,
          voterConflicts,
          size: 10,
          alreadyAssigned: new Set(first),
          random: rng.next,
        });
        expect(more.filter((k) => first.includes(k))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("prefers the least covered proposals, then the least voted", () => {
    const c = (key: string, assigned: number, votes: number): Candidate => ({
      key,
      trackId: "t",
      assigned,
      votes,
      conflicts: [],
    });
    const chosen = chooseBallot({
      candidates: [c("a", 3, 0), c("b", 1, 5), c("c", 1, 2), c("d", 0, 9)],
      voterConflicts: [],
      size: 2,
      random: Math.random,
    });
    expect(chosen.sort()).toEqual(["c", "d"]);
  });

  it("keeps coverage balanced: 600 proposals, 2,000 voters, ballots of 30 -> every count within ±15% of the mean", () => {
    const { rng, candidates, people, keysOf } = world(42, 600, 2000, 40);
    for (const voter of people) {
      const chosen = chooseBallot({ candidates, voterConflicts: keysOf([voter]), size: 30, random: rng.next });
      expect(chosen).toHaveLength(30);
      const set = new Set(chosen);
      for (const c of candidates) if (set.has(c.key)) c.assigned++;
    }
    const counts = candidates.map((c) => c.assigned);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBe(100);
    const [min, max] = [Math.min(...counts), Math.max(...counts)];
    expect(min).toBeGreaterThanOrEqual(mean * 0.85);
    expect(max).toBeLessThanOrEqual(mean * 1.15);
    console.log(`coverage: mean ${mean}, min ${min}, max ${max}`);
  });
});
