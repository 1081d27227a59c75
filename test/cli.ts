// Runs the real CLI (node bin/podium.mjs) as a child process against a test database, and opens
// that database in the test process only between CLI runs (PGlite allows one process at a time).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { closeDb, useDatabase } from "../lib/db/client";
import type { DatabaseTarget } from "../lib/db/target";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "bin/podium.mjs");

export type CliRun = { code: number | null; stdout: string; stderr: string };

export function databaseUrlOf(target: DatabaseTarget): string {
  return target.kind === "pglite" ? `pglite://${target.dir}` : target.url;
}

export function cliRunner(target: () => DatabaseTarget) {
  /** `podium ...args` with DATABASE_URL pointing at the test database. */
  function podium(...args: string[]): CliRun {
    const r = spawnSync(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrlOf(target()) },
      encoding: "utf8",
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
  }
  /** Opens the test database in this process for a check, and closes it again. */
  async function withDb<T>(fn: () => Promise<T>): Promise<T> {
    await useDatabase(target());
    try {
      return await fn();
    } finally {
      await closeDb();
    }
  }
  return { podium, withDb };
}
