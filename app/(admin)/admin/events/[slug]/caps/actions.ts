"use server";
// Cap exceptions: organizers only (checked here by runAction and again in lib/caps).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertRole } from "@/lib/auth/roles";
import { grantCapException } from "@/lib/caps/exceptions";

const form = z.looseObject({ eventSlug: z.string().min(1, "Event is missing") });

export async function grantCapExceptionAction(_prev: FormState, data: FormData): Promise<FormState> {
  const result = await runAction(
    (u) => assertRole(u, "ORGANIZER"),
    form,
    data,
    async (user, { eventSlug, email, extraProposals, reason }) => {
      const r = await grantCapException(user, eventSlug, { email, extraProposals, reason });
      if (!r.ok) return r;
      const n = Number(extraProposals);
      return {
        ok: true as const,
        message:
          n === 0
            ? `Exception removed for ${String(email).trim().toLowerCase()}.`
            : `${String(email).trim().toLowerCase()} may submit ${n} more proposal${n === 1 ? "" : "s"} than the per-speaker cap.`,
      };
    },
  );
  if (!result.ok) return { ...result, values: formDataToObject(data) };
  revalidatePath(`/admin/events/${String(data.get("eventSlug"))}/caps`);
  return { ok: true, message: result.message };
}
