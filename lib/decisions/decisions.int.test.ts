// Decisions against a real database: marks, apply (cap refusal, override audit-logged), reveals
// (audit row first), access, and decision e-mails that are never sent twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { saveDecisionTemplate, sendDecisionEmails } from "../notifications/decisions";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { asCurrentUser, makeDraft, makeEvent, makeUser } from "../../test/factories";
import { loadTrackDashboard } from "./dashboard";
import { applyDecisions, setDecisionMark } from "./mutations";
import { revealIdentities } from "./reveal";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const asUser = asCurrentUser;

async function setup(opts: { maxAcceptedPerOrg?: number; newcomerTarget?: number | null } = {}) {
  const { event, track, format } = await makeEvent({
    phase: "REVIEW",
    maxAcceptedPerOrg: opts.maxAcceptedPerOrg ?? 2,
    newcomerTarget: opts.newcomerTarget ?? null,
  });
  const other = await db.track.create({ data: { eventId: event.id, slug: "other", name: "Other" } });
  // Display name repeats per test; the normalized name must stay unique in the shared database.
  const vendor = await db.organization.create({
    data: { name: "NimbusWorks", normalizedName: `nimbusworks ${event.slug}` },
  });
  const proposals = [];
  for (let i = 0; i < 4; i++) {
    const speaker = await makeUser({ name: `Vendor Speaker ${i}`, organizationId: vendor.id });
    const p = await makeDraft({
      eventId: event.id,
      trackId: track.id,
      formatId: format.id,
      speakerId: speaker.id,
      organizationId: vendor.id,
      title: `Vendor talk ${i}`,
    });
    proposals.push(
      await db.proposal.update({ where: { id: p.id }, data: { status: "SUBMITTED", submittedAt: new Date() } }),
    );
  }
  const indie = await makeUser({ name: "Indie Speaker" });
  const ip = await makeDraft({
    eventId: event.id,
    trackId: track.id,
    formatId: format.id,
    speakerId: indie.id,
    title: "Indie talk",
  });
  proposals.push(await db.proposal.update({ where: { id: ip.id }, data: { status: "SUBMITTED" } }));
  const chairUser = await makeUser({ name: "Chen Wei" });
  await db.trackChair.create({ data: { trackId: track.id, userId: chairUser.id } });
  const chair = asUser(chairUser, { chairTrackIds: [track.id] });
  const otherChairUser = await makeUser({ name: "Other Chair" });
  const otherChair = asUser(otherChairUser, { chairTrackIds: [other.id] });
  const organizerUser = await makeUser({ name: "Olivia", role: "ORGANIZER" });
  const organizer = asUser(organizerUser, { role: "ORGANIZER" });
  return { event, track, other, vendor, proposals, chair, otherChair, organizer, slug: event.slug };
}

