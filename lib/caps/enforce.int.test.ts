import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeOrganization, makeUser } from "../../test/factories";
import { db } from "../db/client";
import { submitProposal } from "../proposals/mutations";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

describe("caps under concurrent submissions", () => {
  it("lets exactly 3 of 20 concurrent submissions through a per-speaker cap of 3", async () => {
    const { event, track, format } = await makeEvent({ maxProposalsPerSpeaker: 3, maxProposalsPerOrg: 0 });
    const speaker = await makeUser();
    const drafts = [];
    for (let i = 0; i < 20; i++)
      drafts.push(
        await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id }),
      );

    const results = await Promise.all(
      drafts.map((d) => submitProposal({ id: speaker.id, email: speaker.email }, d.id)),
    );

    const ok = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const r of refused) {
      expect(r).toMatchObject({ ok: false, code: "cap_reached" });
      if (!r.ok)
        expect(r.message).toMatch(
          /Per-speaker cap reached: you already have 3 proposals submitted to this event and the limit is 3/,
        );
    }
    expect(await db.proposal.count({ where: { eventId: event.id, status: "SUBMITTED" } })).toBe(3);
  });

  it("lets exactly 3 of 20 speakers from one organization through a per-organization cap of 3", async () => {
    const { event, track, format } = await makeEvent({ maxProposalsPerSpeaker: 0, maxProposalsPerOrg: 3 });
    const org = await makeOrganization("Hyperscale");
    const speakers: Awaited<ReturnType<typeof makeUser>>[] = [];
    for (let i = 0; i < 20; i++) speakers.push(await makeUser({ organizationId: org.id }));
    const drafts = [];
    for (const s of speakers)
      drafts.push(
        await makeDraft({
          eventId: event.id,
          trackId: track.id,
          formatId: format.id,
          speakerId: s.id,
          organizationId: org.id,
        }),
      );

    const results = await Promise.all(
      drafts.map((d, i) => submitProposal({ id: speakers[i].id, email: speakers[i].email }, d.id)),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(17);
    if (!refused[0].ok)
      expect(refused[0].message).toBe(
        "Per-organization cap reached for Hyperscale: 3 proposals already submitted by its speakers, the limit is 3.",
      );
    expect(await db.proposal.count({ where: { eventId: event.id, status: "SUBMITTED" } })).toBe(3);
  });

  it("frees a slot when a proposal is withdrawn, and honours an organizer's exception", async () => {
    const { event, track, format } = await makeEvent({ maxProposalsPerSpeaker: 1, maxProposalsPerOrg: 0 });
    const speaker = await makeUser();
    const organizer = await makeUser({ role: "ORGANIZER" });
    const actor = { id: speaker.id, email: speaker.email };
    const a = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id });
    const b = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id });
    expect((await submitProposal(actor, a.id)).ok).toBe(true);
    expect(await submitProposal(actor, b.id)).toMatchObject({ ok: false, code: "cap_reached" });
    await db.capException.create({
      data: {
        eventId: event.id,
        userId: speaker.id,
        extraProposals: 1,
        reason: "keynote speaker",
        grantedById: organizer.id,
      },
    });
    expect((await submitProposal(actor, b.id)).ok).toBe(true);
  });

  it("refuses submission once the CFP is closed, writing nothing", async () => {
    const { event, track, format } = await makeEvent({ phase: "VOTING" });
    const speaker = await makeUser();
    const d = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: speaker.id });
    expect(await submitProposal({ id: speaker.id, email: speaker.email }, d.id)).toMatchObject({
      ok: false,
      code: "phase_closed",
    });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("DRAFT");
  });

  it("does not let another speaker submit someone else's proposal", async () => {
    const { event, track, format } = await makeEvent();
    const owner = await makeUser();
    const intruder = await makeUser();
    const d = await makeDraft({ eventId: event.id, trackId: track.id, formatId: format.id, speakerId: owner.id });
    expect(await submitProposal({ id: intruder.id, email: intruder.email }, d.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});
