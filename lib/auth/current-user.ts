import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { db } from "../db/client";
import type { CurrentUser } from "./roles";
import { getSessionIdentity, isSessionCurrent, SESSION_VERSION_SELECT } from "./session-version";

/**
 * The signed-in user, loaded fresh from the database once per request (roles may change). A cookie
 * whose session version is stale (signed out everywhere, role lowered) counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerender a page that depends on who is signed in
  const identity = await getSessionIdentity();
  if (!identity) return null;
  const user = await db.user.findUnique({
    where: { id: identity.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailVerified: true,
      organizationId: true,
      trackChairs: { select: { trackId: true } },
      ...SESSION_VERSION_SELECT,
    },
  });
  if (!user || !isSessionCurrent(identity, user)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerified !== null,
    organizationId: user.organizationId,
    chairTrackIds: user.trackChairs.map((c) => c.trackId),
  };
});
