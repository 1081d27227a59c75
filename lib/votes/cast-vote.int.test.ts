// Casting and changing votes, and every refusal the issue lists: score outside the scale, vote
// after close, an item not on your ballot, a replayed request -> clear refusal, nothing written.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeUser } from "../../test/factories";
import { openBallot, type BallotVoter } from "../ballot/assign-ballot";
import { decideEligibility } from "../eligibility/rules";
import { domainSuffixes, domainSuffixesSql } from "../eligibility/sql";
import { castVote } from "./cast-vote";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

let n = 0;
async function setup(overrides: Parameters<typeof makeEvent>[0] = {}) {
  const { event, track, format } = await makeEvent({
    phase: "VOTING",
    ballotSize: 3,
    scaleMin: 0,
    scaleMax: 3,
    votingClosesAt: new Date(Date.now() + 3600_000),
    ...overrides,
  });
  const speaker = await makeUser({ email: `speaker${n++}@speakers.example` });
  for (let i = 0; i < 4; i++) {
    const p = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id });
    await db.proposal.update({ where: { id: p.id }, data: { status: "SUBMITTED" } });
  }
  const mk = async () => {
    const u = await makeUser({ email: `voter${n++}@voters${n}.example` });
    const voter: BallotVoter = { id: u.id, email: u.email, emailVerified: true, organizationId: null };
    const r = await openBallot({ eventSlug: event.slug, voter });
    expect(r.ok).toBe(true);
    const handles = (
      await db.ballotItem.findMany({ where: { ballot: { voterId: u.id } }, orderBy: { position: "asc" } })
    ).map((i) => i.handle);
    return { voter, handles };
  };
  return { event, alice: await mk(), bob: await mk() };
}

const votes = () =>
  db.vote.findMany({ orderBy: { id: "asc" }, select: { id: true, score: true, revision: true, voterId: true } });

