"use server";
// Grant and revoke organizer/admin roles. Admins only; lib/users/set-role audit-logs every change
// and refuses to remove the last admin.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertRole } from "@/lib/auth/roles";
import { setUserRole } from "@/lib/users/set-role";
import { ROLE_LABELS } from "@/lib/users/role-labels";

const admin = (u: Parameters<typeof assertRole>[0]) => assertRole(u, "ADMIN");
const roleForm = z.object({ email: z.string().optional(), role: z.string().optional() });

export async function setRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(admin, roleForm, form, async (user, data) => {
    const r = await setUserRole({ email: data.email ?? "", role: data.role ?? "" }, { actorId: user.id });
    if (!r.ok) return r;
    const label = ROLE_LABELS[r.role];
    const message =
      r.previous === r.role
        ? `${r.email} is already ${label.article} ${label.name.toLowerCase()}.`
        : r.role === "MEMBER"
          ? `${r.email} is no longer ${ROLE_LABELS[r.previous ?? "MEMBER"].article} ${ROLE_LABELS[r.previous ?? "MEMBER"].name.toLowerCase()}.`
          : `${r.email} is now ${label.article} ${label.name.toLowerCase()}${r.createdUser ? "; it takes effect when they first sign in with that address" : ""}.`;
    return { ok: true as const, message };
  });
  if (result.ok) revalidatePath("/admin/roles");
  return result.ok ? result : { ...result, values: formDataToObject(form) };
}
