// Pure role rules. Speakers and voters are ordinary members; chairs are members with TrackChair
// rows; ORGANIZER manages events; ADMIN is an organizer who may also manage organizers.
import type { GlobalRole } from "../db/generated/enums";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: GlobalRole;
  emailVerified: boolean;
  organizationId: string | null;
  /** Track ids this user chairs. */
  chairTrackIds: string[];
};

const rank: Record<GlobalRole, number> = { MEMBER: 0, ORGANIZER: 1, ADMIN: 2 };

export type AuthFailure = "unauthenticated" | "forbidden";

export class AuthError extends Error {
  constructor(
    readonly code: AuthFailure,
    message?: string,
  ) {
    super(message ?? (code === "unauthenticated" ? "Sign in first." : "You do not have access to this."));
  }
}

export function hasRole(user: CurrentUser, role: GlobalRole): boolean {
  return rank[user.role] >= rank[role];
}

export function isOrganizer(user: CurrentUser): boolean {
  return hasRole(user, "ORGANIZER");
}

/** Organizers chair every track; others only the tracks they were assigned. */
export function isChairOf(user: CurrentUser, trackId: string): boolean {
  return isOrganizer(user) || user.chairTrackIds.includes(trackId);
}

export function isAnyChair(user: CurrentUser): boolean {
  return isOrganizer(user) || user.chairTrackIds.length > 0;
}

export function assertUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new AuthError("unauthenticated");
  return user;
}

export function assertRole(user: CurrentUser | null, role: GlobalRole): CurrentUser {
  const u = assertUser(user);
  if (!hasRole(u, role)) throw new AuthError("forbidden", `This needs the ${role.toLowerCase()} role.`);
  return u;
}

export function assertChairOf(user: CurrentUser | null, trackId: string): CurrentUser {
  const u = assertUser(user);
  if (!isChairOf(u, trackId)) throw new AuthError("forbidden", "You are not a chair of this track.");
  return u;
}
