// The speaker's write paths against a real database: validation with clear messages and nothing
// half-written, co-speaker invitations, caps counting confirmed co-speakers, redaction stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeEvent, makeOrganization, makeUser } from "../../test/factories";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { getCapStatus, getSpeakerProposal } from "./data";
import { editAnonymizedText } from "./moderation";
import { respondToInvitation, saveProposal, submitProposal, withdrawProposal } from "./mutations";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const valid = {
  title: "Scaling queues",
  abstract: "How we keep **queues** short under load.",
  track: "main",
  format: "talk",
  level: "BEGINNER",
  tags: "queues, scale",
};
const actorOf = (u: { id: string; email: string }) => ({ id: u.id, email: u.email });

async function counts(eventId: string) {
  const [proposals, speakers, findings] = await Promise.all([
    db.proposal.count({ where: { eventId } }),
    db.proposalSpeaker.count({ where: { proposal: { eventId } } }),
    db.redactionFinding.count({ where: { proposal: { eventId } } }),
  ]);
  return { proposals, speakers, findings };
}

describe("saveProposal: bad input gets a clear message and writes nothing", () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["empty title", { title: "   " }, "title", /^Title is required$/],
    [
      "50 kB abstract",
      { abstract: "x".repeat(50_000) },
      "abstract",
      /^Abstract is too long: 50,000 characters, at most 3,000$/,
    ],
    [
      "script tag in the abstract",
      { abstract: "Hello <script>alert(1)</script>" },
      "abstract",
      /^Abstract contains markup that is not allowed \(<script\); use plain Markdown$/,
    ],
    [
      "event handler in the description",
      { description: '<img src=x onerror="alert(1)">' },
      "description",
      /Description for chairs contains markup that is not allowed/,
    ],
    [
      "unknown track",
      { track: "no-such-track" },
      "track",
      /^Track "no-such-track" does not exist in this event; valid tracks: "/,
    ],
    [
      "bad co-speaker e-mail",
      { coSpeakers: "friend@example.org, not-an-email" },
      "coSpeakers.1",
      /Co-speaker e-mail "not-an-email" is not a valid address/,
    ],
  ];
  for (const [name, override, field, message] of cases) {
    it(name, async () => {
      const { event } = await makeEvent();
      const speaker = await makeUser();
      const r = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: { ...valid, ...override } });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.code).toBe("invalid_input");
      expect(r.message).toMatch(message);
      expect(r.fieldErrors?.[field]).toMatch(message);
      expect(await counts(event.id)).toEqual({ proposals: 0, speakers: 0, findings: 0 });
      expect(await db.user.count({ where: { email: "friend@example.org" } })).toBe(0);
    });
  }

  it("an unknown format on an existing proposal leaves it exactly as it was", async () => {
    const { event } = await makeEvent();
    const speaker = await makeUser();
    const created = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: valid });
    if (!created.ok) throw new Error(created.message);
    const before = await db.proposal.findUniqueOrThrow({ where: { id: created.proposalId } });
    const r = await saveProposal(actorOf(speaker), {
      proposalId: created.proposalId,
      input: { ...valid, title: "Changed", format: "keynote", coSpeakers: "late@example.org" },
    });
    expect(r).toMatchObject({
      ok: false,
      code: "invalid_input",
      message: expect.stringMatching(/^Format "keynote" does not exist in this event; valid formats: "/),
    });
    const after = await db.proposal.findUniqueOrThrow({ where: { id: created.proposalId } });
    expect(after.title).toBe(before.title);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await db.proposalSpeaker.count({ where: { proposalId: created.proposalId } })).toBe(1);
    expect(await db.user.count({ where: { email: "late@example.org" } })).toBe(0);
  });

  it("refuses to create in an event whose call for papers is closed", async () => {
    const { event } = await makeEvent({ phase: "VOTING" });
    const speaker = await makeUser();
    const r = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: valid });
    expect(r).toMatchObject({ ok: false, code: "phase_closed" });
    expect(await counts(event.id)).toEqual({ proposals: 0, speakers: 0, findings: 0 });
  });
});

