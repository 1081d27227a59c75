// Reads of a person's own profile. Only ever called for the signed-in user themself.
import "server-only";
import { db } from "../db/client";
import type { ProfileLink } from "./schema";

export type OwnProfile = {
  email: string;
  name: string;
  organizationText: string;
  /** The normalized organization the profile resolved to. */
  organizationName: string | null;
  bio: string;
  links: ProfileLink[];
  handles: string[];
  /** No past feedback on record: a first-time speaker (neutral reputation). */
  isNewcomer: boolean;
  pastSessions: number;
};

function asLinks(v: unknown): ProfileLink[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((l): l is { label: unknown; url: unknown } => typeof l === "object" && l !== null)
    .map((l) => ({ label: String(l.label ?? ""), url: String(l.url ?? "") }))
    .filter((l) => l.url);
}

export async function getOwnProfile(userId: string): Promise<OwnProfile | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      organization: { select: { name: true } },
      profile: { select: { displayName: true, organizationText: true, bio: true, links: true, handles: true } },
      _count: { select: { pastFeedback: true } },
    },
  });
  if (!user) return null;
  return {
    email: user.email,
    name: user.profile?.displayName ?? user.name ?? "",
    organizationText: user.profile?.organizationText ?? "",
    organizationName: user.organization?.name ?? null,
    bio: user.profile?.bio ?? "",
    links: asLinks(user.profile?.links),
    handles: user.profile?.handles ?? [],
    isNewcomer: user._count.pastFeedback === 0,
    pastSessions: user._count.pastFeedback,
  };
}
