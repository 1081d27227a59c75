// Integration-test database: a fresh, migrated database per test file. PGlite in a temp folder by
// default; with TEST_DATABASE_URL=postgres://... (a throwaway server, see scripts/throwaway-postgres.mjs)
// a fresh database on that server instead.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closeDb, useDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import type { DatabaseTarget } from "../lib/db/target";

export type TestDatabase = { target: DatabaseTarget; cleanup: () => Promise<void> };

export function testServerUrl(): string | undefined {
  // Tests may read the environment directly: they configure the process, they are not the app.
  return process.env.TEST_DATABASE_URL || undefined;
}

/** Creates an empty database (not migrated) and returns its target. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const server = testServerUrl();
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-test-"));
    const target: DatabaseTarget = { kind: "pglite", dir: path.join(dir, "pglite") };
    return { target, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `podium_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: "postgres", url: url.toString() };
  return {
    target,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A fresh migrated database that lib/db's `db` now points at. Call the returned cleanup in afterAll. */
export async function setupTestDatabase(): Promise<TestDatabase> {
  const created = await createEmptyDatabase();
  await useDatabase(created.target);
  await migrateDatabase(created.target);
  return {
    target: created.target,
    cleanup: async () => {
      await closeDb();
      await created.cleanup();
    },
  };
}
