import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { parseCsv, readCsvFile } from "../imports/csv";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeEvent } from "../../test/factories";
import { importProposals, PROPOSAL_CSV } from "./import";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const fixture = (name: string) => path.resolve(import.meta.dirname, "../../test/fixtures", name);
const HEADER = "external_id,title,abstract,track,format,speaker_email,speaker_name,organization,co_speakers";

function rowsOf(text: string) {
  const r = parseCsv(new TextEncoder().encode(text), PROPOSAL_CSV, "test.csv");
  if (!r.ok) throw new Error(r.message);
  return r.rows;
}
async function rowsOfFixture(name: string) {
  const r = await readCsvFile(fixture(name), PROPOSAL_CSV);
  if (!r.ok) throw new Error(r.message);
  return r.rows;
}
/** An event with track "main" and formats "talk" and "workshop", as the fixtures use. */
async function makeImportEvent(overrides: Parameters<typeof makeEvent>[0] = {}) {
  const made = await makeEvent(overrides);
  await db.format.create({ data: { eventId: made.event.id, slug: "workshop", name: "Workshop", durationMinutes: 90 } });
  return made;
}
async function snapshot(eventId: string) {
  return {
    proposals: await db.proposal.count({ where: { eventId } }),
    speakers: await db.proposalSpeaker.count({ where: { proposal: { eventId } } }),
    users: await db.user.count(),
    organizations: await db.organization.count(),
    profiles: await db.speakerProfile.count(),
  };
}

