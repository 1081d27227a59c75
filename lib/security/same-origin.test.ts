import { describe, expect, it } from "vitest";
import { checkSameOriginJson } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/v1/events/e/votes", { method: "POST", headers, body: "{}" });
const json = { "content-type": "application/json", host: "localhost:3000" };

describe("checkSameOriginJson", () => {
  it("accepts a JSON write whose Origin is the request's own host", () => {
    expect(checkSameOriginJson(post({ ...json, origin: "http://localhost:3000" }), undefined)).toEqual({ ok: true });
  });

  it("accepts the public URL's host behind a proxy, and the forwarded host", () => {
    const behind = { "content-type": "application/json", host: "10.0.0.5:3000", origin: "https://cfp.example.org" };
    expect(checkSameOriginJson(post(behind), "https://cfp.example.org").ok).toBe(true);
    expect(checkSameOriginJson(post({ ...behind, "x-forwarded-host": "cfp.example.org" }), undefined).ok).toBe(true);
  });

  it("refuses another site, a missing or malformed Origin, and a lookalike host", () => {
    const cases: Record<string, string>[] = [
      { origin: "https://evil.example" },
      {},
      { origin: "null" },
      { origin: "http://localhost:3000.evil.example" },
      { origin: "http://localhost:3001" },
    ];
    for (const extra of cases) {
      const v = checkSameOriginJson(post({ ...json, ...extra }), undefined);
      expect(v.ok, JSON.stringify(extra)).toBe(false);
      if (!v.ok) expect(v.status).toBe(403);
    }
  });

  it("refuses a body that is not declared as JSON (what a cross-site form can send) with 415", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const v = checkSameOriginJson(
        post({ host: "localhost:3000", origin: "http://localhost:3000", "content-type": type }),
        undefined,
      );
      expect(v).toMatchObject({ ok: false, status: 415 });
    }
  });
});
