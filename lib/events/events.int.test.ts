import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { createEvent } from "./create-event";
import { getEventBySlug, getEventOverview, listEvents } from "./data";
import { createFormat, deleteFormat } from "./formats";
import { changePhase } from "./phase";
import { assignChair, createTrack, deleteTrack, removeChair, updateTrack } from "./tracks";
import { updateEvent } from "./update-event";

let t: TestDatabase;
let organizerId: string;
beforeAll(async () => {
  t = await setupTestDatabase();
  organizerId = (await db.user.create({ data: { email: "org@podium.example", role: "ORGANIZER" } })).id;
});
afterAll(async () => t.cleanup());

async function newEvent(slug: string, extra: Record<string, unknown> = {}) {
  const r = await createEvent({ slug, name: `Event ${slug}`, ...extra }, { actorId: organizerId });
  if (!r.ok) throw new Error(r.message);
  return r.event;
}

describe("createEvent", () => {
  it("creates an event with defaults, default formats and an audit entry", async () => {
    const r = await createEvent(
      { slug: "conf-2027", name: "Conf 2027", scale: "0..3", ballotSize: "20" },
      { actorId: organizerId },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event).toMatchObject({
      phase: "DRAFT",
      ballotSize: 20,
      scaleMin: 0,
      scaleMax: 3,
      scaleLabels: ["Not for me", "Maybe", "Would attend", "Must see"],
    });
    const formats = await db.format.findMany({ where: { eventId: r.event.id }, orderBy: { position: "asc" } });
    expect(formats.map((f) => [f.slug, f.durationMinutes])).toEqual([
      ["talk", 30],
      ["workshop", 90],
      ["panel", 45],
      ["lightning", 10],
    ]);
    expect(
      await db.auditLog.count({ where: { eventId: r.event.id, action: "event.create", actorId: organizerId } }),
    ).toBe(1);
  });

  it("returns slug_taken for a duplicate slug and writes nothing", async () => {
    const before = await db.event.count();
    const r = await createEvent({ slug: "conf-2027", name: "Again" });
    expect(r).toMatchObject({ ok: false, code: "slug_taken", field: "slug" });
    expect(await db.event.count()).toBe(before);
  });

  it.each([
    [{ slug: "a", name: "X" }, "slug", /Slug must be 2-60/],
    [{ slug: "Upper-Case", name: "X" }, "slug", /lower-case/],
    [{ slug: "ok-slug", name: "" }, "name", /Name is required/],
    [{ slug: "ok-slug", name: "X", scale: "3..1" }, "scale", /Scale must look like/],
    [{ slug: "ok-slug", name: "X", scale: "0..20" }, "scale", /at most 10 steps/],
    [{ slug: "ok-slug", name: "X", ballotSize: 0 }, "ballotSize", /Ballot size must be an integer between 1 and 200/],
    [{ slug: "ok-slug", name: "X", ballotSize: 201 }, "ballotSize", /between 1 and 200/],
    [{ slug: "ok-slug", name: "X", maxProposalsPerOrg: -1 }, "maxProposalsPerOrg", /from 0 to 10,000/],
    [{ slug: "ok-slug", name: "X", newcomerTarget: 1.5 }, "newcomerTarget", /between 0 and 1/],
    [{ slug: "ok-slug", name: "X", feedbackWeight: "abc" }, "feedbackWeight", /between 0 and 1/],
    [
      { slug: "ok-slug", name: "X", acceptanceShare: 0 },
      "acceptanceShare",
      /Acceptance share must be a number above 0/,
    ],
    [{ slug: "ok-slug", name: "X", acceptanceShare: "1.5" }, "acceptanceShare", /at most 1, e\.g\. 0\.25/],
    [{ slug: "ok-slug", name: "X", acceptanceShare: "a third" }, "acceptanceShare", /Acceptance share must be/],
    [
      { slug: "ok-slug", name: "X", cfpOpensAt: "2027-03-01", cfpClosesAt: "2027-03-01" },
      "cfpClosesAt",
      /CFP closes must be after CFP opens/,
    ],
    [
      { slug: "ok-slug", name: "X", cfpClosesAt: "2027-03-02", votingOpensAt: "2027-03-01" },
      "votingOpensAt",
      /on or after CFP closes/,
    ],
    [
      { slug: "ok-slug", name: "X", votingOpensAt: "2027-03-02", votingClosesAt: "2027-03-01" },
      "votingClosesAt",
      /after Voting opens/,
    ],
    [{ slug: "ok-slug", name: "X", eligibility: "DOMAIN_ALLOWLIST" }, "eligibleDomains", /at least one domain/],
    [{ slug: "ok-slug", name: "X", scale: "1..5", scaleLabels: ["a", "b"] }, "scaleLabels", /5 entries/],
  ])("rejects %j on %s", async (input, field, message) => {
    const r = await createEvent(input as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("invalid_input");
    expect(r.field).toBe(field);
    expect(r.fieldErrors?.[field]).toMatch(message);
  });

  it("accepts equal cfpCloses and votingOpens, normalizes domains and accepts 0 as unlimited", async () => {
    const r = await createEvent({
      slug: "dates-ok",
      name: "Dates",
      cfpOpensAt: "2027-01-01T00:00:00Z",
      cfpClosesAt: "2027-02-01T00:00:00Z",
      votingOpensAt: "2027-02-01T00:00:00Z",
      votingClosesAt: "2027-03-01T00:00:00Z",
      maxProposalsPerSpeaker: 0,
      eligibility: "DOMAIN_ALLOWLIST",
      eligibleDomains: "@Example.org, members.example",
    });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.event).toMatchObject({ maxProposalsPerSpeaker: 0, eligibleDomains: ["example.org", "members.example"] });
  });
});

