"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertUser } from "@/lib/auth/roles";
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
