// The feedback import against a real database: idempotency, placeholders, line-by-line refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeUser } from "../../test/factories";
import { importFeedback } from "./import-feedback";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const bytes = (s: string) => new TextEncoder().encode(s);
const HEADER = "speaker_email,event,session_title,rating_average,rating_count,scale_max\n";

async function snapshot() {
  const rows = await db.pastFeedback.findMany({ orderBy: { id: "asc" } });
  const users = await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, updatedAt: true } });
  return { rows, users };
}

describe("importFeedback", () => {
  it("imports, creates placeholders, and a second import of the same file changes nothing", async () => {
    const known = await makeUser({ email: "known.speaker@example.org" });
    const file = bytes(
      HEADER +
        "Known.Speaker@example.org,Summit 2025,Observability at Scale,4.4,120,\n" +
        "new.person@example.org,Summit 2026,Rust in the Kernel,8.1,45,10\n" +
        "new.person@example.org,Summit 2024,Zero Trust,3.9,30,5\n",
    );
    const progress: number[] = [];
    const first = await importFeedback(file, { actorId: null, batchSize: 2, onProgress: (d) => progress.push(d) });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.summary).toMatchObject({
      total: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      refused: 0,
      placeholders: 1,
    });
    expect(progress).toEqual([0, 2, 3]);
    const placeholder = await db.user.findUniqueOrThrow({ where: { email: "new.person@example.org" } });
    expect(placeholder.emailVerified).toBeNull();
    const rows = await db.pastFeedback.findMany({
      where: { speakerId: placeholder.id },
      orderBy: { eventName: "asc" },
    });
    expect(rows.map((r) => [r.scaleMax, r.normalizedAverage])).toEqual([
      [5, (3.9 - 1) / 4],
      [10, (8.1 - 1) / 9],
    ]);
    expect(await db.pastFeedback.count({ where: { speakerId: known.id, source: "IMPORT" } })).toBe(1);

    const before = await snapshot();
    const second = await importFeedback(file, { actorId: null });
    expect(second.ok && second.summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, placeholders: 0 });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "feedback.import" } })).toBe(1);
  });

  it("updates a changed row in place (same speaker, event and title, any case)", async () => {
    const r = await importFeedback(
      bytes(HEADER + "known.speaker@example.org,summit 2025,OBSERVABILITY AT SCALE,4.6,130,\n"),
      { actorId: null },
    );
    expect(r.ok && r.summary).toMatchObject({ created: 0, updated: 1 });
    const rows = await db.pastFeedback.findMany({ where: { speaker: { email: "known.speaker@example.org" } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sessionTitle: "Observability at Scale", ratingAverage: 4.6, ratingCount: 130 });
  });

  it("refuses a malformed file line by line and writes nothing of a refused line", async () => {
    const before = await snapshot();
    const r = await importFeedback(
      bytes(
        HEADER +
          "ok.one@example.org,Conf 2026,Fine Talk,4.2,12,\n" +
          "bad.avg@example.org,Conf 2026,Bad,n/a,12,\n" +
          "too.high@example.org,Conf 2026,High,6,12,\n" +
          "no.count@example.org,Conf 2026,Zero,4,0,\n",
      ),
      { actorId: null },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary).toMatchObject({ total: 4, created: 1, refused: 3, placeholders: 1 });
    expect(r.summary.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(r.summary.errors[0].message).toMatch(/not a number/);
    expect(r.summary.errors[1].message).toMatch(/above the scale/);
    expect(r.summary.errors[2].message).toMatch(/at least 1/);
    // No placeholder users for the refused lines either.
    for (const email of ["bad.avg@example.org", "too.high@example.org", "no.count@example.org"]) {
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
    }
    const after = await snapshot();
    expect(after.rows.length).toBe(before.rows.length + 1);
  });

  it("refuses the whole file for a bad header or an unknown encoding", async () => {
    const before = await snapshot();
    const header = await importFeedback(bytes("speaker,event,title,avg,count\nx@example.org,C,T,4,5\n"), {
      actorId: null,
    });
    expect(header).toMatchObject({ ok: false, message: expect.stringMatching(/missing columns/) });
    const latin1 = Uint8Array.from([...bytes(HEADER + "y@example.org,Conf 2026,Caf"), 0xe9, ...bytes(",4,5,\n")]);
    expect(await importFeedback(latin1, { actorId: null })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not UTF-8/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a dry run counts without writing", async () => {
    const before = await snapshot();
    const r = await importFeedback(bytes(HEADER + "dry.run@example.org,Conf 2026,Dry,4,5,\n"), {
      actorId: null,
      dryRun: true,
    });
    expect(r.ok && r.summary).toMatchObject({ created: 1, placeholders: 1, dryRun: true });
    expect(await snapshot()).toEqual(before);
  });
});
