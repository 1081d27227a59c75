import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "../db/client";
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

/** The session cookie's claims, decoded once per request (no database read). */
export const getSessionIdentity = cache(async (): Promise<SessionIdentity | null> => {
  const session = await getServerSession(authOptions());
  return identityOf(session?.user as SessionUser | undefined);
});

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