describe("updateEvent", () => {
  it("updates fields, checks dates against stored ones and audit-logs the change", async () => {
    const e = await newEvent("upd-1", { cfpOpensAt: "2027-01-01", cfpClosesAt: "2027-02-01" });
    const bad = await updateEvent(e.id, { cfpOpensAt: "2027-03-01" }, { actorId: organizerId });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input", field: "cfpClosesAt" });
    const good = await updateEvent(e.id, { ballotSize: 15, scale: "1..5", name: "Renamed" }, { actorId: organizerId });
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.event).toMatchObject({ ballotSize: 15, scaleMin: 1, scaleMax: 5, scaleLabels: [], name: "Renamed" });
    expect(good.changed.sort()).toEqual(["ballotSize", "name", "scaleLabels", "scaleMax", "scaleMin"]);
    expect(await db.auditLog.count({ where: { eventId: e.id, action: "event.update" } })).toBe(1);
  });

  it("refuses a taken slug, an unknown event and a scale change once votes exist", async () => {
    const e = await newEvent("upd-2");
    expect(await updateEvent(e.id, { slug: "conf-2027" })).toMatchObject({ ok: false, code: "slug_taken" });
    expect(await updateEvent("nope", { name: "x" })).toMatchObject({ ok: false, code: "not_found" });
    const track = await db.track.create({ data: { eventId: e.id, slug: "t", name: "T" } });
    const format = await db.format.findFirstOrThrow({ where: { eventId: e.id } });
    const proposal = await db.proposal.create({
      data: {
        eventId: e.id,
        trackId: track.id,
        formatId: format.id,
        title: "T",
        abstract: "A",
        anonymizedTitle: "T",
        anonymizedAbstract: "A",
        createdById: organizerId,
      },
    });
    await db.vote.create({ data: { eventId: e.id, voterId: organizerId, proposalId: proposal.id, score: 2 } });
    expect(await updateEvent(e.id, { scale: "1..5" })).toMatchObject({ ok: false, code: "in_use", field: "scale" });
    expect(await updateEvent(e.id, { scale: "0..3" })).toMatchObject({ ok: true });
  });
});

