// Saves a person's profile: SpeakerProfile plus the User's name and organization, in one
// transaction. The organization is resolved (normalized, aliases, e-mail domain) by lib/orgs.
import "server-only";
import { db } from "../db/client";
import { fail, type Result } from "../errors";
import { resolveOrganization } from "../orgs/resolve";
import { profileInputSchema, type ProfileInput } from "./schema";
import { fieldErrorsFromIssues } from "../errors";

export type SavedProfile = { organizationName: string | null };

export async function saveProfile(
  user: { id: string; email: string },
  input: ProfileInput,
): Promise<Result<SavedProfile>> {
  const parsed = profileInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFromIssues(parsed.error.issues);
    return fail("invalid_input", parsed.error.issues[0]?.message, fieldErrors);
  }
  const p = parsed.data;
  const organizationName = await db.$transaction(async (tx) => {
    const { organization } = await resolveOrganization(tx, { name: p.organization, email: user.email });
    const organizationId = organization?.id ?? null;
    const data = {
      displayName: p.name,
      organizationText: p.organization ?? null,
      organizationId,
      bio: p.bio ?? null,
      links: p.links,
      handles: p.handles,
    };
    await tx.speakerProfile.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data });
    await tx.user.update({ where: { id: user.id }, data: { name: p.name, organizationId } });
    return organization?.name ?? null;
  });
  return { ok: true, organizationName };
}
