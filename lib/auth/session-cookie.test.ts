// Decoding the session cookie without next-auth's per-request re-encode: the same claims as
// sign-in put in, nothing for a cookie that does not decode, and "stale" after a day.
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionCookie } from "./session-version";

const SECRET = "unit-test-secret-0123456789abcdef";

describe("decodeSessionCookie", () => {
  it("reads the user id and session version that sign-in wrote", async () => {
    const raw = await encode({ token: { sub: "user-1", sv: 3, email: "a@b.example" }, secret: SECRET });
    expect(await decodeSessionCookie(raw, SECRET)).toEqual({
      identity: { userId: "user-1", sessionVersion: 3 },
      stale: false,
    });
    // Cookies from before session versions: version 0.
    const old = await encode({ token: { sub: "user-2" }, secret: SECRET });
    expect((await decodeSessionCookie(old, SECRET)).identity).toEqual({ userId: "user-2", sessionVersion: 0 });
  });

  it("gives no identity for no cookie, another secret, a tampered or an expired cookie", async () => {
    const raw = await encode({ token: { sub: "user-1", sv: 0 }, secret: SECRET });
    expect((await decodeSessionCookie(null, SECRET)).identity).toBeNull();
    expect((await decodeSessionCookie(raw, "another-secret-0123456789abcdef")).identity).toBeNull();
    const tampered = raw.slice(0, -4) + (raw.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect((await decodeSessionCookie(tampered, SECRET)).identity).toBeNull();
    const expired = await encode({ token: { sub: "user-1", sv: 0 }, secret: SECRET, maxAge: -60 });
    expect((await decodeSessionCookie(expired, SECRET)).identity).toBeNull();
    expect((await decodeSessionCookie("not a jwe", SECRET)).identity).toBeNull();
  });

  it("asks for a reissue once the cookie is more than a day old", async () => {
    const raw = await encode({ token: { sub: "user-1", sv: 1 }, secret: SECRET });
    const now = Date.now() / 1000;
    expect((await decodeSessionCookie(raw, SECRET, now + 23 * 3600)).stale).toBe(false);
    const later = await decodeSessionCookie(raw, SECRET, now + 25 * 3600);
    expect(later).toEqual({ identity: { userId: "user-1", sessionVersion: 1 }, stale: true });
  });
});
