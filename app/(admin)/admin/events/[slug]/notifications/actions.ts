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
import {
  deleteDecisionTemplate,
  saveDecisionTemplate,
  sendDecisionEmails,
  sendTestDecisionEmail,
} from "@/lib/notifications/decisions";

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

const testSchema = z.object({
  eventSlug: z.string().min(1),
  kind: z.enum(DECISION_KINDS),
  proposalId: z.string().min(1, { error: "Pick a proposal to preview on" }),
  subject: textField("Subject").max(1000).default(""),
  body: textField("Text", { multiline: true }).max(20_000).default(""),
});

export async function sendTestEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(organizer, testSchema, form, async (user, d) => {
    const event = await db.event.findUnique({ where: { slug: d.eventSlug }, select: { id: true } });
    if (!event) return fail("not_found", "Event not found.");
    const res = await sendTestDecisionEmail({ eventId: event.id, to: user.email, ...d });
    if (!res.ok) return res;
    revalidatePath("/admin/outbox");
    return {
      ok: true as const,
      message: res.delivered ? `Test sent to ${user.email}.` : `Test queued for ${user.email} (see the outbox).`,
    };
  });
  return r.ok ? { ok: true, message: r.message } : r;
}

export async function deleteTemplateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const schema = z.object({ eventSlug: z.string().min(1), kind: z.enum(DECISION_KINDS) });
  const r = await runAction(organizer, schema, form, async (user, d) => {
    const event = await db.event.findUnique({ where: { slug: d.eventSlug }, select: { id: true } });
    if (!event) return fail("not_found", "Event not found.");
    const res = await deleteDecisionTemplate(user.id, { eventId: event.id, kind: d.kind });
    if (!res.ok) return res;
    revalidatePath(`/admin/events/${d.eventSlug}/notifications`);
    return { ok: true as const, message: "Template deleted: the default text is used again." };
  });
  return r.ok ? { ok: true, message: r.message } : r;
}
