import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "./split-sql";

describe("splitSqlStatements", () => {
  it("splits at top-level semicolons, trims, and drops empty statements", () => {
    expect(splitSqlStatements("CREATE TABLE a (x int);\n\n  CREATE TABLE b (y int) ;;\n")).toEqual([
      "CREATE TABLE a (x int)",
      "CREATE TABLE b (y int)",
    ]);
  });

  it("keeps a last statement without a semicolon", () => {
    expect(splitSqlStatements("SELECT 1; SELECT 2")).toEqual(["SELECT 1", "SELECT 2"]);
  });

  it("ignores semicolons inside string literals, including doubled quotes", () => {
    expect(splitSqlStatements(`INSERT INTO t VALUES ('a;b', 'it''s; fine'); SELECT 2`)).toEqual([
      `INSERT INTO t VALUES ('a;b', 'it''s; fine')`,
      "SELECT 2",
    ]);
  });

  it("ignores semicolons inside quoted identifiers", () => {
    expect(splitSqlStatements(`CREATE TABLE "we;ird""name" (x int); SELECT 1`)).toEqual([
      `CREATE TABLE "we;ird""name" (x int)`,
      "SELECT 1",
    ]);
  });

  it("keeps dollar-quoted bodies whole, anonymous and tagged", () => {
    const fn = `CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x := 1; RETURN NEW; END; $$ LANGUAGE plpgsql`;
    const tagged = `DO $body$ BEGIN PERFORM 1; RAISE NOTICE 'a $$ b;'; END $body$`;
    expect(splitSqlStatements(`${fn};\n${tagged};\nSELECT 3;`)).toEqual([fn, tagged, "SELECT 3"]);
  });

  it("does not mistake positional parameters for dollar quotes", () => {
    expect(splitSqlStatements("SELECT $1; SELECT $2")).toEqual(["SELECT $1", "SELECT $2"]);
  });

  it("ignores semicolons in line and block comments, and drops comment-only chunks", () => {
    const script = `-- CreateTable; with a semicolon
CREATE TABLE a (x int); -- trailing; comment
/* block; comment
   spanning lines; */
CREATE TABLE b (y int);
-- only a comment at the end;
`;
    expect(splitSqlStatements(script)).toEqual([
      "-- CreateTable; with a semicolon\nCREATE TABLE a (x int)",
      "-- trailing; comment\n/* block; comment\n   spanning lines; */\nCREATE TABLE b (y int)",
    ]);
  });

  it("returns nothing for an empty or comment-only script", () => {
    expect(splitSqlStatements("")).toEqual([]);
    expect(splitSqlStatements("-- nothing here;\n/* ; */\n")).toEqual([]);
  });
});
