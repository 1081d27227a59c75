// Podium's own `db:migrate`: applies prisma/migrations/*/migration.sql through the driver and
// records each in Prisma's _prisma_migrations table exactly as `prisma migrate deploy` does
// (same columns, sha256 checksum of the file), so either tool sees the other's work.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlRunner } from "./sql-runner";
import { splitSqlStatements } from "./split-sql";

export type MigrationFile = { name: string; sql: string; checksum: string };

export type MigrateResult = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration: string,
    readonly statement: string,
  ) {
    super(message);
  }
}

/** Prisma's advisory lock key, so Podium and Prisma never migrate the same database at once. */
const ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function readMigrations(dir: string): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function applyMigrations(
  runner: SqlRunner,
  migrations: MigrationFile[],
  log: (line: string) => void = () => {},
): Promise<MigrateResult> {
  await runner.exec(CREATE_TABLE);
  await runner.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK]);
  try {
    const rows = await runner.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} was started but never finished. Inspect the database, then mark it rolled back.`,
        failed.migration_name,
        "",
      );
    }
    const result: MigrateResult = { applied: [], alreadyApplied: [] };
    for (const m of migrations) {
      const previous = done.get(m.name);
      if (previous) {
        if (previous.checksum !== m.checksum) {
          log(`warning: ${m.name} was changed after it was applied (checksum differs)`);
        }
        result.alreadyApplied.push(m.name);
        continue;
      }
      await applyOne(runner, m);
      log(`applied ${m.name}`);
      result.applied.push(m.name);
    }
    return result;
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK]);
  }
}

async function applyOne(runner: SqlRunner, m: MigrationFile): Promise<void> {
  const statements = splitSqlStatements(m.sql);
  await runner.exec("BEGIN");
  let current = "";
  try {
    for (const statement of statements) {
      current = statement;
      await runner.exec(statement);
    }
    await runner.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, NULL, now(), 1)`,
      [crypto.randomUUID(), m.checksum, m.name],
    );
    await runner.exec("COMMIT");
  } catch (e) {
    await runner.exec("ROLLBACK");
    const reason = e instanceof Error ? e.message : String(e);
    throw new MigrationError(
      `Migration ${m.name}/migration.sql failed, nothing of it was applied.\n  statement: ${current
        .split("\n")
        .filter((l) => !l.startsWith("--"))
        .join(" ")
        .slice(0, 300)}\n  error: ${reason}`,
      m.name,
      current,
    );
  }
}