describe("saveProposal: creating and redaction", () => {
  it("creates a draft with its primary speaker, and stores the redacted text and findings", async () => {
    const { event } = await makeEvent();
    const org = await makeOrganization("Quintessa Systems");
    const speaker = await makeUser({ name: "Orla Quint", organizationId: org.id });
    const r = await saveProposal(actorOf(speaker), {
      eventSlug: event.slug,
      input: {
        ...valid,
        title: "How Quintessa Systems scales queues",
        abstract:
          "At Quintessa Systems, Orla Quint and team run Kafka. Quintessa Systems learned a lot; Orla's slides: https://orla.example.org/talk",
      },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.warnings).toContain("Your abstract mentions your organization 2 times: voters will see [organization].");
    expect(r.warnings).toContain("Your title mentions your organization once: voters will see [organization].");

    const p = await db.proposal.findUniqueOrThrow({
      where: { id: r.proposalId },
      include: { speakers: true, redactions: true },
    });
    expect(p.status).toBe("DRAFT");
    expect(p.speakers).toMatchObject([
      { userId: speaker.id, role: "PRIMARY", status: "CONFIRMED", organizationId: org.id },
    ]);
    expect(p.anonymizedTitle).toBe("How [organization] scales queues");
    expect(p.anonymizedAbstract).not.toMatch(/Quintessa|Orla|orla\.example/);
    expect(p.anonymizedAbstract).toContain("Kafka"); // technologies survive
    expect(p.anonymizedAbstract).toContain("[organization]");
    expect(p.anonymizedAbstract).toContain("[link]");
    const kinds = p.redactions.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(["ORGANIZATION", "NAME", "URL"]));
    for (const f of p.redactions) {
      const source = f.field === "TITLE" ? p.title : p.abstract;
      expect(source.slice(f.start, f.end)).toBe(f.text);
    }
    expect(r.findings).toHaveLength(p.redactions.length);
  });

  it("re-saving replaces findings and a chair's hand edit (which described the old text)", async () => {
    const { event, track } = await makeEvent();
    const org = await makeOrganization("Borealis Data");
    const speaker = await makeUser({ name: "Mira Holt", organizationId: org.id });
    const organizer = await makeUser({ role: "ORGANIZER" });
    const r = await saveProposal(actorOf(speaker), {
      eventSlug: event.slug,
      input: { ...valid, abstract: "Borealis Data runs this." },
    });
    if (!r.ok) throw new Error(r.message);
    const moderator: CurrentUser = {
      id: organizer.id,
      email: organizer.email,
      name: null,
      role: "ORGANIZER",
      emailVerified: true,
      organizationId: null,
      chairTrackIds: [track.id],
    };
    expect(
      (
        await editAnonymizedText(moderator, r.proposalId, {
          anonymizedTitle: "Queues",
          anonymizedAbstract: "Hand-edited.",
        })
      ).ok,
    ).toBe(true);
    expect(
      await db.auditLog.count({
        where: { action: "proposal.anonymized_edit", targetId: r.proposalId, actorId: organizer.id },
      }),
    ).toBe(1);

    const again = await saveProposal(actorOf(speaker), {
      proposalId: r.proposalId,
      input: { ...valid, abstract: "No company names here at all." },
    });
    if (!again.ok) throw new Error(again.message);
    expect(again.findings).toEqual([]);
    const p = await db.proposal.findUniqueOrThrow({ where: { id: r.proposalId } });
    expect(p.anonymizedAbstract).toBe("No company names here at all.");
    expect(p.anonymizedEditedAt).toBeNull();
    expect(await db.redactionFinding.count({ where: { proposalId: r.proposalId } })).toBe(0);
  });

  it("a hand edit of the voter version is checked for identity again, and kept terms are audited", async () => {
    const { event, track } = await makeEvent();
    const org = await makeOrganization("Kestrel Freight");
    const speaker = await makeUser({ name: "Oyelaran Adebisi", organizationId: org.id });
    const chair = await makeUser();
    const r = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: valid });
    if (!r.ok) throw new Error(r.message);
    const asChair: CurrentUser = {
      id: chair.id,
      email: chair.email,
      name: null,
      role: "MEMBER",
      emailVerified: true,
      organizationId: null,
      chairTrackIds: [track.id],
    };
    const leaky = {
      anonymizedTitle: "Queues at K3strel",
      anonymizedAbstract: "Oyelaran Adebisi shows how queues stay short.",
    };
    const refused = await editAnonymizedText(asChair, r.proposalId, leaky);
    expect(refused).toMatchObject({ ok: false, code: "invalid_input" });
    if (refused.ok) throw new Error("expected a refusal");
    expect(refused.fieldErrors?.anonymizedTitle).toMatch(/Voter title still identifies .*“K3strel”/);
    expect(refused.fieldErrors?.anonymizedAbstract).toMatch(/“Oyelaran Adebisi”/);
    expect(refused.fieldErrors?.keepFlagged).toBeDefined();
    const stored = await db.proposal.findUniqueOrThrow({ where: { id: r.proposalId } });
    expect(stored.anonymizedTitle).toBe(valid.title);
    expect(stored.anonymizedEditedAt).toBeNull();

    // Confirming a different text than the one flagged does not count.
    const stale = await editAnonymizedText(asChair, r.proposalId, {
      ...leaky,
      keepFlagged: { title: "Queues", abstract: leaky.anonymizedAbstract },
    });
    expect(stale.ok).toBe(false);

    const kept = await editAnonymizedText(asChair, r.proposalId, {
      ...leaky,
      keepFlagged: { title: leaky.anonymizedTitle, abstract: leaky.anonymizedAbstract },
    });
    expect(kept.ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "proposal.anonymized_edit", targetId: r.proposalId },
    });
    expect(audit.details).toMatchObject({ keptDespiteDetection: ["K3strel", "Oyelaran Adebisi"] });
  });

  it("only the track's chairs and organizers edit the voter version", async () => {
    const { event, track } = await makeEvent();
    const speaker = await makeUser();
    const r = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: valid });
    if (!r.ok) throw new Error(r.message);
    const asMember = (u: { id: string; email: string }, chairTrackIds: string[]): CurrentUser => ({
      id: u.id,
      email: u.email,
      name: null,
      role: "MEMBER",
      emailVerified: true,
      organizationId: null,
      chairTrackIds,
    });
    const other = await makeUser();
    expect(
      await editAnonymizedText(asMember(other, ["some-other-track"]), r.proposalId, {
        anonymizedTitle: "X",
        anonymizedAbstract: "Y",
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await editAnonymizedText(asMember(speaker, []), r.proposalId, { anonymizedTitle: "X", anonymizedAbstract: "Y" }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    const chair = await makeUser();
    expect(
      (
        await editAnonymizedText(asMember(chair, [track.id]), r.proposalId, {
          anonymizedTitle: "Fixed",
          anonymizedAbstract: "Fixed abstract.",
        })
      ).ok,
    ).toBe(true);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: r.proposalId } })).anonymizedTitle).toBe("Fixed");
  });
});

