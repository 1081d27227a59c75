// The voter pages' reads against a real database: the ballot in order with answers and progress,
// one item with its neighbours and next open item, and nothing for a handle of someone else's
// ballot or a voter without a ballot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeUser } from "../../test/factories";
import { castVote } from "../votes/cast-vote";
import { openBallot, type BallotVoter } from "./assign-ballot";
import { getVoterBallot, getVoterBallotItem, listVotingEvents } from "./voter-view";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

describe("voter view", () => {
  it("reads the ballot, one item with neighbours, and nothing of another voter's ballot", async () => {
    const { event, track, format } = await makeEvent({
      phase: "VOTING",
      ballotSize: 4,
      votingClosesAt: new Date(Date.now() + 3600_000),
    });
    const speaker = await makeUser({ email: `speaker-vv@speakers-vv.example` });
    for (let i = 0; i < 5; i++) {
      const p = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id });
      await db.proposal.update({
        where: { id: p.id },
        data: { status: "SUBMITTED", anonymizedTitle: `Talk ${i}`, anonymizedAbstract: `**Abstract** ${i}` },
      });
    }
    const mk = async (name: string): Promise<BallotVoter> => {
      const u = await makeUser({ email: `${name}@vv-${name}.example` });
      return { id: u.id, email: u.email, emailVerified: true, organizationId: null };
    };
    const ann = await mk("ann");
    const bob = await mk("bob");
    expect((await getVoterBallot(event.slug, ann.id))?.items).toBeNull();
    await openBallot({ eventSlug: event.slug, voter: ann });
    await openBallot({ eventSlug: event.slug, voter: bob });

    const view = await getVoterBallot(event.slug, ann.id);
    expect(view?.items?.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    expect(view?.items?.every((i) => i.score === undefined && i.revision === null && /^Talk \d$/.test(i.title))).toBe(
      true,
    );
    expect(view?.event.tracks).toEqual([{ slug: track.slug, name: track.name }]);
    const [h1, h2, h3, h4] = view!.items!.map((i) => i.handle);
    expect(await castVote(ann, { eventSlug: event.slug, handle: h1, score: 2, revision: null })).toMatchObject({
      ok: true,
    });
    expect(await castVote(ann, { eventSlug: event.slug, handle: h3, score: null, revision: null })).toMatchObject({
      ok: true,
    });

    const after = await getVoterBallot(event.slug, ann.id);
    expect(after?.progress).toEqual({ total: 4, answered: 2, skipped: 1, scored: 1 });
    expect(after?.items?.map((i) => i.score)).toEqual([2, undefined, null, undefined]);
    expect(after?.batch).toBe(1);

    const item = await getVoterBallotItem(event.slug, ann.id, h3);
    expect(item).toMatchObject({
      index: 2,
      previousHandle: h2,
      nextHandle: h4,
      nextOpenHandle: h4,
      progress: { total: 4, answered: 2, skipped: 1, scored: 1 },
      item: { handle: h3, position: 3, score: null, revision: 1, track: track.name, format: format.name },
    });
    expect(item?.item.abstractHtml).toMatch(/<strong>Abstract<\/strong>/);
    expect(item?.event.open).toBe(true);
    expect((await getVoterBallotItem(event.slug, ann.id, h4))?.nextOpenHandle).toBe(h2);

    // Bob's own handles work for Bob only; Ann's handle is nothing to Bob, or under another event.
    expect(await getVoterBallotItem(event.slug, bob.id, h1)).toBeNull();
    expect(await getVoterBallotItem("no-such-event", ann.id, h1)).toBeNull();
    const listed = await listVotingEvents(ann.id);
    expect(listed.find((e) => e.event.slug === event.slug)).toMatchObject({
      hasBallot: true,
      progress: { total: 4, answered: 2 },
    });
  });
});
