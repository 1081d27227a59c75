// The organizer's whole job through the CLI on an empty database: first admin, event with tracks,
// more tracks and formats, a chair, an import whose CSV names tracks by name, opening the CFP.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../lib/db/client";
import { cliRunner } from "../test/cli";
import { createEmptyDatabase, type TestDatabase } from "../test/database";

let t: TestDatabase;
const { podium, withDb } = cliRunner(() => t.target);
const tmp = mkdtempSync(path.join(os.tmpdir(), "podium-org-cli-"));

function csvFile(name: string, rows: Record<string, string>[]): string {
  const file = path.join(tmp, name);
  writeFileSync(file, Papa.unparse(rows));
  return file;
}

const abstract =
  "A practical look at how teams ship faster with better tooling, with concrete numbers from three years of migrations.";
const row = (n: number, track: string, format: string) => ({
  external_id: `p${n}`,
  title: `Proposal number ${n} about tooling`,
  abstract,
  track,
  format,
  speaker_email: `speaker${n}@example.org`,
  speaker_name: `Speaker ${n}`,
  organization: `Org ${n}`,
});

beforeAll(async () => {
  t = await createEmptyDatabase();
  expect(podium("db:migrate").code).toBe(0);
});
afterAll(async () => {
  await closeDb();
  await t.cleanup();
});

