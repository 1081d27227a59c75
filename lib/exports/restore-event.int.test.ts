// Backup and restore through the export: `podium export --format json` of the review event,
// restored into an empty database, ranks every proposal exactly as before.
import { afterAll, describe, expect, it } from "vitest";
import { computeEventRanking } from "../ranking/compute";
import { seedDemo } from "../seed/demo";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { buildEventExport, type EventExport } from "./event-export";
import { restoreEventExport } from "./restore-event";

const EVENT = "platform-days-2027";
const open: TestDatabase[] = [];
afterAll(async () => {
  for (const t of open.reverse()) await t.cleanup();
});

async function rankingOf() {
  const r = await computeEventRanking(EVENT, { now: new Date("2027-02-01T12:00:00Z") });
  if (!r.ok) throw new Error(r.message);
  return r.ranking.proposals
    .map(({ id: _id, ...rest }) => rest)
    .sort((a, b) => a.externalId!.localeCompare(b.externalId!));
}

describe("export -> restore into an empty database", () => {
  it("reproduces the same ranking", async () => {
    open.push(await setupTestDatabase());
    await seedDemo({ now: new Date("2027-02-01T12:00:00Z") });
    const built = await buildEventExport(EVENT);
    if (!built.ok) throw new Error(built.message);
    // Through JSON, as `podium export --format json` prints it.
    const exported = JSON.parse(JSON.stringify(built.export)) as EventExport;
    const before = await rankingOf();
    expect(before.length).toBeGreaterThan(10);
    expect(exported.ballots.reduce((n, b) => n + b.votes.length, 0)).toBeGreaterThan(100);

    open.push(await setupTestDatabase()); // db now points at a new, empty database
    const restored = await restoreEventExport(exported);
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.summary.failed).toEqual([]);
    const after = await rankingOf();
    expect(after.map((p) => [p.externalId, p.track, p.rank, p.votes, p.flags])).toEqual(
      before.map((p) => [p.externalId, p.track, p.rank, p.votes, p.flags]),
    );
    for (const [i, p] of after.entries()) {
      const b = before[i]!;
      for (const k of ["communityScore", "ciLow", "ciHigh", "feedbackComponent", "combinedScore"] as const)
        expect(p[k], `${p.externalId} ${k}`).toBeCloseTo(b[k] as number, 9);
    }
  }, 300_000);
});
