// Runs `podium import:proposals` and `podium export` as child processes against a fresh database.
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import { cliRunner } from "../test/cli";
import { createEmptyDatabase, type TestDatabase } from "../test/database";

const fixture = (name: string) => path.join("test/fixtures", name);
let t: TestDatabase;

const { podium, withDb } = cliRunner(() => t.target);
const proposalCount = () => withDb(() => db.proposal.count());

beforeAll(async () => {
  t = await createEmptyDatabase();
  await withDb(async () => {
    await migrateDatabase(t.target);
    const event = await db.event.create({ data: { slug: "cli-import", name: "CLI import", phase: "REVIEW" } });
    await db.track.create({ data: { eventId: event.id, slug: "main", name: "Main" } });
    for (const slug of ["talk", "workshop"]) await db.format.create({ data: { eventId: event.id, slug, name: slug } });
  });
});
afterAll(async () => {
  await closeDb();
  await t.cleanup();
});

describe("podium import:proposals and export", () => {
  it("both have --help; import's says it works in any phase", () => {
    const help = podium("import:proposals", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: podium import:proposals");
    expect(help.stdout).toMatch(/any\s+event\s+phase/);
    expect(podium("export", "--help").stdout).toContain("Usage: podium export");
  });

  it("refuses a wrong header, bad quoting or a non-UTF-8 file with one line, writing nothing", async () => {
    const cases: [string, RegExp][] = [
      [
        "proposals-wrong-header.csv",
        /^podium: test\/fixtures\/proposals-wrong-header\.csv: missing columns speaker_email, organization; unknown columns email, company\./,
      ],
      ["proposals-bad-quoting.csv", /^podium: .*bad CSV quoting \(RFC 4180\): line 3: /],
      [
        "proposals-latin1.csv",
        /^podium: test\/fixtures\/proposals-latin1\.csv is not UTF-8 \(byte 0xe9 at offset \d+\); save it as UTF-8$/,
      ],
    ];
    for (const [file, message] of cases) {
      const r = podium("import:proposals", "--event", "cli-import", fixture(file));
      expect(r.code).toBe(1);
      expect(r.stderr.split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(await proposalCount()).toBe(0);
  });

  it("imports a good file (in the REVIEW phase), then again without duplicates", async () => {
    const first = podium("import:proposals", "--event", "cli-import", fixture("proposals-good.csv"));
    expect(first.stderr).toBe("");
    expect(first.stdout.trim()).toBe("Imported 3 proposals (3 new, 0 updated); 0 rows failed.");
    expect(first.code).toBe(0);
    const again = podium("import:proposals", "--event", "cli-import", fixture("proposals-good.csv"));
    expect(again.stdout.trim()).toBe("Imported 3 proposals (0 new, 3 updated); 0 rows failed.");
    expect(await proposalCount()).toBe(3);
  });

  it("reports bad rows as `line N: reason`, imports the good ones and exits 1; --dry-run writes nothing", async () => {
    const dry = podium("import:proposals", "--event", "cli-import", "--dry-run", fixture("proposals-bad-rows.csv"));
    expect(dry.code).toBe(1);
    expect(dry.stdout.trim()).toBe(
      "Dry run: would import 2 proposals (2 new, 0 updated); 4 rows failed. Nothing was written.",
    );
    expect(await proposalCount()).toBe(3);

    const r = podium("import:proposals", "--event", "cli-import", fixture("proposals-bad-rows.csv"));
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      'line 3: Track "quantum" does not exist in this event; valid tracks: "Main"',
      "line 4: Title is required",
      'line 5: speaker_email "not-an-email" is not a valid address',
      'line 8: Co-speaker e-mail "broken@" is not a valid address',
    ]);
    expect(r.stdout.trim()).toBe("Imported 2 proposals (2 new, 0 updated); 4 rows failed.");
    expect(await proposalCount()).toBe(5);
  });

  it("import and export name an unknown event in one line", () => {
    const imp = podium("import:proposals", "--event", "nope", fixture("proposals-good.csv"));
    expect([imp.code, imp.stderr]).toEqual([1, 'podium: no event with slug "nope"']);
    const exp = podium("export", "--event", "nope", "--format", "json");
    expect([exp.code, exp.stderr]).toEqual([1, 'podium: no event with slug "nope"']);
    expect(podium("export", "--event", "cli-import", "--format", "xml").stderr).toBe(
      'podium: --format must be json or csv, not "xml"',
    );
  });

  it("exports JSON and CSV to stdout", () => {
    const json = podium("export", "--event", "cli-import", "--format", "json");
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.event.slug).toBe("cli-import");
    expect(data.proposals).toHaveLength(5);
    const p1 = data.proposals.find((p: { externalId: string }) => p.externalId === "P-001");
    expect(p1).toMatchObject({
      track: "main",
      format: "talk",
      status: "SUBMITTED",
      votes: { count: 0, skips: 0, mean: null },
    });
    expect(p1.speakers[0]).toEqual({
      email: "ada@acme.example",
      name: "Ada Lovelace",
      organization: "Acme Corp",
      role: "PRIMARY",
      status: "CONFIRMED",
    });
    expect(p1.anonymizedAbstract).not.toMatch(/Acme|Lovelace/);

    const csv = podium("export", "--event", "cli-import", "--format", "csv");
    expect(csv.code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(csv.stdout, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.external_id).sort()).toEqual(["B-001", "B-005", "P-001", "P-002", "P-003"]);
    expect(parsed.data.find((r) => r.external_id === "P-002")?.speaker_emails).toBe(
      "grace@hopper.example; linus@kernel.example",
    );
  });
});
