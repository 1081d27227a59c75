import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { parseCsv } from "../imports/csv";
import { importProposals, PROPOSAL_CSV } from "../proposals/import";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeEvent, makeUser } from "../../test/factories";
import { EXPORT_CSV_HEADER, eventExportToCsv } from "./csv";
import { buildEventExport } from "./event-export";

let t: TestDatabase;
let slug: string;
beforeAll(async () => {
  t = await setupTestDatabase();
  const { event } = await makeEvent({ phase: "VOTING" });
  slug = event.slug;
  const csv =
    "external_id,title,abstract,track,format,speaker_email,speaker_name,organization,co_speakers\n" +
    'E-1,Scaling Postgres at Acme,"At Acme we run Postgres, see https://acme.example/blog.",main,talk,ada@acme.example,Ada Lovelace,Acme Corp,bob@acme.example\n' +
    'E-2,=HYPERLINK("http://evil.example"),"+1 for @everyone; -2 for others",main,talk,eve@evil.example,=cmd|calc,@Evil Org,\n';
  const parsed = parseCsv(new TextEncoder().encode(csv), PROPOSAL_CSV);
  if (!parsed.ok) throw new Error(parsed.message);
  const imported = await importProposals({ eventSlug: slug, rows: parsed.rows });
  if (!imported.ok || imported.failed.length) throw new Error(JSON.stringify(imported));
  const p1 = await db.proposal.findFirstOrThrow({ where: { eventId: event.id, externalId: "E-1" } });
  for (const score of [3, 2, null, 2]) {
    const voter = await makeUser();
    await db.vote.create({ data: { eventId: event.id, voterId: voter.id, proposalId: p1.id, score } });
  }
});
afterAll(async () => t.cleanup());

describe("buildEventExport", () => {
  it("has the shape DESIGN.md promises", async () => {
    const result = await buildEventExport(slug);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { event, proposals } = result.export;
    expect(event).toMatchObject({ slug, phase: "VOTING", tracks: [{ slug: "main" }], formats: [{ slug: "talk" }] });
    expect(proposals.map((p) => p.externalId)).toEqual(["E-1", "E-2"]);
    const p1 = proposals[0];
    for (const key of [
      "externalId",
      "id",
      "track",
      "format",
      "status",
      "title",
      "abstract",
      "anonymizedTitle",
      "anonymizedAbstract",
      "redactions",
      "speakers",
      "votes",
    ]) {
      expect(p1).toHaveProperty(key);
    }
    expect(p1).toMatchObject({
      track: "main",
      format: "talk",
      status: "SUBMITTED",
      title: "Scaling Postgres at Acme",
      anonymizedTitle: "Scaling Postgres at [organization]",
    });
    expect(p1.anonymizedAbstract).toContain("[link]");
    expect(p1.redactions).toEqual(expect.arrayContaining([{ kind: "ORGANIZATION", field: "TITLE", text: "Acme" }]));
    expect(p1.speakers).toEqual([
      {
        email: "ada@acme.example",
        name: "Ada Lovelace",
        organization: "Acme Corp",
        role: "PRIMARY",
        status: "CONFIRMED",
      },
      { email: "bob@acme.example", name: "", organization: "Acme Corp", role: "CO_SPEAKER", status: "CONFIRMED" },
    ]);
    expect(p1.votes).toEqual({ count: 3, skips: 1, mean: 7 / 3 });
    expect(proposals[1].votes).toEqual({ count: 0, skips: 0, mean: null });
    // Serializable as is.
    expect(JSON.parse(JSON.stringify(result.export))).toEqual(result.export);
  });

  it("says which slug is unknown", async () => {
    expect(await buildEventExport("nope-nope")).toMatchObject({
      ok: false,
      code: "not_found",
      message: 'no event with slug "nope-nope"',
    });
  });

  it("CSV parses back with papaparse, one row per proposal, formula cells neutralized", async () => {
    const result = await buildEventExport(slug);
    if (!result.ok) throw new Error(result.message);
    const csv = eventExportToCsv(result.export, { bom: true });
    expect(csv.startsWith("\uFEFFexternal_id,")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(EXPORT_CSV_HEADER);
    expect(parsed.data).toHaveLength(2);
    const [r1, r2] = parsed.data;
    expect(r1).toMatchObject({
      external_id: "E-1",
      speaker_emails: "ada@acme.example; bob@acme.example",
      speaker_organizations: "Acme Corp; Acme Corp",
      votes_count: "3",
      votes_skips: "1",
      votes_mean: "2.333",
    });
    expect(r1.abstract).toBe("At Acme we run Postgres, see https://acme.example/blog.");
    expect(r2.title).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(r2.abstract).toBe("'+1 for @everyone; -2 for others");
    expect(r2.speaker_names).toBe("'=cmd|calc");
    expect(r2.speaker_organizations).toBe("'@Evil Org");
    expect(r2.votes_mean).toBe("");
    // Text cells never start a formula; negative numbers (scores, intervals) stay numbers.
    for (const row of parsed.data)
      for (const cell of Object.values(row)) if (!/^-\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(Number(r1.rank)).toBeGreaterThanOrEqual(1);
    expect(r1.ranked_votes).toBe("3");
    expect(r2.flags).toContain("no_votes");
  });

  it("carries the ranking fields and the decision of each proposal", async () => {
    const before = await buildEventExport(slug);
    if (!before.ok) throw new Error(before.message);
    const [p1, p2] = before.export.proposals;
    expect(p1.ranking).toMatchObject({ votes: 3 });
    for (const key of [
      "rank",
      "communityScore",
      "ciLow",
      "ciHigh",
      "votes",
      "feedbackComponent",
      "combinedScore",
      "flags",
    ])
      expect(p1.ranking).toHaveProperty(key);
    expect(p1.ranking!.ciLow).toBeLessThanOrEqual(p1.ranking!.communityScore);
    expect(p1.ranking!.ciHigh).toBeGreaterThanOrEqual(p1.ranking!.communityScore);
    expect(p1.ranking!.combinedScore).toBeCloseTo(p1.ranking!.communityScore + p1.ranking!.feedbackComponent, 3);
    expect([p1.ranking!.rank, p2.ranking!.rank].sort()).toEqual([1, 2]);
    expect(p2.ranking!.flags).toContain("no_votes");
    expect(p1.decision).toBeNull();

    const appliedAt = new Date("2027-03-01T10:00:00Z");
    await db.decision.create({
      data: { proposalId: p1.id, mark: "ACCEPT", appliedMark: "ACCEPT", appliedAt, overrideReason: "strong" },
    });
    await db.proposal.update({ where: { id: p1.id }, data: { status: "ACCEPTED" } });
    const after = await buildEventExport(slug);
    if (!after.ok) throw new Error(after.message);
    const q1 = after.export.proposals.find((p) => p.id === p1.id)!;
    expect(q1.status).toBe("ACCEPTED");
    expect(q1.decision).toEqual({
      mark: "ACCEPT",
      appliedMark: "ACCEPT",
      appliedAt: appliedAt.toISOString(),
      overrideReason: "strong",
      notifiedAt: null,
    });
    const csv = Papa.parse<Record<string, string>>(eventExportToCsv(after.export), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.data.find((r) => r.id === p1.id)).toMatchObject({
      status: "ACCEPTED",
      decision_mark: "ACCEPT",
      decision_applied: "ACCEPT",
      decision_override_reason: "strong",
    });
    await db.proposal.update({ where: { id: p1.id }, data: { status: "SUBMITTED" } });
    await db.decision.delete({ where: { proposalId: p1.id } });
  });
});
