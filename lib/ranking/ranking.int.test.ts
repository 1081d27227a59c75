import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeOrganization, makeUser } from "../../test/factories";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { computeEventRanking, computeRankingFor, rankingToCsv } from "./compute";
import { loadSpeakerReputations } from "./data";

let t: TestDatabase;
let slug: string;
let mainTrackId: string;
let otherTrackId: string;
let veteranId: string;

const DAY = 86_400_000;
const asUser = (over: Partial<CurrentUser>): CurrentUser => ({
  id: "u",
  email: "u@example.org",
  name: null,
  role: "MEMBER",
  emailVerified: true,
  organizationId: null,
  chairTrackIds: [],
  ...over,
});

beforeAll(async () => {
  t = await setupTestDatabase();
  const opens = new Date(Date.now() - 5 * DAY);
  const { event, track, format } = await makeEvent({
    phase: "REVIEW",
    votingOpensAt: opens,
    votingClosesAt: new Date(Date.now() - DAY),
    feedbackWeight: 0.5,
  });
  slug = event.slug;
  mainTrackId = track.id;
  const other = await db.track.create({ data: { eventId: event.id, slug: "ops", name: "Operations", position: 1 } });
  otherTrackId = other.id;
  const org = await makeOrganization("Vendorly");

  const proposals = [];
  for (let i = 0; i < 8; i++) {
    const speaker = await makeUser({ organizationId: i < 3 ? org.id : null });
    if (i === 0) veteranId = speaker.id;
    const p = await makeDraft({
      eventId: event.id,
      trackId: i % 2 ? other.id : track.id,
      formatId: format.id,
      speakerId: speaker.id,
      organizationId: i < 3 ? org.id : null,
    });
    proposals.push(
      await db.proposal.update({
        where: { id: p.id },
        data: { status: "SUBMITTED", externalId: `ext-${i}`, submittedAt: new Date() },
      }),
    );
  }
  // A withdrawn proposal never appears in the ranking.
  const gone = await makeDraft({
    eventId: event.id,
    trackId: track.id,
    formatId: format.id,
    speakerId: (await makeUser()).id,
  });
  await db.proposal.update({ where: { id: gone.id }, data: { status: "WITHDRAWN" } });

  await db.pastFeedback.createMany({
    data: [
      {
        speakerId: veteranId,
        eventName: "Summit 2025",
        sessionTitle: "A talk",
        ratingAverage: 4.8,
        ratingCount: 400,
        scaleMax: 5,
        normalizedAverage: 0.95,
      },
      {
        speakerId: (await makeUser()).id,
        eventName: "Summit 2025",
        sessionTitle: "B talk",
        ratingAverage: 3,
        ratingCount: 300,
        scaleMax: 5,
        normalizedAverage: 0.5,
      },
      {
        speakerId: (await makeUser()).id,
        eventName: "Summit 2025",
        sessionTitle: "C talk",
        ratingAverage: 3.8,
        ratingCount: 200,
        scaleMax: 5,
        normalizedAverage: 0.7,
      },
    ],
  });

  const votes = [];
  for (let v = 0; v < 12; v++) {
    const voter = await makeUser({ accountCreatedAt: new Date(opens.getTime() - 200 * DAY) });
    for (let j = 0; j < proposals.length; j++) {
      const skip = (v + j) % 7 === 0;
      votes.push({
        eventId: event.id,
        voterId: voter.id,
        proposalId: proposals[j].id,
        score: skip ? null : Math.min(3, Math.max(0, (j % 4) + (v % 3) - 1)),
        createdAt: new Date(opens.getTime() + DAY),
      });
    }
  }
  await db.vote.createMany({ data: votes });
});
afterAll(async () => t.cleanup());