describe("ownership", () => {
  it("another user can neither read, edit, submit nor withdraw the proposal", async () => {
    const { event } = await makeEvent();
    const owner = await makeUser();
    const intruder = await makeUser();
    const r = await saveProposal(actorOf(owner), { eventSlug: event.slug, input: valid });
    if (!r.ok) throw new Error(r.message);
    expect(await getSpeakerProposal(intruder.id, r.proposalId)).toBeNull();
    expect(
      await saveProposal(actorOf(intruder), { proposalId: r.proposalId, input: { ...valid, title: "Hijacked" } }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await submitProposal(actorOf(intruder), r.proposalId)).toMatchObject({ ok: false, code: "not_found" });
    expect(await withdrawProposal(actorOf(intruder), r.proposalId)).toMatchObject({ ok: false, code: "not_found" });
    const p = await db.proposal.findUniqueOrThrow({ where: { id: r.proposalId } });
    expect(p.title).toBe(valid.title);
    expect(p.status).toBe("DRAFT");
  });
});

describe("submit and withdraw", () => {
  it("draft -> submitted -> withdrawn -> submitted again; withdrawn ones free the cap", async () => {
    const { event } = await makeEvent({ maxProposalsPerSpeaker: 1, maxProposalsPerOrg: 0 });
    const speaker = await makeUser();
    const a = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: valid });
    const b = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: { ...valid, title: "Second" } });
    if (!a.ok || !b.ok) throw new Error("save failed");
    expect(await getCapStatus(event.id, speaker.id)).toMatchObject({
      speaker: { used: 0, limit: 1, remaining: 1 },
      organization: null,
    });
    expect((await submitProposal(actorOf(speaker), a.proposalId)).ok).toBe(true);
    expect(await getCapStatus(event.id, speaker.id)).toMatchObject({ speaker: { used: 1, remaining: 0 } });
    const refused = await submitProposal(actorOf(speaker), b.proposalId);
    expect(refused).toMatchObject({ ok: false, code: "cap_reached" });
    if (!refused.ok)
      expect(refused.message).toBe(
        "Per-speaker cap reached: you already have 1 proposal submitted to this event and the limit is 1. Withdraw one first, or ask the organizers for an exception.",
      );
    expect(await submitProposal(actorOf(speaker), a.proposalId)).toMatchObject({ ok: false, code: "conflict" });

    expect((await withdrawProposal(actorOf(speaker), a.proposalId)).ok).toBe(true);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: a.proposalId } })).status).toBe("WITHDRAWN");
    expect(await withdrawProposal(actorOf(speaker), a.proposalId)).toMatchObject({ ok: false, code: "phase_closed" });
    expect((await submitProposal(actorOf(speaker), b.proposalId)).ok).toBe(true);
    // The withdrawn one cannot come back while b holds the only slot.
    expect(await submitProposal(actorOf(speaker), a.proposalId)).toMatchObject({ ok: false, code: "cap_reached" });
  });

  it("a submitted proposal stays submitted when edited", async () => {
    const { event } = await makeEvent();
    const speaker = await makeUser();
    const a = await saveProposal(actorOf(speaker), { eventSlug: event.slug, input: valid });
    if (!a.ok) throw new Error(a.message);
    expect((await submitProposal(actorOf(speaker), a.proposalId)).ok).toBe(true);
    expect(
      (await saveProposal(actorOf(speaker), { proposalId: a.proposalId, input: { ...valid, title: "Renamed" } })).ok,
    ).toBe(true);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: a.proposalId } })).toMatchObject({
      status: "SUBMITTED",
      title: "Renamed",
    });
  });
});

