// `podium restore`: an event exported with `podium export --format json` from one database and
// restored with the CLI into an empty one ranks exactly as before (`podium rank` in both); a
// missing file, an export of another version and an event whose slug already exists are each
// refused with one line before anything is written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import { seedDemo } from "../lib/seed/demo";
import { cliRunner } from "../test/cli";
import { createEmptyDatabase, type TestDatabase } from "../test/database";

const EVENT = "platform-days-2027";
let source: TestDatabase;
let target: TestDatabase;
const from = cliRunner(() => source.target);
const into = cliRunner(() => target.target);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-restore-cli-"));
const exportFile = path.join(dir, "export.json");

beforeAll(async () => {
  source = await createEmptyDatabase();
  await from.withDb(async () => {
    await migrateDatabase(source.target);
    await seedDemo();
  });
  target = await createEmptyDatabase();
  expect(into.podium("db:migrate").code).toBe(0);
}, 300_000);
afterAll(async () => {
  await closeDb();
  await source.cleanup();
  await target.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * `podium rank --format json` without the parts that differ between databases: the proposal id,
 * and speakerLabel, the chairs' pseudonym for a speaker, keyed on the event's and speaker's database ids.
 */
function rankingIn(run: ReturnType<typeof cliRunner>["podium"]) {
  const r = run("rank", "--event", EVENT, "--format", "json");
  expect(r.code, r.stderr).toBe(0);
  const ranking = JSON.parse(r.stdout) as {
    proposals: ({ id: string; externalId: string } & Record<string, unknown>)[];
  };
  return ranking.proposals
    .map(({ id: _id, speakerLabel: _label, ...rest }) => rest)
    .sort((a, b) => a.externalId.localeCompare(b.externalId));
}

function expectSame(got: unknown, want: unknown, where: string): void {
  if (typeof want === "number" && typeof got === "number") {
    return void expect(got, where).toBeCloseTo(want, 9);
  }
  if (want && typeof want === "object" && got && typeof got === "object") {
    expect(Object.keys(got).sort(), where).toEqual(Object.keys(want).sort());
    for (const [k, v] of Object.entries(want)) expectSame((got as Record<string, unknown>)[k], v, `${where}.${k}`);
    return;
  }
  expect(got, where).toEqual(want);
}

const eventCount = () => into.withDb(() => db.event.count());

describe("podium restore", () => {
  it("restores an exported event into an empty database with the same ranking", async () => {
    const exported = from.podium("export", "--event", EVENT, "--format", "json");
    expect(exported.code, exported.stderr).toBe(0);
    fs.writeFileSync(exportFile, exported.stdout);
    const before = rankingIn(from.podium);
    expect(before.length).toBeGreaterThan(10);

    const restored = into.podium("restore", exportFile);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(
      new RegExp(`^Restored event ${EVENT}: \\d+ proposals, \\d+ votes, \\d+ past-feedback rows; 0 rows failed\\.`),
    );
    const after = rankingIn(into.podium);
    expect(after.map((p) => p.externalId)).toEqual(before.map((p) => p.externalId));
    // Every field of every ranked proposal (scores, intervals, pAccept, flags, ...).
    for (const [i, p] of after.entries()) expectSame(p, before[i], p.externalId);
  }, 300_000);

  it("refuses a missing file, another version and an existing slug with one line, writing nothing", async () => {
    // Every way a file can be wrong is lib/exports/read-event-export.test.ts; here the CLI's side.
    const good = JSON.parse(fs.readFileSync(exportFile, "utf8")) as Record<string, unknown>;
    const v2 = path.join(dir, "v2.json");
    fs.writeFileSync(v2, JSON.stringify({ ...good, event: { ...(good.event as object), slug: "copy" }, version: 2 }));
    const cases: [string, RegExp][] = [
      [path.join(dir, "nope.json"), /^podium: .*nope\.json: no such file$/],
      [v2, /^podium: .*v2\.json: export version 2 is not supported: this Podium restores version 1$/],
      [exportFile, new RegExp(`^podium: event "${EVENT}" already exists here; restore into a database without it$`)],
    ];
    const eventsBefore = await eventCount();
    for (const [file, message] of cases) {
      const r = into.podium("restore", file);
      expect(r.code, file).toBe(1);
      expect(r.stderr.split("\n"), file).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(await eventCount()).toBe(eventsBefore);
  }, 300_000);
});
