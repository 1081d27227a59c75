// Schema drift: the hand-written migrations must build exactly the database that prisma/schema.prisma
// describes. Applies every migration to an empty database, reads the catalog, and compares it with
// Prisma's own reading of the schema (getDMMF): tables, columns, types, nullability, enums, primary
// keys, uniques, indexes, foreign keys and their ON DELETE, and nothing extra in the database.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import internals from "@prisma/internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { openSqlRunner, type SqlRunner } from "./sql-runner";

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/schema.prisma");
/** Tables that exist in the database by design but are not Prisma models. */
const IGNORED_TABLES = new Set(["_prisma_migrations"]);

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;

// ---------------------------------------------------------------------------------------------
// What the schema says
// ---------------------------------------------------------------------------------------------

type ExpectedColumn = { type: string; nullable: boolean };
type ExpectedTable = {
  model: string;
  columns: Map<string, ExpectedColumn>;
  primaryKey: string[];
  uniques: string[][];
  indexes: string[][];
  foreignKeys: { columns: string[]; refTable: string; refColumns: string[]; onDelete: string; relation: string }[];
};
type ExpectedSchema = { tables: Map<string, ExpectedTable>; enums: Map<string, string[]> };

/** Element type of a scalar as information_schema names it (`data_type`) and as pg_type names it (`udt_name`). */
const SCALAR_TYPES: Record<string, { dataType: string; udt: string }> = {
  String: { dataType: "text", udt: "text" },
  Int: { dataType: "integer", udt: "int4" },
  BigInt: { dataType: "bigint", udt: "int8" },
  Float: { dataType: "double precision", udt: "float8" },
  Decimal: { dataType: "numeric", udt: "numeric" },
  Boolean: { dataType: "boolean", udt: "bool" },
  DateTime: { dataType: "timestamp without time zone", udt: "timestamp" },
  Json: { dataType: "jsonb", udt: "jsonb" },
  Bytes: { dataType: "bytea", udt: "bytea" },
};

/** The few native types (@db.X) whose type family differs from the scalar's default. */
const NATIVE_TYPES: Record<string, { dataType: string; udt: string }> = {
  Text: SCALAR_TYPES.String,
  VarChar: { dataType: "character varying", udt: "varchar" },
  Char: { dataType: "character", udt: "bpchar" },
  Uuid: { dataType: "uuid", udt: "uuid" },
  Timestamptz: { dataType: "timestamp with time zone", udt: "timestamptz" },
  Timestamp: SCALAR_TYPES.DateTime,
  Date: { dataType: "date", udt: "date" },
  SmallInt: { dataType: "smallint", udt: "int2" },
  Integer: SCALAR_TYPES.Int,
  Real: { dataType: "real", udt: "float4" },
  DoublePrecision: SCALAR_TYPES.Float,
  Json: { dataType: "json", udt: "json" },
  JsonB: SCALAR_TYPES.Json,
};

/** Renders a column type the same way describeColumnType does for the catalog, so both sides compare as strings. */
function typeLabel(dataType: string, udt: string): string {
  if (dataType === "ARRAY") return `${udt.replace(/^_/, "")}[]`;
  if (dataType === "USER-DEFINED") return `enum ${udt}`;
  return dataType;
}

const ON_DELETE: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

