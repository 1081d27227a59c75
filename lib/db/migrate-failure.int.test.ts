// A migration that fails part-way must leave the database exactly as it was: no half-created
// tables, no _prisma_migrations row, and the error must name the file and the statement.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrations } from "./migrate";
import { closePglite } from "./pglite";
import { openSqlRunner, type SqlRunner } from "./sql-runner";
import { createEmptyDatabase, type TestDatabase } from "../../test/database";

const GOOD = `-- CreateTable
CREATE TABLE "Widget" (
    "id" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT 'a; b',
    CONSTRAINT "Widget_pkey" PRIMARY KEY ("id")
);
INSERT INTO "Widget" ("id") VALUES ('w1');
`;

/** Creates a table and an index, then fails on the third statement (a column that does not exist). */
const BROKEN = `-- CreateTable
CREATE TABLE "Gadget" (
    "id" TEXT NOT NULL,
    "widgetId" TEXT NOT NULL,
    CONSTRAINT "Gadget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Gadget_widgetId_idx" ON "Gadget"("widgetId");

-- AddForeignKey
ALTER TABLE "Gadget" ADD CONSTRAINT "Gadget_widgetId_fkey" FOREIGN KEY ("widgetIdTypo") REFERENCES "Widget"("id") ON DELETE CASCADE;

-- AlterTable
ALTER TABLE "Widget" ADD COLUMN "color" TEXT;
`;

let t: TestDatabase;
let runner: SqlRunner;
let dir: string;

function writeMigration(name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function snapshot() {
  const tables = await runner.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
  );
  const columns = await runner.query<{ c: string }>(
    `SELECT table_name || '.' || column_name AS c FROM information_schema.columns
      WHERE table_schema = current_schema() ORDER BY 1`,
  );
  const indexes = await runner.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`,
  );
  const migrations = await runner.query<{ migration_name: string; finished_at: Date | null }>(
    `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  return {
    tables: tables.map((r) => r.table_name),
    columns: columns.map((r) => r.c),
    indexes: indexes.map((r) => r.indexname),
    migrations: migrations.map((r) => `${r.migration_name}:${r.finished_at ? "finished" : "unfinished"}`),
  };
}

beforeAll(async () => {
  t = await createEmptyDatabase();
  runner = await openSqlRunner(t.target);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-migrations-"));
});
afterAll(async () => {
  await runner?.close();
  if (t?.target.kind === "pglite") await closePglite(t.target.dir); // the runner shares it, and leaves closing to us
  await t?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a failing migration", () => {
  it("applies the good migration before it", async () => {
    writeMigration("20260101000000_good", GOOD);
    const result = await applyMigrations(runner, readMigrations(dir));
    expect(result.applied).toEqual(["20260101000000_good"]);
  });

  it("throws a MigrationError naming the file and the statement, and changes nothing", async () => {
    const before = await snapshot();
    expect(before.tables).toEqual(["Widget", "_prisma_migrations"]);

    writeMigration("20260102000000_broken", BROKEN);
    const error = await applyMigrations(runner, readMigrations(dir)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationError);
    const m = error as MigrationError;
    expect(m.migration).toBe("20260102000000_broken");
    expect(m.statement).toContain(`FOREIGN KEY ("widgetIdTypo")`);
    expect(m.message).toContain("20260102000000_broken/migration.sql");
    expect(m.message).toContain(`ALTER TABLE "Gadget" ADD CONSTRAINT "Gadget_widgetId_fkey"`);
    expect(m.message).toMatch(/widgetIdTypo/);
    expect(m.message).toMatch(/nothing of it was applied/);

    // Exactly as before: no Gadget table, no index of it, no new column, no row for the migration.
    expect(await snapshot()).toEqual(before);
    // The good migration's data is untouched.
    expect(await runner.query(`SELECT id FROM "Widget"`)).toEqual([{ id: "w1" }]);
  });

  it("applies once fixed, without re-applying the good one", async () => {
    writeMigration("20260102000000_broken", BROKEN.replace(`("widgetIdTypo")`, `("widgetId")`));
    const result = await applyMigrations(runner, readMigrations(dir));
    expect(result).toEqual({ applied: ["20260102000000_broken"], alreadyApplied: ["20260101000000_good"] });

    const after = await snapshot();
    expect(after.tables).toEqual(["Gadget", "Widget", "_prisma_migrations"]);
    expect(after.columns).toContain("Widget.color");
    expect(after.indexes).toContain("Gadget_widgetId_idx");
    expect(after.migrations).toEqual(["20260101000000_good:finished", "20260102000000_broken:finished"]);
    expect(await runner.query(`SELECT count(*)::int AS n FROM "Widget"`)).toEqual([{ n: 1 }]);
  });
});
