"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertUser } from "@/lib/auth/roles";
import { revokeAllSessions } from "@/lib/auth/session-version";
import { saveProfile } from "@/lib/profile/mutations";

/** Any signed-in user may save their own profile, and only their own (the id comes from the session). */
export async function saveProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(assertUser, z.looseObject({}), form, (user, raw) => saveProfile(user, raw));
  if (!result.ok) return { ...result, values: formDataToObject(form) };
  revalidatePath("/profile");
  revalidatePath("/", "layout");
  return {
    ok: true,
    message: result.organizationName
      ? `Profile saved. Organization on record: ${result.organizationName}`
      : "Profile saved.",
  };
}

/**
 * "Sign out everywhere": bumps the user's session version, so every session cookie issued so far
 * (other browsers, a copied cookie) stops working; this browser's cookie is cleared too.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const result = await runAction(assertUser, z.looseObject({}), {}, async (user) => {
    await revokeAllSessions(user.id);
    return { ok: true as const };
  });
  const jar = await cookies();
  for (const c of jar.getAll()) if (/next-auth\.session-token/.test(c.name)) jar.delete(c.name);
  redirect(result.ok ? "/signin?signedOut=everywhere" : "/signin");
}
