import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { db } from "../db/client";
import { authOptions } from "./options";
import type { GlobalRole } from "../db/generated/enums";
import type { CurrentUser } from "./roles";

/** The signed-in user, loaded fresh from the database once per request (roles may change). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerender a page that depends on who is signed in
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  // One statement for the user and the tracks they chair (a vote's first of two round trips).
  const rows = await db.$queryRaw<
    {
      id: string;
      email: string;
      name: string | null;
      role: GlobalRole;
      emailVerified: Date | null;
      organizationId: string | null;
      chairTrackIds: string[];
    }[]
  >`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."emailVerified", u."organizationId",
      ARRAY(SELECT c."trackId" FROM "TrackChair" c WHERE c."userId" = u."id" ORDER BY c."trackId") AS "chairTrackIds"
    FROM "User" u WHERE u."id" = ${id}`;
  const user = rows[0];
  if (!user) return null;
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
