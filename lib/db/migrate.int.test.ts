import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { migrateDatabase } from "./migrate-database";
import { openSqlRunner } from "./sql-runner";
import { setupTestDatabase, type TestDatabase } from "../../test/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

describe("db:migrate", () => {
  it("records each migration in _prisma_migrations with Prisma's checksum and is a no-op the second time", async () => {
    const again = await migrateDatabase(t.target);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThan(0);
    const runner = await openSqlRunner(t.target);
    const rows = await runner.query<{ checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`,
    );
    await runner.close();
    expect(rows).toHaveLength(again.alreadyApplied.length);
    for (const r of rows) {
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
  });

  it("leaves a working schema behind for the Prisma client", async () => {
    const event = await db.event.create({ data: { slug: "migrated", name: "Migrated" } });
    expect(event.scaleMax).toBe(3);
    expect(await db.event.count()).toBe(1);
  });
});
