import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { db } from "./client";

// Interactive transactions on either driver: another request never sees uncommitted or rolled-back
// writes, and a transaction that waits behind a longer one (PGlite runs one at a time) starts once
// the other ends instead of failing after Prisma's 2 s default.
let database: TestDatabase;
beforeAll(async () => {
  database = await setupTestDatabase();
  await db.$executeRawUnsafe(`CREATE TABLE tx_probe (id int PRIMARY KEY)`);
});
afterAll(async () => database.cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ids = async () =>
  (await db.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM tx_probe ORDER BY id`)).map((r) => r.id);

describe("interactive transactions", () => {
  it("hide uncommitted writes from other requests and drop them on rollback", async () => {
    let inserted!: () => void;
    const insertedP = new Promise<void>((r) => (inserted = r));
    const failing = db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO tx_probe VALUES (1)`);
        inserted();
        await sleep(300);
        throw new Error("abandon");
      })
      .catch((e: Error) => e.message);
    await insertedP;
    expect(await ids()).toEqual([]);
    expect(await failing).toBe("abandon");
    expect(await ids()).toEqual([]);
  });

  it("let a second transaction wait behind a long one rather than fail", async () => {
    let started!: () => void;
    const startedP = new Promise<void>((r) => (started = r));
    const long = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO tx_probe VALUES (2)`);
      started();
      await sleep(2_600); // past Prisma's 2 s default maxWait
      await tx.$executeRawUnsafe(`INSERT INTO tx_probe VALUES (3)`);
    });
    await startedP;
    const second = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO tx_probe VALUES (4)`);
      return (await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM tx_probe`))[0].n;
    });
    await long;
    const seen = await second;
    // PGlite serializes: the second sees 2, 3 and its own 4. PostgreSQL runs it beside the long one:
    // it sees only its own row, never the long transaction's uncommitted ones.
    expect(seen === 3 || seen === 1).toBe(true);
    expect(await ids()).toEqual([2, 3, 4]);
  });
});
