// The voter projection is an allow-list: adding a field here is a deliberate, reviewed act.
import { describe, expect, it } from "vitest";
import { VOTER_PROPOSAL_SELECT } from "./voter-view";

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
});
