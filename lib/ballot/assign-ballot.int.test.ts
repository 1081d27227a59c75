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

  it("follows organization merges both ways: a voter of a merged alias, a speaker of the alias's domain", async () => {
    const { event, acme, ids } = await votingEvent(12);
    // "Acme Labs" was merged into Acme; its domain belongs to the Acme tree.
    const labs = await makeOrganization(`Acme Labs ${event.slug}`);
    await db.organization.update({ where: { id: labs.id }, data: { mergedIntoId: acme.id } });
    await db.organizationDomain.create({ data: { organizationId: labs.id, domain: `labs-${event.slug}.example` } });
    const labsSpeaker = await makeUser({ email: `s@labs-${event.slug}.example` });
    const extra = await makeDraft({
      eventId: event.id,
      trackId: (await db.proposal.findUniqueOrThrow({ where: { id: ids[0] } })).trackId,
      formatId: (await db.proposal.findUniqueOrThrow({ where: { id: ids[0] } })).formatId,
      speakerId: labsSpeaker.id,
    });
    await db.proposal.update({ where: { id: extra.id }, data: { status: "SUBMITTED" } });
    const acmeProposals = new Set([ids[0], ids[1], ids[4], ids[5], ids[8], ids[9], extra.id]);
    // A voter of the alias organization, with a public mailbox: conflicts come only through the merge.
    const voter = await makeUser({ organizationId: labs.id, email: `v${n++}@gmail.com` });
    const r = await openBallot({ eventSlug: event.slug, voter: asVoter(voter) });
    expect(r).toMatchObject({ ok: true, created: true, items: 5 });
    const got = await db.ballotItem.findMany({
      where: { ballot: { voterId: voter.id } },
      select: { proposalId: true },
    });
    expect(got.filter((g) => acmeProposals.has(g.proposalId))).toEqual([]);
  });

  it("keeps coverage counts in step with ballot items and scores, and fills the least covered first", async () => {
    const { event, ids } = await votingEvent(12);
    const voters = await Promise.all(Array.from({ length: 6 }, () => makeVoter()));
    // One after another: concurrent assignments may read the same counts (race-safe, not exact).
    for (const v of voters) await openBallot({ eventSlug: event.slug, voter: asVoter(v) });
    const coverage = await db.proposalCoverage.findMany({ where: { proposalId: { in: ids } } });
    const items = await db.ballotItem.groupBy({
      by: ["proposalId"],
      where: { proposalId: { in: ids } },
      _count: { _all: true },
    });
    const counted = new Map(items.map((i) => [i.proposalId, i._count._all]));
    for (const c of coverage) expect(c.assigned).toBe(counted.get(c.proposalId) ?? 0);
    expect(coverage.reduce((sum, c) => sum + c.assigned, 0)).toBe(30);
    // Every voter is independent of every speaker here: 6 ballots x 5 items over 12 proposals
    // spread evenly (lowest coverage first), 2 or 3 each.
    for (const c of coverage) expect([2, 3]).toContain(c.assigned);
    // Scores counted, a skip not, a change from a score to a skip taken back, deletes undone.
    const item = await db.ballotItem.findFirstOrThrow({ where: { ballot: { voterId: voters[0].id } } });
    const vote = await db.vote.create({
      data: { eventId: event.id, voterId: voters[0].id, proposalId: item.proposalId, ballotItemId: item.id, score: 2 },
    });
    const scored = async () =>
      (await db.proposalCoverage.findUniqueOrThrow({ where: { proposalId: item.proposalId } })).scored;
    expect(await scored()).toBe(1);
    await db.vote.update({ where: { id: vote.id }, data: { score: null } });
    expect(await scored()).toBe(0);
    await db.vote.update({ where: { id: vote.id }, data: { score: 3 } });
    expect(await scored()).toBe(1);
    await db.vote.delete({ where: { id: vote.id } });
    expect(await scored()).toBe(0);
    await db.ballot.deleteMany({ where: { voterId: voters[0].id } });
    expect(
      await db.proposalCoverage.aggregate({ where: { proposalId: { in: ids } }, _sum: { assigned: true } }),
    ).toEqual({
      _sum: { assigned: 25 },
    });
  });

  it("assigns only submitted proposals: coverage rows follow each proposal's status and track", async () => {
    const { event, ids } = await votingEvent(8);
    // Every proposal has a coverage row from creation on, in the pool only while SUBMITTED.
    const draft = await db.proposal.findUniqueOrThrow({ where: { id: ids[2] } });
    await db.proposal.update({ where: { id: ids[2] }, data: { status: "DRAFT" } });
    await db.proposal.update({ where: { id: ids[3] }, data: { status: "WITHDRAWN" } });
    const rows = await db.proposalCoverage.findMany({ where: { proposalId: { in: ids } } });
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      expect(r.eventId).toBe(event.id);
      expect(r.trackId).toBe(draft.trackId);
      expect(r.pooled).toBe(r.proposalId !== ids[2] && r.proposalId !== ids[3]);
    }
    const voter = await makeVoter();
    const r = await openBallot({ eventSlug: event.slug, voter: asVoter(voter) });
    expect(r).toMatchObject({ ok: true, created: true, items: 5 });
    const got = await db.ballotItem.findMany({
      where: { ballot: { voterId: voter.id } },
      select: { proposalId: true },
    });
    expect(got.map((g) => g.proposalId)).not.toContain(ids[2]);
    expect(got.map((g) => g.proposalId)).not.toContain(ids[3]);
    // Positions 1..5, handles distinct and of the public form.
    const items = await db.ballotItem.findMany({
      where: { ballot: { voterId: voter.id } },
      orderBy: { position: "asc" },
    });
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(items.map((i) => i.handle)).size).toBe(5);
    for (const i of items) expect(i.handle).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(r.ok && r.firstHandle).toBe(items[0].handle);
  });

  it("narrows a first assignment to the preferred tracks and refuses an unknown track without writing", async () => {
    const { event, track, format } = await makeEvent({ phase: "VOTING", ballotSize: 3 });
    const data = await db.track.create({ data: { eventId: event.id, name: "Data", slug: `data-${event.slug}` } });
    const speaker = await makeUser({ email: `s${n++}@speakers-${event.slug}.example` });
    for (const t of [track.id, track.id, data.id, data.id, data.id]) {
      const p = await makeDraft({ eventId: event.id, trackId: t, formatId: format.id, speakerId: speaker.id });
      await db.proposal.update({ where: { id: p.id }, data: { status: "SUBMITTED" } });
    }
    const voter = await makeVoter();
    const bad = await openBallot({ eventSlug: event.slug, voter: asVoter(voter), trackSlugs: ["nope"] });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await db.ballot.count({ where: { voterId: voter.id } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: `ballot:${voter.id}` } })).toBe(0);
    const r = await openBallot({ eventSlug: event.slug, voter: asVoter(voter), trackSlugs: [data.slug] });
    expect(r).toMatchObject({ ok: true, created: true, items: 3 });
    const ballot = await db.ballot.findFirstOrThrow({
      where: { voterId: voter.id },
      include: { items: { include: { proposal: { select: { trackId: true } } } } },
    });
    expect(ballot.trackPreferences).toEqual([data.id]);
    expect(ballot.items.map((i) => i.proposal.trackId)).toEqual([data.id, data.id, data.id]);
  });

  it("counts ballot assignments against the voter's rate limit, but not reopening an existing ballot", async () => {
    const { event } = await votingEvent(4);
    const voter = await makeVoter();
    for (let i = 0; i < 3; i++)
      expect((await openBallot({ eventSlug: event.slug, voter: asVoter(voter) })).ok).toBe(true);
    const buckets = await db.rateLimitBucket.findMany({ where: { key: `ballot:${voter.id}` } });
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(1);
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
