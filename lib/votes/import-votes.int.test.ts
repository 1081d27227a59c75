// import:votes against a real database: accounts, ballot items (coverage), scale checks, bad rows
// by line, idempotency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { parseCsv } from "../imports/csv";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeUser } from "../../test/factories";
import { importVotes, VOTE_CSV } from "./import-votes";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const rowsOf = (text: string) => {
  const r = parseCsv(new TextEncoder().encode(text), VOTE_CSV);
  if (!r.ok) throw new Error(r.message);
  return r.rows;
};

describe("importVotes", () => {
  it("creates voters, ballot items and votes; reports bad rows by line; a second run changes nothing", async () => {
    const { event, track, format } = await makeEvent({ phase: "REVIEW", scaleMin: 0, scaleMax: 3 });
    const speaker = await makeUser();
    for (const ext of ["p-1", "p-2"]) {
      const p = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id });
      await db.proposal.update({ where: { id: p.id }, data: { status: "SUBMITTED", externalId: ext } });
    }
    const csv = [
      "voter_email,proposal_external_id,score,voted_at,voter_created_at,voter_organization",
      "Ann@Acme.example,p-1,3,2027-03-01T10:00:00Z,2026-12-24T08:00:00Z,Acme Inc.",
      "ann@acme.example,p-2,,2027-03-01T10:05:00Z,,",
      "bob@gmail.example,p-1,0,2027-03-02T09:00:00Z,,",
      "bob@gmail.example,p-2,4,2027-03-02T09:00:00Z,,",
      "bob@gmail.example,p-9,1,2027-03-02T09:00:00Z,,",
      "not-an-email,p-1,1,2027-03-02T09:00:00Z,,",
      "carl@x.example,p-1,1,yesterday,,",
      "bob@gmail.example,p-1,2,2027-03-02T09:00:00Z,,",
    ].join("\n");
    const r = await importVotes({ eventSlug: event.slug, rows: rowsOf(csv) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r).toMatchObject({ created: 3, updated: 0, votersCreated: 2, ballotItemsCreated: 3 });
    expect(r.failed.map((f) => f.line)).toEqual([5, 6, 7, 8, 9]);
    expect(r.failed[0].reason).toBe("score 4 is outside the event's scale 0..3");
    expect(r.failed[1].reason).toMatch(/no proposal with external_id "p-9"/);
    expect(r.failed[3].reason).toMatch(/voted_at "yesterday" is not an ISO 8601 date/);
    expect(r.failed[4].reason).toMatch(/repeats the vote .* from line 4/);

    const ann = await db.user.findUniqueOrThrow({
      where: { email: "ann@acme.example" },
      include: { organization: true },
    });
    expect(ann.accountCreatedAt.toISOString()).toBe("2026-12-24T08:00:00.000Z");
    expect(ann.organization?.normalizedName).toBe("acme");
    const annVotes = await db.vote.findMany({
      where: { voterId: ann.id },
      include: { ballotItem: true },
      orderBy: { createdAt: "asc" },
    });
    expect(annVotes.map((v) => v.score)).toEqual([3, null]);
    expect(annVotes.every((v) => v.ballotItem !== null)).toBe(true);
    expect(annVotes[0].createdAt.toISOString()).toBe("2027-03-01T10:00:00.000Z");
    expect(await db.ballotItem.count({ where: { ballot: { eventId: event.id } } })).toBe(3);

    const before = await db.vote.findMany({ orderBy: { id: "asc" } });
    const again = await importVotes({ eventSlug: event.slug, rows: rowsOf(csv) });
    expect(again).toMatchObject({
      ok: true,
      created: 0,
      updated: 0,
      unchanged: 3,
      votersCreated: 0,
      ballotItemsCreated: 0,
    });
    expect(await db.vote.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.ballotItem.count({ where: { ballot: { eventId: event.id } } })).toBe(3);
  });

  it("updates changed votes in place (revision, coverage), keeps existing accounts and their sign-up date", async () => {
    const { event, track, format } = await makeEvent({ phase: "REVIEW", scaleMin: 0, scaleMax: 3 });
    const speaker = await makeUser();
    const ids: string[] = [];
    for (const ext of ["q-1", "q-2", "q-3"]) {
      const p = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id });
      await db.proposal.update({ where: { id: p.id }, data: { status: "SUBMITTED", externalId: ext } });
      ids.push(p.id);
    }
    // A voter who signed up here (verified, no organization yet) and a placeholder from an earlier import.
    const signedUp = await makeUser({ email: "dana@beta.example", accountCreatedAt: new Date("2026-05-01T00:00:00Z") });
    const header = "voter_email,proposal_external_id,score,voted_at,voter_created_at,voter_organization";
    const first = [
      header,
      "dana@beta.example,q-1,1,2027-03-01T10:00:00Z,2020-01-01T00:00:00Z,Beta GmbH",
      "dana@beta.example,q-2,,2027-03-01T10:01:00Z,,",
      "eve@gamma.example,q-1,2,2027-03-01T11:00:00Z,2026-02-02T00:00:00Z,",
    ].join("\n");
    expect(await importVotes({ eventSlug: event.slug, rows: rowsOf(first) })).toMatchObject({
      ok: true,
      created: 3,
      votersCreated: 1,
      ballotItemsCreated: 3,
      failed: [],
    });
    const dana = await db.user.findUniqueOrThrow({ where: { id: signedUp.id }, include: { organization: true } });
    expect(dana.organization?.name).toBe("Beta GmbH");
    expect(dana.accountCreatedAt.toISOString()).toBe("2026-05-01T00:00:00.000Z"); // signed up here: not the file's date
    const coverage = async () =>
      (await db.proposalCoverage.findMany({ where: { proposalId: { in: ids } }, orderBy: { proposalId: "asc" } })).map(
        (c) => [ids.indexOf(c.proposalId), c.assigned, c.scored],
      );
    // Every proposal has a coverage row from its creation on (q-3: on no ballot yet).
    expect((await coverage()).sort()).toEqual([
      [0, 2, 2],
      [1, 1, 0],
      [2, 0, 0],
    ]);

    // The skip becomes a score, eve changes her score, dana adds a third vote.
    const second = [
      header,
      "dana@beta.example,q-1,1,2027-03-01T10:00:00Z,,",
      "dana@beta.example,q-2,3,2027-03-01T10:01:00Z,,",
      "eve@gamma.example,q-1,0,2027-03-02T09:00:00Z,,",
      "dana@beta.example,q-3,2,2027-03-03T09:00:00Z,,",
    ].join("\n");
    expect(await importVotes({ eventSlug: event.slug, rows: rowsOf(second) })).toMatchObject({
      ok: true,
      created: 1,
      updated: 2,
      unchanged: 1,
      votersCreated: 0,
      ballotItemsCreated: 1,
    });
    const eve = await db.user.findUniqueOrThrow({ where: { email: "eve@gamma.example" } });
    const eveVote = await db.vote.findUniqueOrThrow({
      where: { voterId_proposalId: { voterId: eve.id, proposalId: ids[0] } },
    });
    expect([eveVote.score, eveVote.revision, eveVote.createdAt.toISOString()]).toEqual([
      0,
      2,
      "2027-03-02T09:00:00.000Z",
    ]);
    expect(eve.accountCreatedAt.toISOString()).toBe("2026-02-02T00:00:00.000Z");
    const danaItems = await db.ballotItem.findMany({
      where: { ballot: { voterId: signedUp.id, eventId: event.id } },
      orderBy: { position: "asc" },
    });
    expect(danaItems.map((i) => [ids.indexOf(i.proposalId), i.position, i.batch])).toEqual([
      [0, 1, 1],
      [1, 2, 1],
      [2, 3, 1],
    ]);
    expect((await coverage()).sort()).toEqual([
      [0, 2, 2],
      [1, 1, 1],
      [2, 1, 1],
    ]);
  });

  it("refuses an unknown event", async () => {
    expect(await importVotes({ eventSlug: "nope", rows: [] })).toMatchObject({ ok: false, code: "not_found" });
  });
});
