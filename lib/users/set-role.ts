// Grants and revokes the global roles (ADMIN, ORGANIZER, MEMBER). The CLI uses it to make the
// first admin on an empty database; the roles page uses it afterwards. An unknown address gets a
// placeholder user that the person takes over when they first sign in with it.
import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write";
import { db } from "../db/client";
import type { GlobalRole } from "../db/generated/enums";
import { fail, type Result } from "../errors";

export const GLOBAL_ROLES = ["ADMIN", "ORGANIZER", "MEMBER"] as const;

export const setRoleSchema = z.object({
  email: z
    .string({ error: "E-mail is required" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "E-mail must be a valid e-mail address" })),
  role: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z.enum(GLOBAL_ROLES, { error: "Role must be ADMIN, ORGANIZER or MEMBER" }),
  ),
});

export type SetRoleResult = Result<{
  userId: string;
  email: string;
  role: GlobalRole;
  previous: GlobalRole | null;
  createdUser: boolean;
}>;

export async function setUserRole(
  input: { email: string; role: string },
  options: { actorId?: string | null; source?: string } = {},
): Promise<SetRoleResult> {
  const parsed = setRoleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail("invalid_input", issue?.message, String(issue?.path[0] ?? "email"));
  }
  const { email, role } = parsed.data;
  return db.$transaction(async (tx) => {
    // Lock every admin row, so two admins demoting each other at once cannot leave none.
    const admins = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "User" WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`,
    );
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (existing?.role === "ADMIN" && role !== "ADMIN" && admins.every((a) => a.id === existing.id)) {
      return fail("last_admin", `${email} is the last admin; make someone else an admin first`, "role");
    }
    if (existing?.role === role) {
      return { ok: true as const, userId: existing.id, email, role, previous: existing.role, createdUser: false };
    }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role }, select: { id: true } })
      : await tx.user.create({ data: { email, role }, select: { id: true } });
    await writeAudit(tx, {
      actorId: options.actorId ?? null,
      action: "user.role",
      targetType: "User",
      targetId: user.id,
      details: { email, from: existing?.role ?? null, to: role, ...(options.source ? { source: options.source } : {}) },
    });
    return {
      ok: true as const,
      userId: user.id,
      email,
      role,
      previous: existing?.role ?? null,
      createdUser: !existing,
    };
  });
}

/**
 * PODIUM_ADMIN_EMAILS at sign-in: a listed address that is not yet ADMIN becomes one (audit-logged,
 * actor null, source "PODIUM_ADMIN_EMAILS"). Removing an address from the setting does not demote.
 */
export async function promoteConfiguredAdmin(userId: string, email: string | null | undefined, adminEmails: string[]) {
  const address = email?.trim().toLowerCase();
  if (!address || !adminEmails.includes(address)) return false;
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, role: { not: "ADMIN" } },
      data: { role: "ADMIN" },
    });
    if (count === 0) return false;
    await writeAudit(tx, {
      actorId: null,
      action: "user.role",
      targetType: "User",
      targetId: userId,
      details: { email: address, to: "ADMIN", source: "PODIUM_ADMIN_EMAILS" },
    });
    return true;
  });
  return updated;
}
