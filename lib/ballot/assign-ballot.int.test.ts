// Ballot assignment against a real database: conflicts excluded, idempotent, race-safe, "more".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeOrganization, makeUser } from "../../test/factories";
import { assignMore, openBallot, type BallotVoter } from "./assign-ballot";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

let n = 0;
/** A voter at their own domain (the factories' default example.org would conflict with every speaker). */
const makeVoter = () => makeUser({ email: `voter${n++}@independent-${Date.now().toString(36)}.example` });
const asVoter = (u: { id: string; email: string; organizationId: string | null }): BallotVoter => ({
  ...u,
  emailVerified: true,
});

async function votingEvent(proposals: number, overrides: Parameters<typeof makeEvent>[0] = {}) {
  const { event, track, format } = await makeEvent({ phase: "VOTING", ballotSize: 5, ...overrides });
  const acme = await makeOrganization(`Acme ${event.slug}`);
  await db.organizationDomain.create({ data: { organizationId: acme.id, domain: `acme-${event.slug}.example` } });
  const other = await makeOrganization(`Other ${event.slug}`);
  const acmeSpeaker = await makeUser({ organizationId: acme.id });
  // A speaker without an organization record but with an Acme e-mail address: caught by domain.
  const acmeByDomain = await makeUser({ email: `someone@acme-${event.slug}.example` });
  const otherSpeaker = await makeUser({ organizationId: other.id });
  const ids: string[] = [];
  for (let i = 0; i < proposals; i++) {
    const [speaker, org] =
      i % 4 === 0 ? [acmeSpeaker, acme.id] : i % 4 === 1 ? [acmeByDomain, null] : [otherSpeaker, other.id];
    const p = await makeDraft({
      eventId: event.id,
      trackId: track.id,
      formatId: format.id,
      speakerId: speaker.id,
      organizationId: org,
    });
    await db.proposal.update({ where: { id: p.id }, data: { status: "SUBMITTED" } });
    ids.push(p.id);
  }
  return { event, acme, other, otherSpeaker, ids };
}

describe("openBallot", () => {
  it("assigns ballotSize items without the voter's organization (by organization and by e-mail domain) and returns the same ballot again", async () => {
    const { event, acme } = await votingEvent(12);
    const voter = await makeUser({ organizationId: acme.id, email: `v@acme-${event.slug}.example` });
    const first = await openBallot({ eventSlug: event.slug, voter: asVoter(voter) });
    expect(first).toMatchObject({ ok: true, created: true, items: 5 });
    const items = await db.ballotItem.findMany({
      where: { ballot: { voterId: voter.id } },
      include: { proposal: { include: { speakers: { include: { user: true } } } } },
    });
    for (const item of items) {
      for (const s of item.proposal.speakers) {
        expect(s.organizationId).not.toBe(acme.id);
        expect(s.user.email.endsWith(`acme-${event.slug}.example`)).toBe(false);
      }
    }
    const again = await openBallot({ eventSlug: event.slug, voter: asVoter(voter) });
    expect(again).toMatchObject({ ok: true, created: false, items: 5 });
    expect(await db.ballotItem.count({ where: { ballot: { voterId: voter.id } } })).toBe(5);
  });

  it("gives two tabs opening at once one ballot", async () => {
    const { event } = await votingEvent(10);
    const voter = await makeVoter();
    const results = await Promise.all(
      [1, 2, 3].map(() => openBallot({ eventSlug: event.slug, voter: asVoter(voter) })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.ballot.count({ where: { voterId: voter.id } })).toBe(1);
    expect(await db.ballotItem.count({ where: { ballot: { voterId: voter.id } } })).toBe(5);
  });

  it("never gives a speaker their own proposal", async () => {
    const { event, otherSpeaker } = await votingEvent(8);
    const r = await openBallot({ eventSlug: event.slug, voter: asVoter(otherSpeaker) });
    expect(r.ok).toBe(true);
    const own = await db.ballotItem.count({
      where: { ballot: { voterId: otherSpeaker.id }, proposal: { speakers: { some: { userId: otherSpeaker.id } } } },
    });
    expect(own).toBe(0);
  });

  it("refuses outside the voting window and ineligible voters, with the reason", async () => {
    const closed = await votingEvent(3, { votingClosesAt: new Date(Date.now() - 1000) });
    const voter = await makeVoter();
    const r1 = await openBallot({ eventSlug: closed.event.slug, voter: asVoter(voter) });
    expect(r1).toMatchObject({ ok: false, code: "phase_closed" });
    const listed = await votingEvent(3, { eligibility: "MEMBER_LIST" });
    const r2 = await openBallot({ eventSlug: listed.event.slug, voter: asVoter(voter) });
    expect(r2).toMatchObject({ ok: false, code: "not_eligible" });
    if (!r2.ok) expect(r2.message).toContain(voter.email);
    await db.eventVoterListEntry.create({ data: { eventId: listed.event.id, email: voter.email } });
    expect((await openBallot({ eventSlug: listed.event.slug, voter: asVoter(voter) })).ok).toBe(true);
    expect(await db.ballot.count({ where: { voterId: voter.id } })).toBe(1);
  });
});

describe("assignMore", () => {
  it("adds one batch once the ballot is answered; a replayed request adds nothing", async () => {
    const { event } = await votingEvent(14);
    const voter = await makeVoter();
    await openBallot({ eventSlug: event.slug, voter: asVoter(voter) });
    const early = await assignMore({ eventSlug: event.slug, voter: asVoter(voter), expectedBatch: 1 });
    expect(early).toMatchObject({ ok: false, code: "invalid_input" });
    const items = await db.ballotItem.findMany({ where: { ballot: { voterId: voter.id } } });
    await db.vote.createMany({
      data: items.map((i) => ({
        eventId: event.id,
        voterId: voter.id,
        proposalId: i.proposalId,
        ballotItemId: i.id,
        score: 1,
      })),
    });
    const [a, b] = await Promise.all([
      assignMore({ eventSlug: event.slug, voter: asVoter(voter), expectedBatch: 1 }),
      assignMore({ eventSlug: event.slug, voter: asVoter(voter), expectedBatch: 1 }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const after = await db.ballotItem.findMany({ where: { ballot: { voterId: voter.id } } });
    expect(after).toHaveLength(10);
    expect(new Set(after.map((i) => i.proposalId)).size).toBe(10);
    expect(Math.max(...after.map((i) => i.batch))).toBe(2);
  });
});