describe("marks and apply", () => {
  it("refuses to apply over the organization cap without a reason, and applies nothing", async () => {
    const s = await setup();
    for (const p of s.proposals.slice(0, 3)) {
      expect(
        (await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: p.id, mark: "ACCEPT" })).ok,
      ).toBe(true);
    }
    const refused = await applyDecisions(s.chair, { eventSlug: s.slug, trackSlug: "main" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.code).toBe("cap_reached");
      expect(refused.message).toContain("NimbusWorks would have 3 accepted proposals; the limit is 2.");
    }
    expect(await db.proposal.count({ where: { eventId: s.event.id, status: "ACCEPTED" } })).toBe(0);
    expect(await db.decision.count({ where: { proposal: { eventId: s.event.id }, appliedAt: { not: null } } })).toBe(0);

    // The dashboard shows the same violation live.
    const dash = await loadTrackDashboard(s.chair, s.slug, "main");
    expect(dash.ok).toBe(true);
    if (dash.ok) {
      expect(dash.dashboard.violations.map((v) => v.message)).toEqual([
        "NimbusWorks would have 3 accepted proposals; the limit is 2.",
      ]);
      expect(dash.dashboard.pendingChanges).toBe(3);
      expect(dash.dashboard.rows.every((r) => r.identity === null)).toBe(true);
    }
  });

  it("applies within the cap in one go: statuses and applied marks", async () => {
    const s = await setup();
    const [a, b, c] = s.proposals;
    await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: a.id, mark: "ACCEPT" });
    await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: b.id, mark: "WAITLIST" });
    await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: c.id, mark: "REJECT" });
    const r = await applyDecisions(s.chair, { eventSlug: s.slug, trackSlug: "main" });
    expect(r).toMatchObject({ ok: true, applied: 3, overridden: [] });
    const rows = await db.proposal.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, include: { decision: true } });
    const byId = new Map(rows.map((x) => [x.id, x]));
    expect(byId.get(a.id)!.status).toBe("ACCEPTED");
    expect(byId.get(b.id)!.status).toBe("WAITLISTED");
    expect(byId.get(c.id)!.status).toBe("REJECTED");
    expect(byId.get(a.id)!.decision!.appliedMark).toBe("ACCEPT");
    expect(byId.get(a.id)!.decision!.appliedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { eventId: s.event.id, action: "decisions.apply" } })).toBe(1);
  });

  it("applies over the cap with a reason, stored on the decisions and audit-logged", async () => {
    const s = await setup();
    for (const p of s.proposals.slice(0, 3))
      await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: p.id, mark: "ACCEPT" });
    const r = await applyDecisions(s.chair, {
      eventSlug: s.slug,
      trackSlug: "main",
      overrideReason: "Keynote-level talks",
    });
    expect(r.ok).toBe(true);
    expect(await db.proposal.count({ where: { eventId: s.event.id, status: "ACCEPTED" } })).toBe(3);
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: s.event.id, action: "decisions.override" } });
    expect(audit.actorId).toBe(s.chair.id);
    expect(audit.details).toMatchObject({
      reason: "Keynote-level talks",
      violations: ["NimbusWorks would have 3 accepted proposals; the limit is 2."],
    });
    expect((await db.decision.findFirstOrThrow({ where: { proposalId: s.proposals[0].id } })).overrideReason).toBe(
      "Keynote-level talks",
    );
  });

  it("enforces the newcomer target on apply", async () => {
    const s = await setup({ maxAcceptedPerOrg: 0, newcomerTarget: 0.5 });
    // Give every speaker past feedback except the indie one: only the indie talk is a newcomer's.
    for (const p of s.proposals.slice(0, 4)) {
      await db.pastFeedback.create({
        data: {
          speakerId: p.createdById,
          eventName: "Past",
          sessionTitle: p.id,
          ratingAverage: 4,
          ratingCount: 10,
          normalizedAverage: 0.75,
        },
      });
    }
    for (const p of s.proposals.slice(0, 3))
      await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: p.id, mark: "ACCEPT" });
    await setDecisionMark(s.chair, {
      eventSlug: s.slug,
      trackSlug: "main",
      proposalId: s.proposals[4].id,
      mark: "ACCEPT",
    });
    const r = await applyDecisions(s.chair, { eventSlug: s.slug, trackSlug: "main" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("Newcomers would have 1 of 4 accepted proposals (25%); the target is 50%.");
  });

  it("refuses chairs of other tracks, plain members, and changes outside REVIEW", async () => {
    const s = await setup();
    const p = s.proposals[0];
    const other = await setDecisionMark(s.otherChair, {
      eventSlug: s.slug,
      trackSlug: "main",
      proposalId: p.id,
      mark: "ACCEPT",
    });
    expect(other).toMatchObject({ ok: false, code: "forbidden" });
    const member = asUser(await makeUser());
    expect(await applyDecisions(member, { eventSlug: s.slug, trackSlug: "main" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await loadTrackDashboard(member, s.slug, "main")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await loadTrackDashboard(s.otherChair, s.slug, "main")).toMatchObject({ ok: false, code: "forbidden" });
    // Organizers may review every track.
    expect(
      (await setDecisionMark(s.organizer, { eventSlug: s.slug, trackSlug: "main", proposalId: p.id, mark: "REJECT" }))
        .ok,
    ).toBe(true);
    await db.event.update({ where: { id: s.event.id }, data: { phase: "VOTING" } });
    expect(await loadTrackDashboard(s.chair, s.slug, "main")).toMatchObject({ ok: false, code: "phase_closed" });
    await db.event.update({ where: { id: s.event.id }, data: { phase: "PUBLISHED" } });
    expect(
      await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: p.id, mark: "ACCEPT" }),
    ).toMatchObject({ ok: false, code: "phase_closed" });
    // A proposal of another track cannot be marked through this track.
    const elsewhere = await setDecisionMark(s.organizer, {
      eventSlug: s.slug,
      trackSlug: "other",
      proposalId: p.id,
      mark: "ACCEPT",
    });
    expect(elsewhere.ok).toBe(false);
  });
});

