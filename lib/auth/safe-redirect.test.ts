import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

const ORIGIN = "http://127.0.0.1:3000";

// Known open-redirect bypasses (OWASP, PortSwigger, HackerOne reports): each must fall back to "/".
const BYPASSES = [
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\127.0.0.1:8899/pwned",
  "/%5C127.0.0.1:8899/pwned",
  "/%5c127.0.0.1:8899/pwned",
  "/%09/127.0.0.1:8899/pwned",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r//evil.example",
  "/%0a/evil.example",
  "/%0d%0a//evil.example",
  "/%00//evil.example",
  "/%2F%2Fevil.example",
  "/%2f%2fevil.example",
  "/%2F/evil.example",
  "/%252F%252Fevil.example/",
  "/%E2%80%A8//evil.example",
  "/\u2028//evil.example",
  "/%ZZ",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "https://evil.example",
  "http://evil.example/",
  "https:evil.example",
  "http:/evil.example",
  "//127.0.0.1:3000@evil.example",
  "http://127.0.0.1:3000@evil.example/",
  "http://127.0.0.1:3000.evil.example/",
  "http://evil.example#http://127.0.0.1:3000/",
  "https://127.0.0.1:3000/",
  "http://127.0.0.1:3001/",
  "evil.example",
  "",
  "/" + "a".repeat(3000),
];

describe("safeReturnPath", () => {
  it.each(BYPASSES)("refuses %j", (value) => {
    expect(safeReturnPath(value, { origin: ORIGIN })).toBe("/");
  });

  it("keeps ordinary same-site paths, queries and fragments", () => {
    expect(safeReturnPath("/events/summit-2027")).toBe("/events/summit-2027");
    expect(safeReturnPath("/vote/summit-2027/b/ab12?x=1#top")).toBe("/vote/summit-2027/b/ab12?x=1#top");
    expect(safeReturnPath("/search?q=caf%C3%A9")).toBe("/search?q=caf%C3%A9");
    expect(safeReturnPath(`${ORIGIN}/chair?tab=1`, { origin: ORIGIN })).toBe("/chair?tab=1");
    expect(safeReturnPath(undefined, { fallback: "/speaker" })).toBe("/speaker");
    expect(safeReturnPath(["/a"])).toBe("/");
  });

  it("never returns anything a browser resolves off-site (property)", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "%2f",
      "%5c",
      "%09",
      "\t",
      "\n",
      ":",
      "@",
      ".",
      "evil",
      "%",
      "?",
      "#",
      "%2e",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }).map((a) => a.join("")),
        (value) => {
          const out = safeReturnPath(value, { origin: ORIGIN });
          const url = new URL(out, ORIGIN);
          expect(url.origin).toBe(ORIGIN);
          expect(out.startsWith("/") && !out.startsWith("//") && !out.includes("\\")).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
