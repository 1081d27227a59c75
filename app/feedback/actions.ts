"use server";
// Attendee actions on /feedback. runAction establishes the caller; lib/feedback checks the
// window, the speaker exclusion and the values itself.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertUser } from "@/lib/auth/roles";
import { rateSession } from "@/lib/feedback/ratings";

const rateForm = z.looseObject({ eventSlug: z.string().optional() });

export async function rateSessionAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(
    assertUser,
    rateForm,
    form,
    async (user, raw) => {
      slug = typeof raw.eventSlug === "string" ? raw.eventSlug : undefined;
      const r = await rateSession(user.id, {
        sessionId: String(raw.sessionId ?? ""),
        rating: raw.rating as string,
        comment: raw.comment as string | undefined,
      });
      if (!r.ok) return r;
      return { ok: true as const, message: r.updated ? "Rating updated." : "Thanks, your rating is saved." };
    },
    { rateLimit: "feedbackRating" },
  );
  if (result.ok) {
    if (slug) revalidatePath(`/feedback/${slug}`);
    return { ok: true, message: result.message };
  }
  return { ...result, values: formDataToObject(form) };
}