describe("reveals", () => {
  it("writes the audit row with the proposal ids, then returns names and organizations", async () => {
    const s = await setup();
    const p = s.proposals[0];
    const r = await revealIdentities(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalIds: [p.id] });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.revealed[0].speakers[0]).toMatchObject({ name: "Vendor Speaker 0", organization: "NimbusWorks" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: s.event.id, action: "identity.reveal" } });
    expect(audit.actorId).toBe(s.chair.id);
    expect(audit.details).toMatchObject({ proposalIds: [p.id], scope: "proposal", track: "main" });

    const dash = await loadTrackDashboard(s.chair, s.slug, "main");
    if (!dash.ok) throw new Error(dash.message);
    expect(dash.dashboard.rows.find((x) => x.id === p.id)!.identity?.speakers[0].name).toBe("Vendor Speaker 0");
    expect(dash.dashboard.rows.filter((x) => x.identity).length).toBe(1);
    expect(dash.dashboard.trail[0]).toMatchObject({ actor: "Chen Wei", scope: "proposal", proposalIds: [p.id] });
  });

  it("reveals a whole track in one audit row; refuses another track's chair without writing anything", async () => {
    const s = await setup();
    const denied = await revealIdentities(s.otherChair, { eventSlug: s.slug, trackSlug: "main", proposalIds: "all" });
    expect(denied).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.auditLog.count({ where: { eventId: s.event.id, action: "identity.reveal" } })).toBe(0);
    const r = await revealIdentities(s.organizer, { eventSlug: s.slug, trackSlug: "main", proposalIds: "all" });
    expect(r.ok && r.revealed.length).toBe(5);
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: s.event.id, action: "identity.reveal" } });
    expect((audit.details as { proposalIds: string[] }).proposalIds).toHaveLength(5);
  });
});

describe("decision e-mails", () => {
  it("go out once per speaker per decision, from the edited template, never twice", async () => {
    const s = await setup();
    const [a, b] = s.proposals;
    await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: a.id, mark: "ACCEPT" });
    await setDecisionMark(s.chair, { eventSlug: s.slug, trackSlug: "main", proposalId: b.id, mark: "REJECT" });
    expect((await applyDecisions(s.chair, { eventSlug: s.slug, trackSlug: "main" })).ok).toBe(true);
    expect(await sendDecisionEmails(s.event.id, s.organizer.id)).toMatchObject({ ok: false, code: "phase_closed" });

    const saved = await saveDecisionTemplate(s.organizer.id, {
      eventId: s.event.id,
      kind: "decision_accept",
      subject: "Yes! {{proposalTitle}}",
      body: "Hi {{speakerName}}, see you at {{eventName}}.",
    });
    expect(saved.ok).toBe(true);
    const bad = await saveDecisionTemplate(s.organizer.id, {
      eventId: s.event.id,
      kind: "decision_accept",
      subject: "Hi {{speakerNme}}",
      body: "x",
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { subject: "Unknown placeholder {{speakerNme}}." } });

    await db.event.update({ where: { id: s.event.id }, data: { phase: "PUBLISHED" } });
    const first = await sendDecisionEmails(s.event.id, s.organizer.id);
    expect(first).toMatchObject({ ok: true, queued: 2, alreadySent: 0 });
    const again = await sendDecisionEmails(s.event.id, s.organizer.id);
    expect(again).toMatchObject({ ok: true, queued: 0, alreadySent: 2 });
    const [twice] = await Promise.all([sendDecisionEmails(s.event.id, null), sendDecisionEmails(s.event.id, null)]);
    expect(twice.ok && twice.queued).toBe(0);

    const mails = await db.outboxEmail.findMany({ where: { dedupeKey: { startsWith: "decision:" } } });
    const mine = mails.filter((m) => m.dedupeKey!.includes(a.id) || m.dedupeKey!.includes(b.id));
    expect(mine).toHaveLength(2);
    const accept = mine.find((m) => m.kind === "decision_accept")!;
    expect(accept.subject).toBe("Yes! Vendor talk 0");
    expect(accept.text).toBe(`Hi Vendor Speaker 0, see you at ${s.event.name}.`);
    expect(mine.find((m) => m.kind === "decision_reject")!.text).toContain('"Vendor talk 1"');
    expect((await db.decision.findFirstOrThrow({ where: { proposalId: a.id } })).notifiedAt).not.toBeNull();
  });
});
