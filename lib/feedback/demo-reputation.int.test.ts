// On the demo data: the next event's returning speakers carry a reputation (the chair's
// feedback column, x feedbackWeight in the ranking), newcomers none; the past event's in-app
// ratings fold into PastFeedback when its window closes and then count for the speaker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { DEMO_PERSONAS } from "../demo/personas";
import { seedDemo } from "../seed/demo";
import { loadSpeakerReputations } from "../ranking/data";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { foldSessionFeedback } from "./fold";
import { getSpeakerReputations } from "./reputation-data";

let t: TestDatabase;
const seededAt = new Date("2027-02-01T12:00:00Z");
beforeAll(async () => {
  t = await setupTestDatabase();
  await seedDemo({ now: seededAt });
});
afterAll(async () => t.cleanup());

const email = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.email;

describe("reputation on the demo data", () => {
  it("gives summit-2027 proposals of a returning speaker a positive component, newcomers none", async () => {
    const summit = await db.event.findUniqueOrThrow({ where: { slug: "summit-2027" } });
    const reps = await getSpeakerReputations(summit.id, { now: seededAt });
    const samira = await db.user.findUniqueOrThrow({ where: { email: email("speaker") } });
    const hers = reps.filter((r) => r.speakers.some((s) => s.userId === samira.id));
    expect(hers.length).toBeGreaterThanOrEqual(2);
    for (const r of hers) {
      expect(r.meanScore).toBeGreaterThan(0);
      expect(summit.feedbackWeight * r.meanScore).toBeGreaterThan(0); // the ranking's feedbackComponent
      expect(r.ratingCount).toBeGreaterThanOrEqual(212);
    }
    const newcomersOnly = reps.filter((r) => r.newcomersOnly);
    expect(newcomersOnly.length).toBeGreaterThan(0);
    for (const r of newcomersOnly) expect(r.meanScore).toBe(0);
    // The ranking reads the same reputations (anchored at the close of voting, not seededAt).
    const viaRanking = await loadSpeakerReputations(summit.id);
    const atClose = await getSpeakerReputations(summit.id); // anchored at the close of voting, like the ranking
    const hersAtClose = atClose.find((r) => r.speakers.some((s) => s.userId === samira.id))!;
    expect(viaRanking.get(samira.id)).toBeCloseTo(hersAtClose.speakers.find((s) => s.userId === samira.id)!.score!, 10);
  });

  it("folds the past event's ratings once its window closes", async () => {
    const samira = await db.user.findUniqueOrThrow({ where: { email: email("speaker") } });
    const summit = await db.event.findUniqueOrThrow({ where: { slug: "summit-2027" } });
    expect(await foldSessionFeedback({ now: seededAt })).toMatchObject({ sessions: 0 }); // window still open
    const before = await getSpeakerReputations(summit.id, { now: seededAt });
    expect(await db.pastFeedback.count({ where: { source: "IN_APP" } })).toBe(0);
    const afterClose = new Date(seededAt.getTime() + 30 * 86_400_000);
    // Reads never write: after the window closed, a read leaves PastFeedback as it was...
    const unfolded = await getSpeakerReputations(summit.id, { now: afterClose });
    expect(await db.pastFeedback.count({ where: { source: "IN_APP" } })).toBe(0);
    // ...and the fold (podium feedback:fold, or the next organizer action) adds the ratings.
    expect((await foldSessionFeedback({ now: afterClose })).created).toBeGreaterThan(0);
    const after = await getSpeakerReputations(summit.id, { now: afterClose });
    const row = await db.pastFeedback.findFirstOrThrow({ where: { speakerId: samira.id, source: "IN_APP" } });
    expect(row).toMatchObject({
      eventName: "Open Cloud Day 2026",
      sessionTitle: "Tenant Isolation Without Tears",
      ratingAverage: 4.5,
      ratingCount: 4,
    });
    const count = (reps: typeof before) =>
      reps.find((r) => r.speakers.some((s) => s.userId === samira.id))!.ratingCount;
    expect(count(unfolded)).toBe(count(before));
    expect(count(after)).toBe(count(before) + 4);
  });
});
