import { describe, expect, it } from "vitest";
import { describeTarget, resolveDatabaseTarget } from "./target";

describe("resolveDatabaseTarget", () => {
  it("defaults to PGlite in ./.data/pglite", () => {
    expect(resolveDatabaseTarget(undefined, "/srv/podium")).toEqual({
      kind: "pglite",
      dir: "/srv/podium/.data/pglite",
    });
  });
  it("accepts absolute and relative pglite folders", () => {
    expect(resolveDatabaseTarget("pglite:///var/lib/podium", "/x")).toEqual({ kind: "pglite", dir: "/var/lib/podium" });
    expect(resolveDatabaseTarget("pglite://./data/db", "/x")).toEqual({ kind: "pglite", dir: "/x/data/db" });
  });
  it("selects PostgreSQL for postgres:// and postgresql://", () => {
    expect(resolveDatabaseTarget("postgres://u:p@h:5432/d", "/x").kind).toBe("postgres");
    expect(resolveDatabaseTarget("postgresql://h/d", "/x").kind).toBe("postgres");
  });
  it("refuses other schemes and an empty pglite folder", () => {
    expect(() => resolveDatabaseTarget("mysql://h/d", "/x")).toThrow(/must start with/);
    expect(() => resolveDatabaseTarget("pglite://", "/x")).toThrow(/needs a folder/);
  });
  it("never prints a password", () => {
    expect(describeTarget({ kind: "postgres", url: "postgres://bob:secret@db.local:5433/podium" })).toBe(
      "PostgreSQL at db.local:5433/podium",
    );
  });
});
