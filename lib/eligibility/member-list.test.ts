import { describe, expect, it } from "vitest";
import { parseMemberList } from "./member-list";

describe("parseMemberList", () => {
  it("reads an email column, lower-cases, de-duplicates and reports bad lines by number", () => {
    const r = parseMemberList(
      "name,email\nAna,Ana@Example.org\nBo,not-an-address\n\nCy,ana@example.org\nDee,dee@example.org\n",
    );
    expect(r.emails).toEqual(["ana@example.org", "dee@example.org"]);
    expect(r.errors).toEqual([{ line: 3, message: '"not-an-address" is not an e-mail address' }]);
  });

  it("reads a bare list with one address per line", () => {
    expect(parseMemberList("a@x.org\r\nb@x.org").emails).toEqual(["a@x.org", "b@x.org"]);
  });
});
