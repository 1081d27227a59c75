import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { db } from "../db/client";
import { authOptions } from "./options";
import type { CurrentUser } from "./roles";

/** The signed-in user, loaded fresh from the database once per request (roles may change). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerender a page that depends on who is signed in
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailVerified: true,
      organizationId: true,
      trackChairs: { select: { trackId: true } },
    },
  });
  if (!user) return null;
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