describe("co-speakers", () => {
  it("inviting an unknown address creates a placeholder user, an INVITED row and one outbox e-mail", async () => {
    const { event } = await makeEvent();
    const speaker = await makeUser({ name: "Lena Primary" });
    const invitee = `invitee-${Date.now()}@example.net`;
    const r = await saveProposal(actorOf(speaker), {
      eventSlug: event.slug,
      input: { ...valid, coSpeakers: `${invitee.toUpperCase()}, ${invitee}` },
    });
    if (!r.ok) throw new Error(r.message);

    const user = await db.user.findUniqueOrThrow({ where: { email: invitee } });
    expect(user.name).toBeNull();
    expect(user.emailVerified).toBeNull();
    const row = await db.proposalSpeaker.findUniqueOrThrow({
      where: { proposalId_userId: { proposalId: r.proposalId, userId: user.id } },
    });
    expect(row).toMatchObject({ role: "CO_SPEAKER", status: "INVITED" });
    const mails = await db.outboxEmail.findMany({ where: { to: invitee } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "co_speaker_invite" });
    expect(mails[0].text).toContain(speaker.email);

    // Saving again does not invite twice; the invitee sees the proposal and the invitation.
    expect(
      (await saveProposal(actorOf(speaker), { proposalId: r.proposalId, input: { ...valid, coSpeakers: invitee } })).ok,
    ).toBe(true);
    expect(await db.outboxEmail.count({ where: { to: invitee } })).toBe(1);
    expect(await getSpeakerProposal(user.id, r.proposalId)).toMatchObject({ id: r.proposalId });

    // Removing the co-speaker removes the row (the placeholder user stays).
    expect(
      (await saveProposal(actorOf(speaker), { proposalId: r.proposalId, input: { ...valid, coSpeakers: "" } })).ok,
    ).toBe(true);
    expect(await db.proposalSpeaker.count({ where: { proposalId: r.proposalId, userId: user.id } })).toBe(0);
    expect(await getSpeakerProposal(user.id, r.proposalId)).toBeNull();
  });

  it("co-speakers' names are redacted too, even before they confirm", async () => {
    const { event } = await makeEvent();
    const speaker = await makeUser({ name: "Lena Primary" });
    const co = await makeUser({ name: "Tobias Zwicky" });
    const r = await saveProposal(actorOf(speaker), {
      eventSlug: event.slug,
      input: { ...valid, abstract: "Tobias Zwicky joins to demo the failover.", coSpeakers: co.email },
    });
    if (!r.ok) throw new Error(r.message);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: r.proposalId } })).anonymizedAbstract).toBe(
      "[speaker] joins to demo the failover.",
    );
  });

  it("declining drops the invitation; only the invitee can answer it", async () => {
    const { event } = await makeEvent();
    const speaker = await makeUser();
    const co = await makeUser();
    const r = await saveProposal(actorOf(speaker), {
      eventSlug: event.slug,
      input: { ...valid, coSpeakers: co.email },
    });
    if (!r.ok) throw new Error(r.message);
    expect(await respondToInvitation(actorOf(speaker), r.proposalId, true)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await respondToInvitation(actorOf(co), r.proposalId, false)).ok).toBe(true);
    expect(
      await db.proposalSpeaker.findFirstOrThrow({ where: { proposalId: r.proposalId, userId: co.id } }),
    ).toMatchObject({ status: "DECLINED" });
    expect(await getSpeakerProposal(co.id, r.proposalId)).toBeNull();
    expect(await respondToInvitation(actorOf(co), r.proposalId, true)).toMatchObject({ ok: false, code: "not_found" });
  });

  it("a confirmed co-speaker counts against their own cap; confirming over the cap is refused", async () => {
    const { event } = await makeEvent({
      maxProposalsPerSpeaker: 1,
      maxProposalsPerOrg: 0,
      coSpeakersCountTowardCap: true,
    });
    const a = await makeUser();
    const b = await makeUser();
    const co = await makeUser();

    // co confirms on a's submitted proposal: now at the cap of 1.
    const pa = await saveProposal(actorOf(a), { eventSlug: event.slug, input: { ...valid, coSpeakers: co.email } });
    if (!pa.ok) throw new Error(pa.message);
    expect((await submitProposal(actorOf(a), pa.proposalId)).ok).toBe(true);
    expect(await getCapStatus(event.id, co.id)).toMatchObject({ speaker: { used: 0 } }); // invited does not count
    expect((await respondToInvitation(actorOf(co), pa.proposalId, true)).ok).toBe(true);
    expect(await getCapStatus(event.id, co.id)).toMatchObject({ speaker: { used: 1, remaining: 0 } });

    // b invites co to another submitted proposal: confirming would exceed co's cap.
    const pb = await saveProposal(actorOf(b), {
      eventSlug: event.slug,
      input: { ...valid, title: "B", coSpeakers: co.email },
    });
    if (!pb.ok) throw new Error(pb.message);
    expect((await submitProposal(actorOf(b), pb.proposalId)).ok).toBe(true);
    const refused = await respondToInvitation(actorOf(co), pb.proposalId, true);
    expect(refused).toMatchObject({ ok: false, code: "cap_reached" });
    if (!refused.ok)
      expect(refused.message).toMatch(
        /^Per-speaker cap reached: you already have 1 proposal submitted to this event and the limit is 1/,
      );
    expect(
      await db.proposalSpeaker.findFirstOrThrow({ where: { proposalId: pb.proposalId, userId: co.id } }),
    ).toMatchObject({ status: "INVITED" });

    // A draft with a confirmed co-speaker at the cap cannot be submitted either, naming the co-speaker.
    const pc = await saveProposal(actorOf(b), { eventSlug: event.slug, input: { ...valid, title: "C" } });
    if (!pc.ok) throw new Error(pc.message);
    await db.proposalSpeaker.create({
      data: { proposalId: pc.proposalId, userId: co.id, role: "CO_SPEAKER", status: "CONFIRMED" },
    });
    expect((await withdrawProposal(actorOf(b), pb.proposalId)).ok).toBe(true);
    const named = await submitProposal(actorOf(b), pc.proposalId);
    expect(named).toMatchObject({ ok: false, code: "cap_reached" });
    if (!named.ok) expect(named.message).toContain("Per-speaker cap reached for co-speaker");
  });
});
