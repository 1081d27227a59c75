"use server";
// Organizer actions of the outbox: resend a failed message, cancel one that has not been sent.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { runAction } from "@/lib/auth/action";
import { assertRole } from "@/lib/auth/roles";
import { cancelEmail, resendEmail } from "@/lib/notifications/outbox";

const organizer = (u: Parameters<typeof assertRole>[0]) => assertRole(u, "ORGANIZER");
const idSchema = z.object({ id: z.string().min(1) });

export async function resendEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(organizer, idSchema, form, async (_user, d) => {
    const res = await resendEmail(d.id);
    if (!res.ok) return res;
    revalidatePath("/admin/outbox");
    revalidatePath(`/admin/outbox/${d.id}`);
    return {
      ok: true as const,
      message: res.delivered ? "Sent." : "Queued again: the delivery worker retries it shortly.",
    };
  });
  return r.ok ? { ok: true, message: r.message } : r;
}

export async function cancelEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(organizer, idSchema, form, async (_user, d) => {
    const res = await cancelEmail(d.id);
    if (!res.ok) return res;
    revalidatePath("/admin/outbox");
    revalidatePath(`/admin/outbox/${d.id}`);
    return { ok: true as const, message: "Cancelled: this message will not be sent." };
  });
  return r.ok ? { ok: true, message: r.message } : r;
}
