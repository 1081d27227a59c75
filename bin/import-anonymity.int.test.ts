// `podium import:proposals` -> `podium export --format json`: hostile characters are refused as
// `line N: reason`; disguised identity never reaches anonymizedTitle / anonymizedAbstract.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import { visibleSkeleton } from "../lib/anonymize/normalize";
import { cliRunner } from "../test/cli";
import { createEmptyDatabase, type TestDatabase } from "../test/database";

let t: TestDatabase;
let dir: string;
const { podium, withDb } = cliRunner(() => t.target);

beforeAll(async () => {
  t = await createEmptyDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-anon-"));
  await withDb(async () => {
    await migrateDatabase(t.target);
    const event = await db.event.create({ data: { slug: "anon-cli", name: "Anon CLI", phase: "CFP_OPEN" } });
    await db.track.create({ data: { eventId: event.id, slug: "main", name: "Main" } });
    await db.format.create({ data: { eventId: event.id, slug: "talk", name: "Talk" } });
  });
});
afterAll(async () => {
  await closeDb();
  await t.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEADER = "external_id,title,abstract,track,format,speaker_email,speaker_name,organization,co_speakers";
const csv = (rows: string[]) => {
  const file = path.join(dir, `rows-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, [HEADER, ...rows].join("\n") + "\n", "utf8");
  return file;
};

describe("import:proposals hygiene and disguised identity", () => {
  it("refuses NUL, bidi controls and invisible-only titles as `line N: reason`, and redacts disguised names", async () => {
    const file = csv([
      `A-1,"Kafka\u0000 at scale","Plain abstract.",main,talk,a1@kolibri.pl,Agnieszka Wójcik,Kolibri Labs sp. z o.o.,`,
      `A-2,"Fine title","Reads \u202Eright to left.",main,talk,a2@kolibri.pl,Agnieszka Wójcik,Kolibri Labs,`,
      `A-3,"\u200b\u200b","Plain abstract.",main,talk,a3@kolibri.pl,Agnieszka Wójcik,Kolibri Labs,`,
      `A-4,"Shipping K&#111;libri&#79;S","At **Kol**ibri, Ag&#110;ieszka W\u043ej\u0107ik and K.\u200bOsei (co-speaker) built it. Ask A g n i e s z k a.",main,talk,agnieszka@kolibri.pl,Agnieszka Wójcik,Kolibri Labs sp. z o.o.,kwame.osei@borealis.cloud`,
    ]);
    const r = podium("import:proposals", "--event", "anon-cli", file);
    expect(r.stderr.split("\n")).toEqual([
      "line 2: Title contains a NUL character (U+0000), which is not allowed",
      "line 3: Abstract contains a text-direction control (U+202E) that changes how it displays; remove it",
      "line 4: Title is required",
    ]);
    expect(r.code).toBe(1);

    const out = podium("export", "--event", "anon-cli", "--format", "json");
    expect(out.code).toBe(0);
    const exported = JSON.parse(out.stdout) as {
      proposals: { externalId: string; anonymizedTitle: string; anonymizedAbstract: string }[];
    };
    expect(exported.proposals.map((p) => p.externalId)).toEqual(["A-4"]);
    const [p] = exported.proposals;
    const seen = visibleSkeleton(`${p.anonymizedTitle} ${p.anonymizedAbstract}`).toLowerCase().replace(/\s/g, "");
    for (const identity of ["kolibri", "agnieszka", "wojcik", "osei"]) expect(seen).not.toContain(identity);
    expect(p.anonymizedTitle).toBe("Shipping [organization]");
    expect(await withDb(() => db.proposal.count())).toBe(1);
  });
});