describe("importProposals", () => {
  it("imports a good file: submitted proposals, speakers, profiles, organizations, confirmed co-speakers, redaction", async () => {
    const { event } = await makeImportEvent({ maxProposalsPerSpeaker: 3 });
    const result = await importProposals({ eventSlug: event.slug, rows: await rowsOfFixture("proposals-good.csv") });
    expect(result).toEqual({ ok: true, created: 3, updated: 0, failed: [], dryRun: false });

    const p1 = await db.proposal.findUniqueOrThrow({
      where: { eventId_externalId: { eventId: event.id, externalId: "P-001" } },
      include: {
        redactions: true,
        speakers: { include: { user: { include: { profile: true, organization: true } } } },
      },
    });
    expect(p1.status).toBe("SUBMITTED");
    expect(p1.submittedAt).not.toBeNull();
    expect(p1.abstract).toContain("Ada Lovelace");
    // The speaker's company and name never reach the anonymized text; the technology does.
    expect(p1.anonymizedTitle).toBe("Scaling Postgres at [organization]");
    expect(p1.anonymizedAbstract).not.toMatch(/Acme|Ada|Lovelace/);
    expect(p1.anonymizedAbstract).toContain("[organization]");
    expect(p1.anonymizedAbstract).toContain("[speaker]");
    expect(p1.anonymizedAbstract).toContain("Patroni");
    expect(p1.redactions.map((r) => r.kind)).toEqual(expect.arrayContaining(["ORGANIZATION", "NAME"]));

    const [primary] = p1.speakers;
    expect(primary).toMatchObject({ role: "PRIMARY", status: "CONFIRMED" });
    expect(primary.user).toMatchObject({ email: "ada@acme.example", name: "Ada Lovelace", emailVerified: null });
    expect(primary.user.profile).toMatchObject({ displayName: "Ada Lovelace", organizationText: "Acme Corp" });
    expect(primary.user.organization?.name).toBe("Acme Corp");
    expect(primary.organizationId).toBe(primary.user.organizationId);

    const p2 = await db.proposal.findUniqueOrThrow({
      where: { eventId_externalId: { eventId: event.id, externalId: "P-002" } },
      include: { format: true, speakers: { include: { user: true }, orderBy: { role: "asc" } } },
    });
    expect(p2.format.slug).toBe("workshop");
    expect(p2.speakers.map((s) => [s.user.email, s.role, s.status])).toEqual([
      ["grace@hopper.example", "PRIMARY", "CONFIRMED"],
      ["linus@kernel.example", "CO_SPEAKER", "CONFIRMED"],
    ]);
    // Co-speakers are confirmed by the import: nobody is e-mailed an invitation.
    expect(await db.outboxEmail.count({ where: { to: "linus@kernel.example" } })).toBe(0);
    expect(await db.auditLog.count({ where: { eventId: event.id, action: "proposals.import" } })).toBe(1);
  });

  it("reports bad rows with their line numbers and writes nothing of them; good rows are imported", async () => {
    const { event } = await makeImportEvent();
    const result = await importProposals({
      eventSlug: event.slug,
      rows: await rowsOfFixture("proposals-bad-rows.csv"),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created).toBe(2);
    expect(result.failed).toEqual([
      { line: 3, reason: expect.stringMatching(/^Track "quantum" does not exist in this event; valid tracks: "/) },
      { line: 4, reason: "Title is required" },
      { line: 5, reason: 'speaker_email "not-an-email" is not a valid address' },
      { line: 8, reason: 'Co-speaker e-mail "broken@" is not a valid address' },
    ]);
    const ids = (await db.proposal.findMany({ where: { eventId: event.id }, select: { externalId: true } }))
      .map((p) => p.externalId)
      .sort();
    expect(ids).toEqual(["B-001", "B-005"]);
    // The failed rows' speaker was not created either.
    expect(await db.user.findUnique({ where: { email: "not-an-email" } })).toBeNull();
    expect(await db.organization.findUnique({ where: { normalizedName: "nowhere" } })).toBeNull();
  });

  it("a row that fails after writing (cap reached) leaves no user, organization or proposal behind", async () => {
    const { event } = await makeImportEvent({ maxProposalsPerSpeaker: 0, maxProposalsPerOrg: 1 });
    const before = await snapshot(event.id);
    const result = await importProposals({
      eventSlug: event.slug,
      rows: rowsOf(
        `${HEADER}\nC-1,First,Abstract one.,main,talk,one@capco.example,One Person,CapCo,\n` +
          `C-2,Second,Abstract two.,main,talk,two@capco.example,Two Person,CapCo,fresh@newcomer.example\n`,
      ),
    });
    expect(result.ok && result.failed).toEqual([
      {
        line: 3,
        reason:
          "cap_reached: Per-organization cap reached for CapCo: 1 proposal already submitted by its speakers, the limit is 1.",
      },
    ]);
    const after = await snapshot(event.id);
    expect(after).toEqual({
      ...before,
      proposals: before.proposals + 1,
      speakers: before.speakers + 1,
      users: before.users + 1,
      organizations: before.organizations + 1,
      profiles: before.profiles + 1,
    });
    expect(await db.user.findUnique({ where: { email: "two@capco.example" } })).toBeNull();
    expect(await db.user.findUnique({ where: { email: "fresh@newcomer.example" } })).toBeNull();
  });

  it("respects the per-speaker cap like the web form, counting rows imported earlier in the file", async () => {
    const { event } = await makeImportEvent({ maxProposalsPerSpeaker: 2 });
    const rows = [1, 2, 3]
      .map((i) => `S-${i},Talk ${i},Abstract ${i}.,main,talk,busy@speaker.example,Busy Speaker,,`)
      .join("\n");
    const dry = await importProposals({ eventSlug: event.slug, rows: rowsOf(`${HEADER}\n${rows}\n`), dryRun: true });
    const real = await importProposals({ eventSlug: event.slug, rows: rowsOf(`${HEADER}\n${rows}\n`) });
    for (const result of [dry, real]) {
      expect(result.ok && result.created).toBe(2);
      expect(result.ok && result.failed).toEqual([
        {
          line: 4,
          reason:
            "cap_reached: Per-speaker cap reached for Busy Speaker: 2 proposals already submitted to this event, the limit is 2.",
        },
      ]);
    }
    expect(await db.proposal.count({ where: { eventId: event.id, status: "SUBMITTED" } })).toBe(2);
  });

  it("--dry-run validates and writes nothing", async () => {
    const { event } = await makeImportEvent();
    const before = await snapshot(event.id);
    const audit = await db.auditLog.count();
    const result = await importProposals({
      eventSlug: event.slug,
      rows: await rowsOfFixture("proposals-bad-rows.csv"),
      dryRun: true,
    });
    expect(result.ok && [result.created, result.failed.map((f) => f.line), result.dryRun]).toEqual([
      2,
      [3, 4, 5, 8],
      true,
    ]);
    expect(await snapshot(event.id)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audit);
  });

  it("is idempotent on external_id: a re-import updates fields and redaction, never duplicates", async () => {
    const { event } = await makeImportEvent();
    await db.track.create({ data: { eventId: event.id, slug: "data", name: "Data" } });
    const rows = await rowsOfFixture("proposals-good.csv");
    await importProposals({ eventSlug: event.slug, rows });
    const before = await snapshot(event.id);
    const again = await importProposals({ eventSlug: event.slug, rows });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 3, failed: [] });
    expect(await snapshot(event.id)).toEqual(before);

    const changed = await importProposals({
      eventSlug: event.slug,
      rows: rowsOf(
        `${HEADER}\nP-002,Observability at Hopper Labs,"Grace shows our pipelines.",data,talk,grace@hopper.example,Grace Hopper,Hopper Labs,\n`,
      ),
    });
    expect(changed).toMatchObject({ ok: true, created: 0, updated: 1, failed: [] });
    const p2 = await db.proposal.findUniqueOrThrow({
      where: { eventId_externalId: { eventId: event.id, externalId: "P-002" } },
      include: { track: true, format: true, speakers: true },
    });
    expect([p2.title, p2.track.slug, p2.format.slug, p2.status]).toEqual([
      "Observability at Hopper Labs",
      "data",
      "talk",
      "SUBMITTED",
    ]);
    expect(p2.anonymizedTitle).toBe("Observability at [organization]");
    expect(p2.anonymizedAbstract).toBe("[speaker] shows our pipelines.");
    expect(p2.speakers).toHaveLength(1); // the co-speaker left the CSV, so they left the proposal
    expect(await db.proposal.count({ where: { eventId: event.id } })).toBe(3);
  });

  it("refuses a repeated external_id within one file and an unknown event", async () => {
    const { event } = await makeImportEvent();
    const result = await importProposals({
      eventSlug: event.slug,
      rows: rowsOf(
        `${HEADER}\nD-1,One,Abstract.,main,talk,d@dup.example,D Dup,,\nD-1,Two,Abstract.,main,talk,d@dup.example,D Dup,,\n`,
      ),
    });
    expect(result.ok && result.failed).toEqual([{ line: 3, reason: 'external_id "D-1" already appears on line 2' }]);
    expect(await importProposals({ eventSlug: "no-such-event", rows: [] })).toMatchObject({
      ok: false,
      code: "not_found",
      message: 'no event with slug "no-such-event"',
    });
  });

  it("a cap failure in the middle of a chunk writes nothing of that row; the rows after it see the state without it", async () => {
    const { event } = await makeImportEvent({ maxProposalsPerSpeaker: 1 });
    const before = await snapshot(event.id);
    const result = await importProposals({
      eventSlug: event.slug,
      rows: rowsOf(
        `${HEADER}\n` +
          `M-1,First,Abstract one.,main,talk,ann@one.example,Ann One,One Org,\n` +
          `M-2,Second,Abstract two.,main,talk,ann@one.example,Ann One,One Org,new@freshco.example\n` +
          `M-3,Third,Abstract three.,main,talk,bea@two.example,Bea Two,,new@freshco.example\n` +
          `M-4,Fourth,Abstract four.,main,talk,cid@three.example,Cid Three,Three Org,\n`,
      ),
    });
    expect(result).toEqual({
      ok: true,
      created: 3,
      updated: 0,
      dryRun: false,
      failed: [
        {
          line: 3,
          reason:
            "cap_reached: Per-speaker cap reached for Ann One: 1 proposal already submitted to this event, the limit is 1.",
        },
      ],
    });
    const ids = (await db.proposal.findMany({ where: { eventId: event.id }, select: { externalId: true } }))
      .map((p) => p.externalId)
      .sort();
    expect(ids).toEqual(["M-1", "M-3", "M-4"]);
    // The co-speaker the failed row named was created once, by the row after it, with its organization.
    const fresh = await db.user.findUniqueOrThrow({
      where: { email: "new@freshco.example" },
      include: { organization: true },
    });
    expect(fresh.organization?.name).toBe("Freshco");
    const m3 = await db.proposal.findUniqueOrThrow({
      where: { eventId_externalId: { eventId: event.id, externalId: "M-3" } },
      include: { speakers: { orderBy: { role: "asc" } } },
    });
    expect(m3.speakers.map((s) => [s.userId, s.role, s.status, s.organizationId])).toEqual([
      [expect.any(String), "PRIMARY", "CONFIRMED", expect.any(String)],
      [fresh.id, "CO_SPEAKER", "CONFIRMED", fresh.organizationId],
    ]);
    expect(await snapshot(event.id)).toEqual({
      proposals: before.proposals + 3,
      speakers: before.speakers + 4,
      users: before.users + 4,
      organizations: before.organizations + 4, // One Org, Two (from two.example), Freshco, Three Org
      profiles: before.profiles + 3,
    });
  });

  it("counts caps across chunks; a placeholder speaker follows the file's latest name", async () => {
    const { event } = await makeImportEvent({ maxProposalsPerSpeaker: 2, maxProposalsPerOrg: 0 });
    // 260 rows: more than one chunk. The busy speaker is on lines 2, 258 and 261.
    const lines = Array.from({ length: 260 }, (_, i) => {
      const busy = i === 0 || i === 256 || i === 259;
      const who = busy
        ? `busy@busy.example,${i === 0 ? "Busy Person" : "Busy P. Person"},Busy Inc`
        : `s${i}@s${i % 7}.example,Speaker ${i},`;
      return `L-${i},Talk ${i},Abstract ${i}.,main,talk,${who},`;
    });
    const result = await importProposals({ eventSlug: event.slug, rows: rowsOf(`${HEADER}\n${lines.join("\n")}\n`) });
    expect(result.ok && [result.created, result.failed]).toEqual([
      259,
      [
        {
          line: 261,
          reason:
            "cap_reached: Per-speaker cap reached for Busy P. Person: 2 proposals already submitted to this event, the limit is 2.",
        },
      ],
    ]);
    const busy = await db.user.findUniqueOrThrow({ where: { email: "busy@busy.example" }, include: { profile: true } });
    expect([busy.name, busy.profile?.displayName]).toEqual(["Busy P. Person", "Busy P. Person"]);
    const again = await importProposals({ eventSlug: event.slug, rows: rowsOf(`${HEADER}\n${lines.join("\n")}\n`) });
    expect(again.ok && [again.created, again.updated, again.failed.map((f) => f.line)]).toEqual([0, 259, [261]]);
    expect(await db.proposal.count({ where: { eventId: event.id } })).toBe(259);
  });

  it("leaves a signed-in speaker's own profile alone", async () => {
    const { event } = await makeImportEvent();
    const user = await db.user.create({
      data: { email: "real@person.example", name: "Real Name", emailVerified: new Date() },
    });
    await db.speakerProfile.create({
      data: { userId: user.id, displayName: "Real Name", organizationText: "Their Org" },
    });
    const result = await importProposals({
      eventSlug: event.slug,
      rows: rowsOf(`${HEADER}\nR-1,Title,Abstract.,main,talk,Real@Person.example,Other Spelling,Other Org,\n`),
    });
    expect(result).toMatchObject({ ok: true, created: 1 });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { profile: true } });
    expect([after.name, after.profile?.displayName, after.profile?.organizationText]).toEqual([
      "Real Name",
      "Real Name",
      "Their Org",
    ]);
  });
});
