import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { GlobalRole } from "../db/generated/enums";
import { getCurrentUser } from "./current-user";
import { AuthError, assertChairOf, assertRole, assertUser, type CurrentUser } from "./roles";

// Page variants: not signed in -> the sign-in page (and back afterwards); signed in without the
// right -> a real 403 response, not a hidden link.

async function guard(check: (u: CurrentUser | null) => CurrentUser, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  try {
    return check(user);
  } catch (e) {
    if (e instanceof AuthError && e.code === "unauthenticated") {
      redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    }
    if (e instanceof AuthError) forbidden();
    throw e;
  }
}

export function requirePageUser(returnTo: string): Promise<CurrentUser> {
  return guard(assertUser, returnTo);
}

export function requirePageRole(role: GlobalRole, returnTo: string): Promise<CurrentUser> {
  return guard((u) => assertRole(u, role), returnTo);
}

export function requirePageChairOf(trackId: string, returnTo: string): Promise<CurrentUser> {
  return guard((u) => assertChairOf(u, trackId), returnTo);
}