describe("castVote", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it("records a vote, a skip, and a change that names the revision it saw", async () => {
    const { event, alice } = s;
    const a = await castVote(alice.voter, {
      eventSlug: event.slug,
      handle: alice.handles[0],
      score: 3,
      revision: null,
    });
    expect(a).toEqual({ ok: true, score: 3, revision: 1 });
    const skip = await castVote(alice.voter, {
      eventSlug: event.slug,
      handle: alice.handles[1],
      score: null,
      revision: null,
    });
    expect(skip).toEqual({ ok: true, score: null, revision: 1 });
    const change = await castVote(alice.voter, {
      eventSlug: event.slug,
      handle: alice.handles[0],
      score: 1,
      revision: 1,
    });
    expect(change).toEqual({ ok: true, score: 1, revision: 2 });
    const mine = await db.vote.findMany({ where: { voterId: alice.voter.id }, orderBy: { score: "asc" } });
    expect(mine.map((v) => v.score)).toEqual([1, null]);
    expect(mine[0].updatedAt.getTime()).toBeGreaterThanOrEqual(mine[0].createdAt.getTime());
  });

  it("refuses a score outside the scale (and a fraction) and writes nothing", async () => {
    const before = await votes();
    for (const score of [4, -1, 1.5]) {
      const r = await castVote(s.alice.voter, {
        eventSlug: s.event.slug,
        handle: s.alice.handles[0],
        score,
        revision: null,
      });
      expect(r).toMatchObject({
        ok: false,
        code: "invalid_input",
        message: "Score must be a whole number from 0 to 3, or skip.",
      });
    }
    expect(await votes()).toEqual(before);
  });

  it("refuses a vote at and after the closing instant, and a change after close, writing nothing", async () => {
    const { event, alice } = s;
    expect(
      (await castVote(alice.voter, { eventSlug: event.slug, handle: alice.handles[0], score: 2, revision: null })).ok,
    ).toBe(true);
    const before = await votes();
    const closesAt =
      event.votingClosesAt ?? (await db.event.findUniqueOrThrow({ where: { id: event.id } })).votingClosesAt!;
    for (const now of [closesAt, new Date(closesAt.getTime() + 1)]) {
      const fresh = await castVote(
        alice.voter,
        { eventSlug: event.slug, handle: alice.handles[1], score: 2, revision: null },
        now,
      );
      expect(fresh).toMatchObject({ ok: false, code: "phase_closed" });
      if (!fresh.ok) expect(fresh.message).toMatch(/Voting closed at/);
      const change = await castVote(
        alice.voter,
        { eventSlug: event.slug, handle: alice.handles[0], score: 0, revision: 1 },
        now,
      );
      expect(change).toMatchObject({ ok: false, code: "phase_closed" });
    }
    const justBefore = await castVote(
      alice.voter,
      { eventSlug: event.slug, handle: alice.handles[1], score: 2, revision: null },
      new Date(closesAt.getTime() - 1),
    );
    expect(justBefore.ok).toBe(true);
    expect((await votes()).length).toBe(before.length + 1);
  });

  it("refuses an item of another voter's ballot as not found, and writes nothing", async () => {
    const before = await votes();
    const r = await castVote(s.bob.voter, {
      eventSlug: s.event.slug,
      handle: s.alice.handles[0],
      score: 3,
      revision: null,
    });
    expect(r).toMatchObject({ ok: false, code: "not_found", message: "That item is not on your ballot." });
    const unknown = await castVote(s.bob.voter, {
      eventSlug: s.event.slug,
      handle: "AAAAAAAAAAAAAAAA",
      score: 3,
      revision: null,
    });
    expect(unknown).toMatchObject({ ok: false, code: "not_found" });
    expect(await votes()).toEqual(before);
  });

  it("refuses a replayed request (same create twice, an old change sent again) and keeps the vote as it was", async () => {
    const { event, alice } = s;
    const create = { eventSlug: event.slug, handle: alice.handles[0], score: 3, revision: null };
    expect((await castVote(alice.voter, create)).ok).toBe(true);
    expect(await castVote(alice.voter, create)).toMatchObject({ ok: false, code: "conflict" });
    const change = { eventSlug: event.slug, handle: alice.handles[0], score: 0, revision: 1 };
    expect(await castVote(alice.voter, change)).toEqual({ ok: true, score: 0, revision: 2 });
    const after = await votes();
    expect(await castVote(alice.voter, change)).toMatchObject({ ok: false, code: "conflict" });
    expect(await castVote(alice.voter, create)).toMatchObject({ ok: false, code: "conflict" });
    expect(await votes()).toEqual(after);
  });

  it("refuses votes once the organizer moved the phase on, and for an ineligible voter", async () => {
    await db.event.update({ where: { id: s.event.id }, data: { phase: "REVIEW" } });
    expect(
      await castVote(s.alice.voter, { eventSlug: s.event.slug, handle: s.alice.handles[0], score: 1, revision: null }),
    ).toMatchObject({ ok: false, code: "phase_closed" });
    await db.event.update({
      where: { id: s.event.id },
      data: { phase: "VOTING", eligibility: "DOMAIN_ALLOWLIST", eligibleDomains: ["members.example"] },
    });
    const r = await castVote(s.alice.voter, {
      eventSlug: s.event.slug,
      handle: s.alice.handles[0],
      score: 1,
      revision: null,
    });
    expect(r).toMatchObject({ ok: false, code: "not_eligible" });
    expect(await db.vote.count({ where: { voterId: s.alice.voter.id } })).toBe(0);
  });

  it("rate-limits vote writes per voter through the database", async () => {
    const { event, alice } = s;
    const now = new Date("2030-01-01T00:00:10Z");
    await db.event.update({ where: { id: event.id }, data: { votingClosesAt: new Date("2031-01-01T00:00:00Z") } });
    let revision: number | null = null;
    let refused = 0;
    for (let i = 0; i < 65; i++) {
      const r = await castVote(
        alice.voter,
        { eventSlug: event.slug, handle: alice.handles[0], score: i % 4, revision },
        now,
      );
      if (r.ok) revision = r.revision;
      else {
        expect(r.code).toBe("rate_limited");
        refused++;
      }
    }
    expect(refused).toBe(5);
    expect(revision).toBe(60);
  });

  it("gates eligibility in the vote statement exactly as the eligibility rules decide", async () => {
    const { event, alice } = s;
    const cases: {
      eligibility: "DOMAIN_ALLOWLIST" | "MEMBER_LIST" | "VERIFIED_EMAIL";
      domains?: string[];
      email: string;
      verified?: boolean;
      listed?: boolean;
    }[] = [
      { eligibility: "DOMAIN_ALLOWLIST", domains: ["acme.org"], email: "a@acme.org" },
      { eligibility: "DOMAIN_ALLOWLIST", domains: ["acme.org"], email: "a@eu.acme.org" },
      { eligibility: "DOMAIN_ALLOWLIST", domains: ["acme.org"], email: "a@notacme.org" },
      { eligibility: "DOMAIN_ALLOWLIST", domains: ["www.ACME.org."], email: "A@Acme.ORG" },
      { eligibility: "DOMAIN_ALLOWLIST", domains: ["eu.acme.org"], email: "a@acme.org" },
      { eligibility: "DOMAIN_ALLOWLIST", domains: ["other.example", "@acme.org"], email: "a@x.acme.org" },
      { eligibility: "DOMAIN_ALLOWLIST", domains: ["acme.org"], email: "a@acme.org", verified: false },
      { eligibility: "MEMBER_LIST", email: "member@list.example", listed: true },
      { eligibility: "MEMBER_LIST", email: "stranger@list.example", listed: false },
      { eligibility: "VERIFIED_EMAIL", email: "any@where.example" },
      { eligibility: "VERIFIED_EMAIL", email: "any@where.example", verified: false },
    ];
    for (const [i, c] of cases.entries()) {
      await db.event.update({
        where: { id: event.id },
        data: { eligibility: c.eligibility, eligibleDomains: c.domains ?? [] },
      });
      await db.eventVoterListEntry.deleteMany({ where: { eventId: event.id } });
      if (c.listed) await db.eventVoterListEntry.create({ data: { eventId: event.id, email: c.email.toLowerCase() } });
      // The statement reads the voter's e-mail and verification as stored (stored normalized).
      await db.user.update({
        where: { id: alice.voter.id },
        data: { email: c.email.toLowerCase(), emailVerified: c.verified === false ? null : new Date() },
      });
      const voter = { ...alice.voter, email: c.email, emailVerified: c.verified ?? true };
      const expected = decideEligibility(
        { eligibility: c.eligibility, eligibleDomains: c.domains ?? [] },
        voter,
        Boolean(c.listed),
      );
      const r = await castVote(voter, {
        eventSlug: event.slug,
        handle: alice.handles[0],
        score: i % 4,
        revision: null,
      });
      if (expected.eligible) {
        expect(r, JSON.stringify(c)).toMatchObject({ ok: true });
        await db.vote.deleteMany({ where: { voterId: voter.id } });
      } else expect(r, JSON.stringify(c)).toMatchObject({ ok: false, code: "not_eligible", message: expected.reason });
    }
  });

  it("refuses a cookie whose session version is no longer the user's, and an unknown user, as signed out", async () => {
    const { event, alice } = s;
    const input = { eventSlug: event.slug, handle: alice.handles[0], score: 2, revision: null };
    expect(await castVote({ id: alice.voter.id, sessionVersion: 1 }, input)).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(await castVote({ id: "no-such-user", sessionVersion: 0 }, input)).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(await db.vote.count({ where: { voterId: alice.voter.id } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: `vote:${alice.voter.id}` } })).toBe(0);
    // "Sign out everywhere" bumps the version: the old cookie's version stops working.
    expect(await castVote({ id: alice.voter.id, sessionVersion: 0 }, input)).toMatchObject({ ok: true });
    await db.user.update({ where: { id: alice.voter.id }, data: { sessionVersion: { increment: 1 } } });
    const again = { ...input, handle: alice.handles[1] };
    expect(await castVote({ id: alice.voter.id, sessionVersion: 0 }, again)).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(await castVote({ id: alice.voter.id, sessionVersion: 1 }, again)).toMatchObject({ ok: true });
  });
});

describe("domainSuffixesSql", () => {
  it("gives the same suffixes as domainSuffixes for the e-mail as stored", async () => {
    const emails = [
      "a@acme.org",
      "a@eu.west.acme.org",
      " A@WWW.Acme.ORG. ",
      "a@a..b",
      "a@.acme.org",
      "no-at-sign.example",
      "a@",
      "a@localhost",
      "x@y@z.example",
    ];
    for (const email of emails) {
      const rows = await db.$queryRawUnsafe<{ s: string[] }[]>(`SELECT ${domainSuffixesSql("$1::text")} AS s`, email);
      expect(rows[0].s, email).toEqual(domainSuffixes(email));
    }
  });
});
