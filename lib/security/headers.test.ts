import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "./headers";
import { isMalformedPath } from "./path";

describe("security headers", () => {
  it("allows scripts only by nonce, never inline, and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123");
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toContain("'nonce-abc123'");
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sets the fixed headers", () => {
    const h = Object.fromEntries(staticSecurityHeaders().map((x) => [x.key, x.value]));
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["Permissions-Policy"]).toContain("camera=()");
  });
});

describe("isMalformedPath", () => {
  it.each(["/events/%00", "/vote/%ZZ", "/api/v1/events/%00/export", "/a/%E0%A4%A", "/x%5Cy", "/a%0d%0aSet-Cookie:x"])(
    "refuses %s",
    (p) => expect(isMalformedPath(p)).toBe(true),
  );
  it.each(["/", "/events/summit-2027", "/vote/summit-2027/b/AbC_-09", "/caf%C3%A9"])("accepts %s", (p) =>
    expect(isMalformedPath(p)).toBe(false),
  );
});
