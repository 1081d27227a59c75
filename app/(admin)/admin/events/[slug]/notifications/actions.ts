"use server";
// Organizer actions of the notifications page: edit a decision template, send decision e-mails.
// runAction checks the organizer role; lib/notifications validates and refuses outside PUBLISHED.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { textField } from "@/lib/text/hygiene";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { DECISION_KINDS } from "@/lib/notifications/decision-templates";
import { saveDecisionTemplate, sendDecisionEmails } from "@/lib/notifications/decisions";

const organizer = (u: Parameters<typeof assertRole>[0]) => assertRole(u, "ORGANIZER");

const templateSchema = z.object({
  eventSlug: z.string().min(1),
  kind: z.enum(DECISION_KINDS),
  subject: textField("Subject").default(""),
  body: textField("Text", { multiline: true }).default(""),
});

export async function saveTemplateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(organizer, templateSchema, form, async (user, d) => {
    const event = await db.event.findUnique({ where: { slug: d.eventSlug }, select: { id: true } });
    if (!event) return fail("not_found", "Event not found.");
    const res = await saveDecisionTemplate(user.id, {
      eventId: event.id,
      kind: d.kind,
      subject: d.subject,
      body: d.body,
    });
    if (!res.ok) return res;
    revalidatePath(`/admin/events/${d.eventSlug}/notifications`);
    return { ok: true as const, message: "Template saved." };
  });
  return r.ok ? { ok: true, message: r.message } : { ...r, values: formDataToObject(form) };
}

export async function sendDecisionEmailsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(organizer, z.object({ eventSlug: z.string().min(1) }), form, async (user, d) => {
    const event = await db.event.findUnique({ where: { slug: d.eventSlug }, select: { id: true } });
    if (!event) return fail("not_found", "Event not found.");
    const res = await sendDecisionEmails(event.id, user.id);
    if (!res.ok) return res;
    revalidatePath(`/admin/events/${d.eventSlug}/notifications`);
    revalidatePath("/admin/outbox");
    return {
      ok: true as const,
      message: `${res.queued} e-mail(s) queued for ${res.proposals} decided proposal(s); ${res.alreadySent} already sent before (not sent again).`,
    };
  });
  return r.ok ? { ok: true, message: r.message } : r;
}
