import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { db } from "../db/client";
import type { GlobalRole } from "../db/generated/enums";
import type { CurrentUser } from "./roles";
import { getSessionIdentity, isSessionCurrent } from "./session-version";

type UserRow = {
  id: string;
  email: string;
  name: string | null;
  role: GlobalRole;
  emailVerified: Date | null;
  organizationId: string | null;
  sessionVersion: number;
  chairTrackIds: string[];
};

/**
 * The signed-in user, loaded fresh from the database once per request (roles may change). A cookie
 * whose session version is stale (signed out everywhere, role lowered) counts as signed out.
 * One statement: the user, their session version and the tracks they chair. (The vote does not
 * use it: its one statement loads the voter itself, lib/votes/cast-vote.ts.)
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerender a page that depends on who is signed in
  const identity = await getSessionIdentity();
  if (!identity) return null;
  const rows = await db.$queryRaw<UserRow[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."emailVerified", u."organizationId",
      u."sessionVersion",
      ARRAY(SELECT c."trackId" FROM "TrackChair" c WHERE c."userId" = u."id" ORDER BY c."trackId") AS "chairTrackIds"
    FROM "User" u WHERE u."id" = ${identity.userId}`;
  const user = rows[0] ?? null;
  if (!user || !isSessionCurrent(identity, user)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerified !== null,
    organizationId: user.organizationId,
    chairTrackIds: user.chairTrackIds,
  };
});
