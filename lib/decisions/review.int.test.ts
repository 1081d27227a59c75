// Chair review against a real database: each chair's own mark beside the others' (disagreement),
// private notes, speaker feedback in the decision e-mail, slots enforced on apply, publishing
// refused while proposals are undecided (or all of them rejected on request), the program and the
// transparency report (aggregates only, no rejected speaker, no voter).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { asCurrentUser, makeDraft, makeEvent, makeUser } from "../../test/factories";
import { loadPublishedProgram } from "../report/program";
import { reportToMarkdown } from "../report/markdown";
import { buildTransparencyReport } from "../report/transparency";
import { saveChairReview, saveSpeakerFeedback } from "./chair-reviews";
import { loadTrackDashboard } from "./dashboard";
import { applyDecisions, setDecisionMark } from "./mutations";
import { loadProposalReview } from "./proposal-review";
import { previewPublish, publishEvent } from "./publish";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const asChair = (u: { id: string; email: string; name: string | null }, trackIds: string[]): CurrentUser =>
  asCurrentUser(u, { chairTrackIds: trackIds });

async function setup(slotCount = 2) {
  const { event, track, format } = await makeEvent({ phase: "REVIEW", maxAcceptedPerOrg: 0 });
  await db.track.update({ where: { id: track.id }, data: { slotCount } });
  const proposals = [];
  const speakers = [];
  for (let i = 0; i < 4; i++) {
    const speaker = await makeUser({ name: `Speaker Person${i}` });
    speakers.push(speaker);
    const p = await makeDraft({
      eventId: event.id,
      trackId: track.id,
      formatId: format.id,
      speakerId: speaker.id,
      title: `Talk ${i}`,
    });
    proposals.push(await db.proposal.update({ where: { id: p.id }, data: { status: "SUBMITTED" } }));
  }
  const voter = await makeUser({ name: "Voter Visible", email: `voter-${event.slug}@example.org` });
  for (const p of proposals)
    await db.vote.create({ data: { eventId: event.id, voterId: voter.id, proposalId: p.id, score: 2 } });
  const a = await makeUser({ name: "Chen Wei" });
  const b = await makeUser({ name: "Amara Osei" });
  for (const u of [a, b]) await db.trackChair.create({ data: { trackId: track.id, userId: u.id } });
  const organizer = {
    ...asChair(await makeUser({ name: "Olivia", role: "ORGANIZER" }), []),
    role: "ORGANIZER" as const,
  };
  return {
    event,
    track,
    proposals,
    speakers,
    voter,
    chairA: asChair(a, [track.id]),
    chairB: asChair(b, [track.id]),
    organizer,
    where: { eventSlug: event.slug, trackSlug: track.slug },
  };
}

describe("chair reviews", () => {
  it("shows each chair's mark side by side, flags disagreement, keeps notes private", async () => {
    const s = await setup();
    const p = s.proposals[0];
    const r1 = await saveChairReview(s.chairA, { ...s.where, proposalId: p.id, mark: "ACCEPT", note: "Strong talk" });
    expect(r1.ok).toBe(true);
    await saveChairReview(s.chairB, { ...s.where, proposalId: p.id, mark: "REJECT", comment: "Too basic" });

    const d = await loadTrackDashboard(s.chairB, s.event.slug, s.track.slug);
    if (!d.ok) throw new Error(d.message);
    const row = d.dashboard.rows.find((r) => r.id === p.id)!;
    expect(row.disagreement).toBe(true);
    expect(row.chairReviews.map((c) => [c.chair, c.mark, c.comment])).toEqual([
      ["Chen Wei", "ACCEPT", null],
      ["Amara Osei", "REJECT", "Too basic"],
    ]);
    // Chen's private note does not reach Amara.
    expect(row.chairReviews.find((c) => c.chair === "Chen Wei")!.note).toBeNull();
    // Chairs' own marks are not the team decision.
    expect(row.mark).toBe("UNDECIDED");
    expect(d.dashboard.rows.find((r) => r.id === s.proposals[1].id)!.disagreement).toBe(false);

    const review = await loadProposalReview(s.chairA, s.event.slug, s.track.slug, p.id);
    if (!review.ok) throw new Error(review.message);
    expect(review.review.row.chairReviews.find((c) => c.chair === "Chen Wei")!.note).toBe("Strong talk");
    expect(review.review.row.speakerLabel).toMatch(/^[A-Z2-9]{4,}$/);
    expect(JSON.stringify(review.review.voterVersion)).not.toContain("Person0");
  });

  it("refuses a review from a chair of another track and bad input, writing nothing", async () => {
    const s = await setup();
    const outsider = asChair(await makeUser({ name: "Outsider" }), ["some-other-track"]);
    const r = await saveChairReview(outsider, { ...s.where, proposalId: s.proposals[0].id, mark: "ACCEPT" });
    expect(r.ok).toBe(false);
    const long = await saveChairReview(s.chairA, { ...s.where, proposalId: s.proposals[0].id, note: "x".repeat(5001) });
    expect(long.ok === false && long.fieldErrors?.note).toBeTruthy();
    expect(await db.chairReview.count({ where: { proposal: { eventId: s.event.id } } })).toBe(0);
  });
});

