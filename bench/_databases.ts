// Shared by the database benches (bench/imports.ts, bench/ballot-assignment.ts): the machine line
// every figure is read against, and running one measurement on each database the bench was asked
// for (BENCH_DB=pglite,postgres): a fresh PGlite folder, or a throwaway PostgreSQL 15 cluster
// (scripts/throwaway-postgres.mjs), deleted afterwards whatever happens.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "../lib/db/target";

const root = path.resolve(import.meta.dirname, "..");

/** `serverPid`: the PostgreSQL postmaster, whose process tree's CPU a bench may read (none for PGlite). */
export type BenchDatabase = { kind: "pglite" | "postgres"; label: string; target: DatabaseTarget; serverPid?: number };

/** The databases named in BENCH_DB (default both, PGlite first). */
export function benchDatabaseKinds(): ("pglite" | "postgres")[] {
  const kinds = (process.env.BENCH_DB ?? "pglite,postgres").split(",").map((k) => k.trim());
  const unknown = kinds.filter((k) => k !== "pglite" && k !== "postgres");
  if (unknown.length) throw new Error(`BENCH_DB: unknown database(s) ${unknown.join(", ")} (pglite, postgres)`);
  return kinds as ("pglite" | "postgres")[];
}

/** Prints the CPU count and load: benches run on a machine shared with other work. */
export function printMachine(): void {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(`machine: ${os.cpus().length} CPUs, load average ${load} (shared)`);
}

/**
 * Runs `measure` once per database in BENCH_DB, each on a fresh empty database; returns whether
 * every run met its targets (`measure` returns true when it did).
 */
export async function runOnBenchDatabases(
  tmpPrefix: string,
  measure: (db: BenchDatabase) => Promise<boolean>,
): Promise<boolean> {
  let ok = true;
  for (const kind of benchDatabaseKinds()) {
    if (kind === "pglite") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${tmpPrefix}-`));
      try {
        ok = (await measure({ kind, label: "PGlite", target: { kind, dir: path.join(dir, "pglite") } })) && ok;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const script = path.join(root, "scripts", "throwaway-postgres.mjs");
      const started = spawnSync(process.execPath, [script, "start"], { encoding: "utf8" });
      if (started.status !== 0) throw new Error(`throwaway-postgres failed: ${started.stderr}`);
      const info = JSON.parse(started.stdout) as { url: string; dir: string };
      const pidFile = path.join(info.dir, "data", "postmaster.pid");
      const serverPid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) : undefined;
      try {
        ok = (await measure({ kind, label: "PostgreSQL 15", target: { kind, url: info.url }, serverPid })) && ok;
      } finally {
        spawnSync(process.execPath, [script, "stop", info.dir]);
      }
    }
  }
  return ok;
}
