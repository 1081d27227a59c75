// Failing statements must not churn connections (PostgreSQL only: PGlite has no connections).
// Counts the server's backends for the test database (pg_stat_activity) across repeated
// conflicting writes: with createPgPool they stay the same backends; with pg-pool's own query()
// (what @prisma/adapter-pg uses by default) every failure costs a new one.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, testServerUrl, type TestDatabase } from "../../test/database";
import { db } from "./client";
import { createPgPool } from "./pg-pool";

const onPostgres = Boolean(testServerUrl());
let t: TestDatabase;
let admin: pg.Client;

beforeAll(async () => {
  if (!onPostgres) return;
  t = await setupTestDatabase();
  admin = new pg.Client({ connectionString: (t.target as { url: string }).url });
  await admin.connect();
});
afterAll(async () => {
  if (!onPostgres) return;
  await admin.end();
  await t.cleanup();
});

/** Backend pids connected to the test database, other than the observer's own. */
async function backends(): Promise<Set<number>> {
  const r = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return new Set(r.rows.map((x) => x.pid));
}

async function conflictingInserts(query: (sql: string) => Promise<unknown>, times: number): Promise<number> {
  let failed = 0;
  for (let i = 0; i < times; i++) {
    await query(`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ('dup', '2030-01-01', 1)`).catch(
      (e: { code?: string }) => {
        if (e.code !== "23505") throw e;
        failed++;
      },
    );
  }
  return failed;
}

describe.skipIf(!onPostgres)("connections after failing statements", () => {
  it("keeps the app's backends across repeated unique violations through Prisma", async () => {
    await db.rateLimitBucket.create({ data: { key: "dup-prisma", windowStart: new Date("2030-01-01"), count: 1 } });
    const before = await backends();
    let conflicts = 0;
    for (let i = 0; i < 30; i++) {
      try {
        await db.rateLimitBucket.create({ data: { key: "dup-prisma", windowStart: new Date("2030-01-01"), count: 1 } });
      } catch (e) {
        expect((e as { code?: string }).code).toBe("P2002");
        conflicts++;
      }
    }
    await db.rateLimitBucket.count();
    const after = await backends();
    expect(conflicts).toBe(30);
    expect(before.size).toBeGreaterThan(0);
    expect([...after].filter((pid) => !before.has(pid))).toEqual([]);
  });

  it("createPgPool keeps the connection where pg-pool's own query() drops it", async () => {
    const url = (t.target as { url: string }).url;
    const ours = createPgPool({ connectionString: url, max: 1 });
    const stock = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await ours.query(`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ('dup', '2030-01-01', 1)`);
      const pidOf = async (pool: pg.Pool) =>
        (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;

      const oursPid = await pidOf(ours);
      expect(await conflictingInserts((sql) => ours.query(sql), 20)).toBe(20);
      expect(await pidOf(ours)).toBe(oursPid);

      const stockPid = await pidOf(stock);
      expect(await conflictingInserts((sql) => stock.query(sql), 5)).toBe(5);
      expect(await pidOf(stock)).not.toBe(stockPid);
      expect(stock.totalCount).toBe(1);
    } finally {
      await ours.end();
      await stock.end();
    }
  });

  it("survives the server cutting an idle connection and opens a new one", async () => {
    const url = (t.target as { url: string }).url;
    const ours = createPgPool({ connectionString: url, max: 1 });
    try {
      const pid = (await ours.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      // pg-pool drops the cut client and emits 'error' on the pool: with no listener of the pool's
      // own, that was an uncaught exception (the test run reports it and fails).
      for (let i = 0; i < 100 && ours.totalCount > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(ours.totalCount).toBe(0);
      const next = (await ours.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
      expect(next).not.toBe(pid);
    } finally {
      await ours.end();
    }
  });
});