describe("slots and publishing", () => {
  it("refuses to apply beyond the track's slots without a reason; applies with one, audit-logged", async () => {
    const s = await setup(2);
    for (const p of s.proposals.slice(0, 3))
      await setDecisionMark(s.chairA, { ...s.where, proposalId: p.id, mark: "ACCEPT" });
    const refused = await applyDecisions(s.chairA, s.where);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain("Main track would have 3 accepted proposals for 2 slots.");
    expect(await db.proposal.count({ where: { eventId: s.event.id, status: "ACCEPTED" } })).toBe(0);
    const applied = await applyDecisions(s.chairA, { ...s.where, overrideReason: "A keynote slot was added" });
    expect(applied.ok).toBe(true);
    expect(await db.proposal.count({ where: { eventId: s.event.id, status: "ACCEPTED" } })).toBe(3);
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: s.event.id, action: "decisions.override" } });
    expect(JSON.stringify(audit.details)).toContain("for 2 slots");
  });

  it("refuses to publish with undecided proposals, naming their count; rejects all undecided on request", async () => {
    const s = await setup(2);
    await setDecisionMark(s.chairA, { ...s.where, proposalId: s.proposals[0].id, mark: "ACCEPT" });
    await setDecisionMark(s.chairA, { ...s.where, proposalId: s.proposals[1].id, mark: "REJECT" });
    await saveSpeakerFeedback(s.chairA, { ...s.where, proposalId: s.proposals[1].id, feedback: "Please add a demo." });
    expect((await applyDecisions(s.chairA, s.where)).ok).toBe(true);

    expect(await previewPublish(s.event.id)).toEqual({ undecided: 2, emails: 2, undecidedEmails: 2 });
    const refused = await publishEvent({ eventId: s.event.id, actorId: s.organizer.id });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain("2 proposals are still undecided");
    expect((await db.event.findUniqueOrThrow({ where: { id: s.event.id } })).phase).toBe("REVIEW");

    const done = await publishEvent({ eventId: s.event.id, actorId: s.organizer.id, rejectUndecided: true });
    if (!done.ok) throw new Error(done.message);
    expect(done.rejected).toBe(2);
    expect(done.queued).toBe(4);
    expect((await db.event.findUniqueOrThrow({ where: { id: s.event.id } })).phase).toBe("PUBLISHED");
    const rejectedMail = await db.outboxEmail.findFirstOrThrow({
      where: { dedupeKey: { startsWith: `decision:${s.proposals[1].id}:` } },
    });
    expect(rejectedMail.text).toContain("Feedback from the program committee:\n\nPlease add a demo.");
    const acceptedMail = await db.outboxEmail.findFirstOrThrow({
      where: { dedupeKey: { startsWith: `decision:${s.proposals[0].id}:` } },
    });
    expect(acceptedMail.text).not.toContain("{{feedback}}");
    expect(acceptedMail.text).not.toContain("Feedback from the program committee");

    // The program lists the accepted session with its speaker; nothing of the rejected ones.
    const program = await loadPublishedProgram(s.event.id);
    expect(program.flatMap((t) => t.sessions.map((x) => x.title))).toEqual(["Talk 0"]);
    expect(program[0].sessions[0].speakers[0].name).toBe("Speaker Person0");

    // The report: aggregates, small cells suppressed, no rejected speaker, no voter.
    const r = await buildTransparencyReport(s.event.slug);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.proposals).toMatchObject({ submitted: 4, accepted: 1, rejected: { suppressed: true } });
    expect(r.report.voting.voters).toBe(1);
    const text = JSON.stringify(r.report) + reportToMarkdown(r.report);
    for (const sp of s.speakers) expect(text).not.toContain(sp.name!);
    expect(text).not.toContain(s.voter.name!);
    expect(text).not.toContain(s.voter.email);
    expect(reportToMarkdown(r.report)).toContain("| 4 | 1 | 0 | <5 | 0 |");
  });

  it("keeps the report private until the results are published", async () => {
    const s = await setup();
    const r = await buildTransparencyReport(s.event.slug);
    expect(r.ok === false && r.code).toBe("phase_closed");
  });
});
