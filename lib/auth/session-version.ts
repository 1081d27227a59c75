import "server-only";
import { createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../db/client";
import { env } from "../env";
import { authOptions } from "./options";

// Revocable sessions. Sessions are signed cookies (JWT); each carries the user's sessionVersion
// from sign-in time (`sv`). A request is signed in only if that still equals User.sessionVersion:
// "sign out everywhere", a lowered role or a removed chair seat bump the column (the last two by
// database triggers), which cuts every cookie issued before. The check costs nothing extra: select
// `sessionVersion` in the same query that loads the user (SESSION_VERSION_SELECT) and compare with
// isSessionCurrent. Hot paths that load the user themselves (the vote path) do exactly that.

/** Who the cookie says is signed in, and the version it was issued with; null without a session. */
export type SessionIdentity = { userId: string; sessionVersion: number };

type SessionUser = { id?: string; sv?: number };

/** Reissue the cookie (sliding expiry) when it is older than this; next-auth's own updateAge default. */
const REFRESH_AFTER_S = 24 * 60 * 60;

/** next-auth's session cookie name (with the __Secure- prefix on https), and its chunks when it is split. */
async function readSessionCookie(): Promise<string | null> {
  const base = `${env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
  const jar = await cookies();
  const whole = jar.get(base)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${base}.`))
    .sort((x, y) => Number(x.name.slice(base.length + 1)) - Number(y.name.slice(base.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : null;
}

/**
 * The session cookie's claims, decoded once per request (no database read). next-auth's
 * getServerSession decodes the cookie AND encrypts a new one on every call (a server component
 * cannot even send it), which was a measurable share of a page's and a vote's server CPU; here the
 * cookie is only decoded (next-auth/jwt decode: decryption, expiry check), and getServerSession
 * runs only when the cookie is over a day old, so an active session keeps sliding forward where a
 * response can carry the new cookie (server actions, route handlers, /api/auth/session).
 */
export const getSessionIdentity = cache(async (): Promise<SessionIdentity | null> => {
  const decoded = await decodeSessionCookie(await readSessionCookie(), env().authSecret);
  if (decoded.stale) {
    const session = await getServerSession(authOptions());
    return identityOf(session?.user as SessionUser | undefined);
  }
  return decoded.identity;
});

/**
 * next-auth's cookie encryption key: HKDF-SHA256 of the secret with its own info string (what
 * next-auth/jwt's encode and decode derive on every call, a tenth of a page's server CPU here),
 * derived once per secret. A pure function of the secret: nothing about users or sessions.
 */
const encryptionKeys = new Map<string, KeyObject>();
function encryptionKey(secret: string): KeyObject {
  let key = encryptionKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)));
    if (encryptionKeys.size > 4) encryptionKeys.clear();
    encryptionKeys.set(secret, key);
  }
  return key;
}

/**
 * The identity in a session cookie's value (what next-auth/jwt's decode does: decryption with the
 * key derived from the secret and the expiry check), and whether it is older than REFRESH_AFTER_S
 * (then next-auth should reissue it). Anything that does not decode (tampered, expired, another secret) is no identity.
 */
export async function decodeSessionCookie(
  raw: string | null,
  secret: string,
  nowS: number = Date.now() / 1000,
): Promise<{ identity: SessionIdentity | null; stale: boolean }> {
  if (!raw) return { identity: null, stale: false };
  let token: JWTPayload & { sv?: unknown };
  try {
    // As next-auth/jwt's decode: direct A256GCM encryption, 15 s of clock tolerance on expiry.
    token = (
      await jwtDecrypt(raw, encryptionKey(secret), {
        clockTolerance: 15,
        keyManagementAlgorithms: ["dir"],
        contentEncryptionAlgorithms: ["A256GCM"],
      })
    ).payload;
  } catch {
    return { identity: null, stale: false };
  }
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  return {
    identity: identityOf({ id: token.sub, sv: typeof token.sv === "number" ? token.sv : undefined }),
    stale: nowS - issuedAt > REFRESH_AFTER_S,
  };
}

export function identityOf(user: SessionUser | undefined | null): SessionIdentity | null {
  if (!user?.id) return null;
  // Cookies from before versions existed carry none: they match version 0 only.
  return { userId: user.id, sessionVersion: typeof user.sv === "number" ? user.sv : 0 };
}

/** Add to the `select` of the query that loads the signed-in user. */
export const SESSION_VERSION_SELECT = { sessionVersion: true } as const;

export function isSessionCurrent(identity: SessionIdentity, row: { sessionVersion: number } | null): boolean {
  return row !== null && row.sessionVersion === identity.sessionVersion;
}

/** "Sign out everywhere": every cookie issued so far stops working, this one included. */
export async function revokeAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