describe("computeEventRanking", () => {
  it("returns DESIGN.md's rank JSON, ranked by combined score", async () => {
    const result = await computeEventRanking(slug, { now: new Date("2027-01-01T00:00:00Z") });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = result.ranking;
    expect(Object.keys(r)).toEqual(["event", "generatedAt", "method", "proposals", "voters", "reliability"]);
    expect(r.reliability.splitHalfTopAgreement).toBeGreaterThanOrEqual(0);
    expect(r.reliability.splitHalfTopAgreement).toBeLessThanOrEqual(1);
    expect(r).toMatchObject({
      event: slug,
      generatedAt: "2027-01-01T00:00:00.000Z",
      voters: { total: 12, downweighted: 0 },
    });
    expect(r.proposals).toHaveLength(8);
    expect(r.proposals.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of r.proposals) {
      expect(Object.keys(p)).toEqual([
        "externalId",
        "id",
        "track",
        "rank",
        "communityScore",
        "ciLow",
        "ciHigh",
        "votes",
        "feedbackComponent",
        "combinedScore",
        "pAccept",
        "speakerLabel",
        "flags",
      ]);
      expect(p.pAccept).toBeGreaterThanOrEqual(0);
      expect(p.pAccept).toBeLessThanOrEqual(1);
      expect(p.speakerLabel).toMatch(/^[A-Z2-9]{4,}$/);
      expect(p.externalId).toMatch(/^ext-\d$/);
      expect(["main", "ops"]).toContain(p.track);
      expect(p.ciLow).toBeLessThanOrEqual(p.communityScore);
      expect(p.ciHigh).toBeGreaterThanOrEqual(p.communityScore);
      expect(p.combinedScore).toBeCloseTo(p.communityScore + p.feedbackComponent, 3);
      expect(p.votes).toBeGreaterThan(8);
    }
    const sorted = [...r.proposals].sort((a, b) => b.combinedScore - a.combinedScore);
    expect(r.proposals.map((p) => p.id)).toEqual(sorted.map((p) => p.id));
    // Only the veteran has a reputation (a good one); every other proposal's component is exactly 0.
    // One returning speaker says little about how well reputations predict scores here, so the
    // prior's slope stays near its hyperprior (lib/ranking/feedback.ts).
    const veteranProposal = r.proposals.find((p) => p.externalId === "ext-0")!;
    expect(veteranProposal.feedbackComponent).toBeGreaterThan(0);
    expect(r.proposals.filter((p) => p.externalId !== "ext-0").every((p) => p.feedbackComponent === 0)).toBe(true);
    // Every speaker here has one proposal: labels are distinct.
    expect(new Set(r.proposals.map((p) => p.speakerLabel)).size).toBe(8);
    // Two tracks of 4 proposals, no slots: an accepted set of round(0.25 x 4) = 1 per track.
    for (const track of ["main", "ops"]) {
      const sum = r.proposals.filter((p) => p.track === track).reduce((s, p) => s + p.pAccept, 0);
      expect(sum).toBeCloseTo(1, 3);
    }
  });

  it("sizes the accepted set by the event's acceptance share, and by a track's slot count where set", async () => {
    const perTrack = async () => {
      const result = await computeEventRanking(slug);
      if (!result.ok) throw new Error(result.message);
      return Object.fromEntries(
        ["main", "ops"].map((track) => [
          track,
          Math.round(result.ranking.proposals.filter((p) => p.track === track).reduce((s, p) => s + p.pAccept, 0)),
        ]),
      );
    };
    await db.event.update({ where: { slug }, data: { acceptanceShare: 0.5 } });
    try {
      // Every draw accepts round(0.5 x 4) = 2 per track, so the pAccepts of a track add up to 2.
      expect(await perTrack()).toEqual({ main: 2, ops: 2 });
      await db.track.update({ where: { id: otherTrackId }, data: { slotCount: 3 } });
      expect(await perTrack()).toEqual({ main: 2, ops: 3 });
    } finally {
      await db.track.update({ where: { id: otherTrackId }, data: { slotCount: 0 } });
      await db.event.update({ where: { slug }, data: { acceptanceShare: 0.25 } });
    }
  });

  it("ranks within a track, prints CSV with the same fields, and refuses an unknown track", async () => {
    const result = await computeEventRanking(slug, { track: "ops" });
    if (!result.ok) throw new Error(result.message);
    expect(result.ranking.proposals).toHaveLength(4);
    expect(result.ranking.proposals.every((p) => p.track === "ops")).toBe(true);
    expect(result.ranking.proposals.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    const csv = rankingToCsv(result.ranking).trim().split("\r\n");
    expect(csv[0]).toBe(
      "externalId,id,track,rank,communityScore,ciLow,ciHigh,votes,feedbackComponent,combinedScore,pAccept,speakerLabel,flags",
    );
    expect(csv).toHaveLength(5);
    expect(await computeEventRanking(slug, { track: "nope" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await computeEventRanking("no-such-event")).toMatchObject({ ok: false, code: "not_found" });
  });

  it("loads reputations only for the event's speakers", async () => {
    const rep = await loadSpeakerReputations((await db.event.findUniqueOrThrow({ where: { slug } })).id);
    expect([...rep.keys()]).toEqual([veteranId]);
  });
});

describe("computeRankingFor (the API's access rules)", () => {
  it("refuses voters and speakers, and chairs of other tracks", async () => {
    expect(await computeRankingFor(asUser({}), slug)).toMatchObject({ ok: false, code: "forbidden" });
    const chair = asUser({ chairTrackIds: [otherTrackId] });
    expect(await computeRankingFor(chair, slug, { track: "main" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await computeRankingFor(asUser({ chairTrackIds: ["some-other-events-track"] }), slug)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });

  it("gives a chair only their tracks and an organizer everything", async () => {
    const chair = await computeRankingFor(asUser({ chairTrackIds: [otherTrackId] }), slug);
    if (!chair.ok) throw new Error(chair.message);
    expect(chair.ranking.proposals.map((p) => p.track)).toEqual(["ops", "ops", "ops", "ops"]);
    const organizer = await computeRankingFor(asUser({ role: "ORGANIZER" }), slug);
    if (!organizer.ok) throw new Error(organizer.message);
    expect(organizer.ranking.proposals).toHaveLength(8);
    expect(mainTrackId).toBeTruthy();
  });

  it("opens to chairs only once voting is over; organizers see it any time", async () => {
    await db.event.update({ where: { slug }, data: { phase: "VOTING" } });
    try {
      expect(await computeRankingFor(asUser({ chairTrackIds: [otherTrackId] }), slug)).toMatchObject({
        ok: false,
        code: "phase_closed",
      });
      expect((await computeRankingFor(asUser({ role: "ORGANIZER" }), slug)).ok).toBe(true);
    } finally {
      await db.event.update({ where: { slug }, data: { phase: "REVIEW" } });
    }
  });
});