describe("changePhase", () => {
  it("moves forward one step at a time and audit-logs each move", async () => {
    const e = await newEvent("phase-1");
    expect(await changePhase({ eventId: e.id, to: "VOTING", actorId: organizerId })).toMatchObject({
      ok: false,
      code: "invalid_transition",
    });
    for (const to of ["CFP_OPEN", "VOTING", "REVIEW", "PUBLISHED", "ARCHIVED"] as const) {
      const r = await changePhase({ eventId: e.id, to, actorId: organizerId });
      expect(r).toMatchObject({ ok: true });
    }
    expect(await changePhase({ eventId: e.id, to: "ARCHIVED", actorId: organizerId })).toMatchObject({
      ok: false,
      code: "invalid_transition",
    });
    const log = await db.auditLog.findMany({ where: { eventId: e.id, action: "event.phase" }, orderBy: { at: "asc" } });
    expect(log.map((l) => (l.details as { to: string }).to)).toEqual([
      "CFP_OPEN",
      "VOTING",
      "REVIEW",
      "PUBLISHED",
      "ARCHIVED",
    ]);
    expect(log.every((l) => l.actorId === organizerId)).toBe(true);
  });

  it("moves backward one step only with a reason, recorded in the audit log", async () => {
    const e = await newEvent("phase-2", { phase: "VOTING" });
    expect(await changePhase({ eventId: e.id, to: "CFP_OPEN" })).toMatchObject({ ok: false, code: "reason_required" });
    expect(await changePhase({ eventId: e.id, to: "DRAFT", reason: "oops" })).toMatchObject({
      ok: false,
      code: "invalid_transition",
    });
    const r = await changePhase({
      eventId: e.id,
      to: "CFP_OPEN",
      reason: "Extend the CFP by a week",
      actorId: organizerId,
    });
    expect(r).toMatchObject({ ok: true, from: "VOTING" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { eventId: e.id, action: "event.phase" } });
    expect(entry.details).toMatchObject({
      from: "VOTING",
      to: "CFP_OPEN",
      direction: "backward",
      reason: "Extend the CFP by a week",
    });
  });

  it("moves the phase once when two requests race", async () => {
    const e = await newEvent("phase-3");
    const results = await Promise.all([
      changePhase({ eventId: e.id, to: "CFP_OPEN" }),
      changePhase({ eventId: e.id, to: "CFP_OPEN" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { eventId: e.id, action: "event.phase" } })).toBe(1);
  });
});

describe("tracks, chairs and formats", () => {
  it("creates, updates and deletes tracks; refuses duplicate slugs", async () => {
    const e = await newEvent("tracks-1");
    const a = await createTrack(e.id, { slug: "cloud", name: "Cloud", slotCount: "8" }, { actorId: organizerId });
    expect(a).toMatchObject({ ok: true, track: { slug: "cloud", slotCount: 8, position: 0 } });
    expect(await createTrack(e.id, { slug: "cloud", name: "Again" })).toMatchObject({ ok: false, code: "slug_taken" });
    expect(await createTrack(e.id, { slug: "X Y", name: "Bad" })).toMatchObject({
      ok: false,
      code: "invalid_input",
      field: "slug",
    });
    if (!a.ok) return;
    expect(await updateTrack(a.track.id, { name: "Cloud Native" })).toMatchObject({
      ok: true,
      track: { name: "Cloud Native", slug: "cloud" },
    });
    expect(await deleteTrack(a.track.id)).toMatchObject({ ok: true });
    expect(await db.track.count({ where: { eventId: e.id } })).toBe(0);
  });

  it("assigns and removes chairs by e-mail, creating a placeholder user when needed", async () => {
    const e = await newEvent("tracks-2");
    const r = await createTrack(e.id, { slug: "sec", name: "Security" });
    if (!r.ok) throw new Error(r.message);
    const first = await assignChair(r.track.id, "  New.Chair@Example.ORG ", { actorId: organizerId });
    expect(first).toMatchObject({ ok: true, createdUser: true, alreadyChair: false });
    expect(await assignChair(r.track.id, "new.chair@example.org")).toMatchObject({
      ok: true,
      createdUser: false,
      alreadyChair: true,
    });
    expect(await assignChair(r.track.id, "not-an-email")).toMatchObject({
      ok: false,
      code: "invalid_input",
      field: "email",
    });
    const event = await getEventBySlug("tracks-2");
    expect(event!.tracks[0].chairs.map((c) => c.user.email)).toEqual(["new.chair@example.org"]);
    expect(await removeChair(r.track.id, "new.chair@example.org")).toMatchObject({ ok: true, removed: true });
    expect(await removeChair(r.track.id, "nobody@example.org")).toMatchObject({ ok: false, code: "user_not_found" });
  });

  it("refuses to delete a track or format that proposals use", async () => {
    const e = await newEvent("tracks-3");
    const tr = await createTrack(e.id, { slug: "main", name: "Main" });
    const fo = await createFormat(e.id, { slug: "keynote", name: "Keynote", durationMinutes: 20 });
    if (!tr.ok || !fo.ok) throw new Error("setup");
    await db.proposal.create({
      data: {
        eventId: e.id,
        trackId: tr.track.id,
        formatId: fo.format.id,
        title: "T",
        abstract: "A",
        anonymizedTitle: "T",
        anonymizedAbstract: "A",
        createdById: organizerId,
        status: "SUBMITTED",
      },
    });
    expect(await deleteTrack(tr.track.id)).toMatchObject({ ok: false, code: "in_use" });
    expect(await deleteFormat(fo.format.id)).toMatchObject({ ok: false, code: "in_use" });
    expect(await createFormat(e.id, { slug: "tiny", name: "Tiny", durationMinutes: 1 })).toMatchObject({
      ok: false,
      field: "durationMinutes",
    });

    const overview = await getEventOverview("tracks-3");
    expect(overview).toMatchObject({ tracks: 1, formats: 5, proposals: { total: 1, submitted: 1 }, voters: 0 });
    const listed = await listEvents({ phase: "DRAFT" });
    expect(listed.find((x) => x.slug === "tracks-3")?._count).toMatchObject({ tracks: 1, formats: 5, proposals: 1 });
  });
});
