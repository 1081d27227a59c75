import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, readMigrations, type MigrateResult } from "./migrate";
import { openSqlRunner } from "./sql-runner";
import type { DatabaseTarget } from "./target";

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

/** Applies every pending migration in prisma/migrations to the target database. */
export async function migrateDatabase(target: DatabaseTarget, log?: (line: string) => void): Promise<MigrateResult> {
  const runner = await openSqlRunner(target);
  try {
    return await applyMigrations(runner, readMigrations(MIGRATIONS_DIR), log);
  } finally {
    await runner.close();
  }
}
