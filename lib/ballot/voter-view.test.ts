// The voter projection is an allow-list: adding a field here is a deliberate, reviewed act.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { VOTER_ABSTRACT_SQL, VOTER_PROPOSAL_SELECT, VOTER_PROPOSAL_SQL } from "./voter-view";

describe("VOTER_PROPOSAL_SELECT", () => {
  it("selects only anonymized text and public classification, never ids, speakers or original text", () => {
    expect(Object.keys(VOTER_PROPOSAL_SELECT).sort()).toEqual([
      "anonymizedAbstract",
      "anonymizedTitle",
      "format",
      "level",
      "tags",
      "track",
    ]);
    expect(VOTER_PROPOSAL_SELECT.track).toEqual({ select: { name: true } });
    expect(VOTER_PROPOSAL_SELECT.format).toEqual({ select: { name: true } });
    const forbidden = [
      "id",
      "title",
      "abstract",
      "description",
      "speakers",
      "createdBy",
      "createdById",
      "externalId",
      "redactions",
    ];
    for (const key of forbidden) expect(VOTER_PROPOSAL_SELECT).not.toHaveProperty(key);
  });

  it("reads the same allow-list in SQL: proposal columns only as join keys or anonymized fields", () => {
    const columns = (sql: string) => [...sql.matchAll(/\bp\."(\w+)"/g)].map((m) => m[1]).sort();
    expect(columns(VOTER_PROPOSAL_SQL)).toEqual(["anonymizedTitle", "level", "tags"]);
    expect(columns(VOTER_ABSTRACT_SQL)).toEqual(["anonymizedAbstract"]);
    expect(VOTER_PROPOSAL_SQL).toMatch(/t\."name" AS "track", f\."name" AS "format"/);
    // Everywhere in the module, a proposal column is either one of those or a key used to join.
    const source = fs.readFileSync(path.join(import.meta.dirname, "voter-view.ts"), "utf8");
    const used = new Set(columns(source));
    for (const c of used)
      expect(["anonymizedAbstract", "anonymizedTitle", "formatId", "id", "level", "tags", "trackId"]).toContain(c);
    for (const m of source.matchAll(/p\."(id|trackId|formatId)"/g)) {
      const around = source.slice(Math.max(0, m.index - 40), m.index + 40);
      expect(around, around).toMatch(/\bON\b/);
    }
  });
});