// Each test runs several CLI processes; on a loaded machine one can take over ten seconds.
describe("organizer CLI", { timeout: 240_000 }, () => {
  it("every new command has --help", () => {
    for (const cmd of ["user:role", "event:update", "track:create", "track:list", "format:create", "chair:add"]) {
      const r = podium(cmd, "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: podium ${cmd}`);
    }
  });

  it("user:role makes the first admin as a placeholder, and refuses to demote the last admin", async () => {
    const r = podium("user:role", "--email", "A@X.org", "--role", "admin");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("a@x.org (new; takes effect when they first sign in) now has the role ADMIN.\n");
    const user = await withDb(() => db.user.findUnique({ where: { email: "a@x.org" } }));
    expect(user).toMatchObject({ role: "ADMIN", emailVerified: null });
    const demote = podium("user:role", "--email", "a@x.org", "--role", "MEMBER");
    expect(demote.code).toBe(1);
    expect(demote.stderr).toBe("podium: --role: a@x.org is the last admin; make someone else an admin first");
    expect(podium("user:role", "--email", "o@x.org", "--role", "ORGANIZER", "--json").stdout).toContain(
      '"role": "ORGANIZER"',
    );
    const bad = podium("user:role", "--email", "o@x.org", "--role", "OWNER");
    expect(bad.stderr).toBe("podium: --role: Role must be ADMIN, ORGANIZER or MEMBER");
    const audit = await withDb(() => db.auditLog.findMany({ where: { action: "user.role" } }));
    expect(audit).toHaveLength(2);
  });

  it("event:create --tracks, then an import whose track column holds those names imports every row", async () => {
    const r = podium("event:create", "--slug", "s1", "--name", "S1", "--tracks", "Developer Experience;Data & AI");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("tracks           Developer Experience (developer-experience), Data & AI (data-ai)");
    const file = csvFile("names.csv", [
      row(1, "Developer Experience", "Talk"),
      row(2, "Data & AI", "talk"),
      row(3, "data & ai", "Lightning talk"),
      row(4, "  DEVELOPER experience ", "workshop"),
    ]);
    const imp = podium("import:proposals", "--event", "s1", file);
    expect(imp.stderr.split("\n").filter((l) => l.startsWith("line"))).toEqual([]);
    expect(imp.stdout).toContain("Imported 4 proposals (4 new, 0 updated); 0 rows failed.");
    expect(imp.code).toBe(0);
    const byTrack = await withDb(() =>
      db.proposal.groupBy({ by: ["trackId"], where: { event: { slug: "s1" } }, _count: true }),
    );
    expect(byTrack.map((g) => g._count).sort()).toEqual([2, 2]);
  });

  it("an unknown track or format is reported with the list of valid names", () => {
    const file = csvFile("unknown.csv", [row(9, "Cloud", "talk"), row(10, "Data & AI", "keynote")]);
    const imp = podium("import:proposals", "--event", "s1", file);
    expect(imp.code).toBe(1);
    expect(imp.stderr).toContain(
      'line 2: Track "Cloud" does not exist in this event; valid tracks: "Developer Experience" (developer-experience), "Data & AI" (data-ai)',
    );
    expect(imp.stderr).toMatch(
      /line 3: Format "keynote" does not exist in this event; valid formats: "Talk", "Workshop", "Panel", "Lightning talk" \(lightning\)/,
    );
  });

  it("track:create, format:create and track:list --json", async () => {
    const tr = podium("track:create", "--event", "s1", "--name", "Sécurité", "--slots", "12");
    expect(tr.stdout).toBe("Created track securite in s1: Sécurité, 12 slots\n");
    const dup = podium("track:create", "--event", "s1", "--name", "Other", "--slug", "securite");
    expect(dup.stderr).toBe('podium: --slug "securite" is already used in this event');
    expect(podium("track:create", "--event", "s1", "--name", "Extra", "--slots", "20000").stderr).toBe(
      "podium: --slots must be a whole number from 0 to 10,000 (0 = not set)",
    );
    expect(podium("track:create", "--event", "nope", "--name", "X").stderr).toMatch(
      /^podium: --event: no event with slug "nope"/,
    );
    const fo = podium("format:create", "--event", "s1", "--name", "Deep dive", "--minutes", "60");
    expect(fo.stdout).toBe("Created format deep-dive in s1: Deep dive, 60 minutes\n");
    const list = JSON.parse(podium("track:list", "--event", "s1", "--json").stdout);
    expect(list.tracks.map((x: { slug: string; proposals: number }) => [x.slug, x.proposals])).toEqual([
      ["developer-experience", 2],
      ["data-ai", 2],
      ["securite", 0],
    ]);
  });

  it("chair:add by track name assigns the chair and queues an invitation e-mail once", async () => {
    const r = podium("chair:add", "--event", "s1", "--track", "data & ai", "--email", "Chen@Example.org");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("chen@example.org now chairs Data & AI (new; they get access when they first sign in)");
    expect(podium("chair:add", "--event", "s1", "--track", "data-ai", "--email", "chen@example.org").stdout).toContain(
      "already chairs",
    );
    expect(podium("chair:add", "--event", "s1", "--track", "Cloud", "--email", "x@example.org").stderr).toMatch(
      /^podium: --track: Track "Cloud" does not exist in this event; valid tracks: /,
    );
    const mails = await withDb(() => db.outboxEmail.findMany({ where: { kind: "chair_invitation" } }));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "chen@example.org", subject: "You are a track chair at S1" });
    expect(mails[0].text).toContain('chair of the track "Data & AI" at S1');
  });

  it("event:update changes settings, states the real cap range, and opens the CFP", async () => {
    const cap = podium("event:update", "--slug", "s1", "--max-per-org", "20000");
    expect(cap.code).toBe(1);
    expect(cap.stderr).toBe("podium: --max-per-org must be a whole number from 0 to 10,000 (0 = unlimited)");
    const share = podium("event:update", "--slug", "s1", "--acceptance-share", "-0.1");
    expect(share.stderr).toBe(
      "podium: --acceptance-share must be a number above 0 and at most 1, e.g. 0.25 for a quarter of a track's proposals",
    );
    const r = podium(
      "event:update",
      "--slug",
      "s1",
      "--ballot-size",
      "20",
      "--acceptance-share",
      "0.3",
      "--phase",
      "cfp-open",
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("acceptance share 0.3 (tracks without a slot count)");
    expect(r.stdout).toContain("phase moves      DRAFT -> CFP_OPEN");
    const back = podium("event:update", "--slug", "s1", "--phase", "DRAFT");
    expect(back.stderr).toBe("podium: --reason: Moving back from “Call for papers open” to “Draft” needs a reason");
    const event = await withDb(() => db.event.findUniqueOrThrow({ where: { slug: "s1" } }));
    expect(event).toMatchObject({ phase: "CFP_OPEN", ballotSize: 20, acceptanceShare: 0.3 });
  });

  it("event:update --phase PUBLISHED is refused while proposals are undecided, before any step", async () => {
    const refused = podium("event:update", "--slug", "s1", "--phase", "PUBLISHED");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^podium: --phase: \d+ proposals are still undecided; .*--reject-undecided$/);
    const still = await withDb(() => db.event.findUniqueOrThrow({ where: { slug: "s1" } }));
    expect(still.phase).toBe("CFP_OPEN");
    const r = podium("event:update", "--slug", "s1", "--phase", "PUBLISHED", "--reject-undecided");
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(
      /phase moves +CFP_OPEN -> VOTING, VOTING -> REVIEW, REVIEW -> PUBLISHED, \d+ undecided rejected/,
    );
    const after = await withDb(() =>
      db.proposal.groupBy({ by: ["status"], where: { event: { slug: "s1" } }, _count: true }),
    );
    expect(after.map((g) => g.status)).toEqual(["REJECTED"]);
  });
});
