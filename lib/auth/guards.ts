import "server-only";
import type { GlobalRole } from "../db/generated/enums";
import { getCurrentUser } from "./current-user";
import { assertChairOf, assertRole, assertUser, type CurrentUser } from "./roles";

// For server actions, route handlers and lib callers: throw AuthError, which the action and
// API wrappers turn into a refusal. Pages use lib/auth/page-guards.ts instead.

export async function requireUser(): Promise<CurrentUser> {
  return assertUser(await getCurrentUser());
}

export async function requireRole(role: GlobalRole): Promise<CurrentUser> {
  return assertRole(await getCurrentUser(), role);
}

export async function requireChairOf(trackId: string): Promise<CurrentUser> {
  return assertChairOf(await getCurrentUser(), trackId);
}