function expectedSchemaFromDmmf(dmmf: Dmmf): ExpectedSchema {
  const enums = new Map(dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
  const enumDbName = new Map(dmmf.datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: string) => models.get(model)!.dbName ?? model;
  const columnOf = (model: string, field: string) => {
    const f = models.get(model)!.fields.find((x) => x.name === field);
    if (!f) throw new Error(`schema.prisma: ${model} has no field ${field}`);
    return f.dbName ?? f.name;
  };
  const tables = new Map<string, ExpectedTable>();

  for (const model of dmmf.datamodel.models) {
    const table: ExpectedTable = {
      model: model.name,
      columns: new Map(),
      primaryKey: [],
      uniques: [],
      indexes: [],
      foreignKeys: [],
    };
    for (const field of model.fields) {
      if (field.kind === "object") {
        const from = field.relationFromFields ?? [];
        if (from.length === 0) continue; // the back-relation side holds no foreign key
        const anyRequired = from.some((f) => model.fields.find((x) => x.name === f)?.isRequired);
        // Prisma's defaults when onDelete is not written: Restrict for required relations, SetNull otherwise.
        const onDelete = field.relationOnDelete ?? (anyRequired ? "Restrict" : "SetNull");
        table.foreignKeys.push({
          relation: `${model.name}.${field.name}`,
          columns: from.map((f) => columnOf(model.name, f)),
          refTable: tableOf(field.type),
          refColumns: (field.relationToFields ?? []).map((f) => columnOf(field.type, f)),
          onDelete: ON_DELETE[onDelete] ?? String(onDelete),
        });
        continue;
      }
      if (field.kind === "unsupported") continue;
      let base: { dataType: string; udt: string };
      if (field.kind === "enum") {
        const name = enumDbName.get(field.type) ?? field.type;
        base = { dataType: "USER-DEFINED", udt: name };
      } else {
        const native = field.nativeType?.[0];
        const mapped = native ? NATIVE_TYPES[native] : SCALAR_TYPES[field.type];
        if (!mapped)
          throw new Error(`schema-drift: no type mapping for ${model.name}.${field.name} (${native ?? field.type})`);
        base = mapped;
      }
      const type = field.isList ? typeLabel("ARRAY", `_${base.udt}`) : typeLabel(base.dataType, base.udt);
      // Lists are nullable columns in Prisma's PostgreSQL migrations; required scalars are NOT NULL.
      table.columns.set(field.dbName ?? field.name, { type, nullable: field.isList || !field.isRequired });
    }
    tables.set(model.dbName ?? model.name, table);
  }

  for (const index of dmmf.datamodel.indexes) {
    const table = tables.get(tableOf(index.model))!;
    const columns = index.fields.map((f) => columnOf(index.model, f.name));
    if (index.type === "id") table.primaryKey = columns;
    else if (index.type === "unique") table.uniques.push(columns);
    else table.indexes.push(columns);
  }
  return { tables, enums };
}

async function readExpectedSchema(file = SCHEMA_FILE): Promise<ExpectedSchema> {
  const dmmf = await internals.getDMMF({ datamodel: fs.readFileSync(file, "utf8") });
  return expectedSchemaFromDmmf(dmmf);
}

// ---------------------------------------------------------------------------------------------
// What the database has
// ---------------------------------------------------------------------------------------------

type Catalog = {
  columns: { table: string; column: string; dataType: string; udt: string; nullable: boolean }[];
  tables: string[];
  enums: Record<string, string[]>;
  indexes: { table: string; name: string; columns: string[]; unique: boolean; primary: boolean; partial: boolean }[];
  foreignKeys: {
    table: string;
    name: string;
    columns: string[];
    refTable: string;
    refColumns: string[];
    onDelete: string;
  }[];
};

const FK_ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

/** json_agg keeps column order and arrives parsed through both drivers (pg and PGlite). */
const asList = (v: unknown): string[] => (typeof v === "string" ? JSON.parse(v) : ((v as string[] | null) ?? []));

async function readCatalog(runner: SqlRunner): Promise<Catalog> {
  const tables = await runner.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const columns = await runner.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
  }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
      WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const enums = await runner.query<{ name: string; labels: unknown }>(
    `SELECT t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema() GROUP BY t.typname`,
  );
  const indexes = await runner.query<{
    table: string;
    name: string;
    columns: unknown;
    unique: boolean;
    primary: boolean;
    partial: boolean;
  }>(
    `SELECT c.relname AS "table", i.relname AS name, ix.indisunique AS "unique", ix.indisprimary AS "primary",
            (ix.indpred IS NOT NULL OR ix.indexprs IS NOT NULL) AS partial,
            (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS columns
       FROM pg_index ix JOIN pg_class c ON c.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema()`,
  );
  const foreignKeys = await runner.query<{
    table: string;
    name: string;
    columns: unknown;
    ref_table: string;
    ref_columns: unknown;
    on_delete: string;
  }>(
    `SELECT src.relname AS "table", con.conname AS name, tgt.relname AS ref_table, con.confdeltype AS on_delete,
            (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
            (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_columns
       FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class tgt ON tgt.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = con.connamespace
      WHERE con.contype = 'f' AND n.nspname = current_schema()`,
  );
  return {
    tables: tables.map((t) => t.table_name),
    columns: columns.map((c) => ({
      table: c.table_name,
      column: c.column_name,
      dataType: c.data_type,
      udt: c.udt_name,
      nullable: c.is_nullable === "YES",
    })),
    enums: Object.fromEntries(enums.map((e) => [e.name, asList(e.labels)])),
    indexes: indexes.map((i) => ({ ...i, columns: asList(i.columns) })),
    foreignKeys: foreignKeys.map((f) => ({
      table: f.table,
      name: f.name,
      columns: asList(f.columns),
      refTable: f.ref_table,
      refColumns: asList(f.ref_columns),
      onDelete: FK_ACTIONS[f.on_delete] ?? f.on_delete,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The comparison: one line per drift, saying what the schema wants and what the database has
// ---------------------------------------------------------------------------------------------

const cols = (c: string[]) => `(${c.join(", ")})`;
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function compareSchema(expected: ExpectedSchema, catalog: Catalog): string[] {
  const drift: string[] = [];
  const dbTables = new Set(catalog.tables.filter((t) => !IGNORED_TABLES.has(t)));

  for (const [name, labels] of expected.enums) {
    const actual = catalog.enums[name];
    if (!actual) drift.push(`enum ${name}: missing in the database (schema has ${labels.join(", ")})`);
    else if (!same(actual, labels)) {
      drift.push(`enum ${name}: labels differ: schema has [${labels.join(", ")}], database has [${actual.join(", ")}]`);
    }
  }
  for (const name of Object.keys(catalog.enums)) {
    if (!expected.enums.has(name)) drift.push(`enum ${name}: in the database but not in schema.prisma`);
  }

  for (const [tableName, table] of expected.tables) {
    const where = `table "${tableName}" (model ${table.model})`;
    if (!dbTables.has(tableName)) {
      drift.push(`${where}: missing in the database`);
      continue;
    }
    const dbColumns = new Map(catalog.columns.filter((c) => c.table === tableName).map((c) => [c.column, c]));
    for (const [columnName, want] of table.columns) {
      const have = dbColumns.get(columnName);
      if (!have) {
        drift.push(`${where}: column "${columnName}" missing in the database`);
        continue;
      }
      const haveType = typeLabel(have.dataType, have.udt);
      if (haveType !== want.type) {
        drift.push(`${where}: column "${columnName}" has type ${haveType}, schema wants ${want.type}`);
      }
      if (have.nullable !== want.nullable) {
        drift.push(
          `${where}: column "${columnName}" is ${have.nullable ? "NULL" : "NOT NULL"}, schema wants ${want.nullable ? "NULL" : "NOT NULL"}`,
        );
      }
    }
    for (const columnName of dbColumns.keys()) {
      if (!table.columns.has(columnName))
        drift.push(`${where}: column "${columnName}" in the database but not in schema.prisma`);
    }

    const dbIndexes = catalog.indexes.filter((i) => i.table === tableName && !i.partial);
    const pk = dbIndexes.find((i) => i.primary);
    if (!pk) drift.push(`${where}: no primary key, schema wants ${cols(table.primaryKey)}`);
    else if (!same(pk.columns, table.primaryKey)) {
      drift.push(`${where}: primary key is ${cols(pk.columns)}, schema wants ${cols(table.primaryKey)}`);
    }
    for (const unique of table.uniques) {
      if (!dbIndexes.some((i) => i.unique && !i.primary && same(i.columns, unique))) {
        drift.push(`${where}: no unique index on ${cols(unique)}`);
      }
    }
    for (const index of table.indexes) {
      if (!dbIndexes.some((i) => same(i.columns, index))) drift.push(`${where}: no index on ${cols(index)}`);
    }
    for (const i of dbIndexes) {
      if (i.primary) continue;
      const declared = i.unique
        ? table.uniques.some((u) => same(u, i.columns))
        : table.indexes.some((x) => same(x, i.columns)) || table.uniques.some((u) => same(u, i.columns));
      if (!declared) {
        drift.push(
          `${where}: ${i.unique ? "unique " : ""}index "${i.name}" on ${cols(i.columns)} in the database but not in schema.prisma`,
        );
      }
    }

    const dbFks = catalog.foreignKeys.filter((f) => f.table === tableName);
    for (const fk of table.foreignKeys) {
      const have = dbFks.find((f) => same(f.columns, fk.columns));
      const target = `"${fk.refTable}"${cols(fk.refColumns)}`;
      if (!have) drift.push(`${where}: no foreign key ${cols(fk.columns)} -> ${target} for relation ${fk.relation}`);
      else if (have.refTable !== fk.refTable || !same(have.refColumns, fk.refColumns)) {
        drift.push(
          `${where}: foreign key ${cols(fk.columns)} references "${have.refTable}"${cols(have.refColumns)}, schema wants ${target}`,
        );
      } else if (have.onDelete !== fk.onDelete) {
        drift.push(
          `${where}: foreign key ${cols(fk.columns)} (${fk.relation}) is ON DELETE ${have.onDelete}, schema wants ON DELETE ${fk.onDelete}`,
        );
      }
    }
    for (const f of dbFks) {
      if (!table.foreignKeys.some((fk) => same(fk.columns, f.columns))) {
        drift.push(`${where}: foreign key "${f.name}" ${cols(f.columns)} in the database but not in schema.prisma`);
      }
    }
  }

  for (const t of dbTables) {
    if (!expected.tables.has(t)) drift.push(`table "${t}": in the database but not in schema.prisma`);
  }
  return drift;
}

// ---------------------------------------------------------------------------------------------

let t: TestDatabase;
let runner: SqlRunner;
let expected: ExpectedSchema;
let catalog: Catalog;

beforeAll(async () => {
  t = await setupTestDatabase();
  runner = await openSqlRunner(t.target);
  expected = await readExpectedSchema();
  catalog = await readCatalog(runner);
});
afterAll(async () => {
  await runner?.close();
  await t?.cleanup();
});

describe("migrations vs prisma/schema.prisma", () => {
  it("build exactly the database the schema describes", () => {
    const drift = compareSchema(expected, catalog);
    expect(drift, `Schema drift between prisma/migrations and prisma/schema.prisma:\n  ${drift.join("\n  ")}`).toEqual(
      [],
    );
  });

  it("checks every model, field, unique and relation of the schema (the comparison is not vacuous)", () => {
    expect(expected.tables.size).toBeGreaterThan(20);
    expect(expected.tables.get("Vote")?.uniques).toContainEqual(["voterId", "proposalId"]);
    expect(expected.tables.get("Vote")?.columns.get("score")).toEqual({ type: "integer", nullable: true });
    expect(expected.tables.get("Proposal")?.columns.get("tags")).toEqual({ type: "text[]", nullable: true });
    expect(expected.tables.get("Proposal")?.foreignKeys).toContainEqual(
      expect.objectContaining({ columns: ["trackId"], refTable: "Track", onDelete: "RESTRICT" }),
    );
    expect(catalog.tables).toContain("_prisma_migrations");
  });
});

describe("compareSchema reports each kind of drift (proof that the check can fail)", () => {
  const tamper = (change: (c: Catalog) => void): string[] => {
    const copy: Catalog = structuredClone(catalog);
    change(copy);
    return compareSchema(expected, copy);
  };

  it("a missing table and an extra table", () => {
    expect(tamper((c) => (c.tables = c.tables.filter((x) => x !== "Vote")))).toContain(
      'table "Vote" (model Vote): missing in the database',
    );
    expect(tamper((c) => c.tables.push("Leftover"))).toEqual([
      'table "Leftover": in the database but not in schema.prisma',
    ]);
  });

  it("missing, extra, retyped and wrongly nullable columns", () => {
    expect(tamper((c) => (c.columns = c.columns.filter((x) => !(x.table === "Vote" && x.column === "score"))))).toEqual(
      ['table "Vote" (model Vote): column "score" missing in the database'],
    );
    expect(
      tamper((c) =>
        c.columns.push({ table: "Vote", column: "weight", dataType: "integer", udt: "int4", nullable: true }),
      ),
    ).toEqual(['table "Vote" (model Vote): column "weight" in the database but not in schema.prisma']);
    expect(
      tamper((c) => {
        const col = c.columns.find((x) => x.table === "Event" && x.column === "feedbackWeight")!;
        Object.assign(col, { dataType: "real", udt: "float4" });
      }),
    ).toEqual(['table "Event" (model Event): column "feedbackWeight" has type real, schema wants double precision']);
    expect(tamper((c) => (c.columns.find((x) => x.table === "User" && x.column === "email")!.nullable = true))).toEqual(
      ['table "User" (model User): column "email" is NULL, schema wants NOT NULL'],
    );
    expect(
      tamper((c) =>
        Object.assign(
          c.columns.find((x) => x.table === "Proposal" && x.column === "tags")!,
          { udt: "_varchar" },
        ),
      ),
    ).toEqual(['table "Proposal" (model Proposal): column "tags" has type varchar[], schema wants text[]']);
  });

  it("enum labels that differ", () => {
    expect(tamper((c) => (c.enums.EventPhase = c.enums.EventPhase.filter((l) => l !== "ARCHIVED")))).toEqual([
      "enum EventPhase: labels differ: schema has [DRAFT, CFP_OPEN, VOTING, REVIEW, PUBLISHED, ARCHIVED], database has [DRAFT, CFP_OPEN, VOTING, REVIEW, PUBLISHED]",
    ]);
  });

  it("missing uniques, indexes and primary keys", () => {
    const drop = (name: string) => (c: Catalog) => (c.indexes = c.indexes.filter((i) => i.name !== name));
    expect(tamper(drop("Vote_voterId_proposalId_key"))).toEqual([
      'table "Vote" (model Vote): no unique index on (voterId, proposalId)',
    ]);
    expect(tamper(drop("AuditLog_eventId_at_idx"))).toEqual([
      'table "AuditLog" (model AuditLog): no index on (eventId, at)',
    ]);
    expect(tamper(drop("Vote_pkey"))).toEqual(['table "Vote" (model Vote): no primary key, schema wants (id)']);
    // A unique index turned into a plain one no longer enforces "one vote per voter per proposal".
    expect(tamper((c) => (c.indexes.find((i) => i.name === "Vote_voterId_proposalId_key")!.unique = false))).toContain(
      'table "Vote" (model Vote): no unique index on (voterId, proposalId)',
    );
  });

  it("foreign keys that are missing or have the wrong ON DELETE", () => {
    expect(
      tamper((c) => (c.foreignKeys = c.foreignKeys.filter((f) => !(f.table === "Vote" && f.columns[0] === "voterId")))),
    ).toEqual(['table "Vote" (model Vote): no foreign key (voterId) -> "User"(id) for relation Vote.voter']);
    expect(
      tamper(
        (c) => (c.foreignKeys.find((f) => f.table === "Proposal" && f.columns[0] === "trackId")!.onDelete = "CASCADE"),
      ),
    ).toEqual([
      'table "Proposal" (model Proposal): foreign key (trackId) (Proposal.track) is ON DELETE CASCADE, schema wants ON DELETE RESTRICT',
    ]);
  });

  it("catches drift made by real DDL (read back from the catalog, then rolled back)", async () => {
    await runner.exec("BEGIN");
    try {
      await runner.exec(`ALTER TABLE "Vote" ALTER COLUMN "eventId" DROP NOT NULL`);
      await runner.exec(`DROP INDEX "Vote_voterId_proposalId_key"`);
      await runner.exec(`ALTER TABLE "Track" ADD COLUMN "color" TEXT`);
      await runner.exec(`ALTER TYPE "EventPhase" ADD VALUE 'CANCELLED'`);
      const drift = compareSchema(expected, await readCatalog(runner));
      expect(drift).toEqual(
        expect.arrayContaining([
          'table "Vote" (model Vote): column "eventId" is NULL, schema wants NOT NULL',
          'table "Vote" (model Vote): no unique index on (voterId, proposalId)',
          'table "Track" (model Track): column "color" in the database but not in schema.prisma',
          expect.stringMatching(/^enum EventPhase: labels differ: .*database has \[.*ARCHIVED, CANCELLED\]$/),
        ]),
      );
      expect(drift).toHaveLength(4);
    } finally {
      await runner.exec("ROLLBACK");
    }
    expect(compareSchema(expected, await readCatalog(runner))).toEqual([]);
  });
});
