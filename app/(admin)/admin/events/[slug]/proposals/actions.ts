"use server";
// Moderation actions. Each checks the caller itself: editAnonymizedText lets only the proposal's
// track chairs and organizers through, setAllowOutsideCfp only organizers; runAction refuses
// anonymous callers before either runs.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertRole, assertUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { setProposalStatuses } from "@/lib/proposals/bulk-status";
import { editAnonymizedText, setAllowOutsideCfp } from "@/lib/proposals/moderation";

const anonymizedForm = z.object({
  proposalId: z.string().min(1, "Proposal is missing"),
  anonymizedTitle: z.string({ error: "Anonymized title is required" }),
  anonymizedAbstract: z.string({ error: "Anonymized abstract is required" }),
  // Ticked after detection flagged this text: the flagged title and abstract come back with it.
  keepFlagged: z.literal("yes").optional(),
  flaggedTitle: z.string().max(10_000).optional(),
  flaggedAbstract: z.string().max(20_000).optional(),
});

async function refresh(proposalId: string) {
  const p = await db.proposal.findUnique({ where: { id: proposalId }, select: { event: { select: { slug: true } } } });
  if (!p) return;
  revalidatePath(`/admin/events/${p.event.slug}/proposals`);
  revalidatePath(`/admin/events/${p.event.slug}/proposals/${proposalId}`);
  revalidatePath(`/speaker/proposals/${proposalId}`);
}

export async function editAnonymizedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(assertUser, anonymizedForm, form, async (user, input) => {
    const { proposalId, anonymizedTitle, anonymizedAbstract, keepFlagged, flaggedTitle, flaggedAbstract } = input;
    const r = await editAnonymizedText(user, proposalId, {
      anonymizedTitle,
      anonymizedAbstract,
      ...(keepFlagged === "yes" ? { keepFlagged: { title: flaggedTitle ?? "", abstract: flaggedAbstract ?? "" } } : {}),
    });
    return r.ok ? { ok: true as const, message: "Voter version saved. The change is recorded in the audit log." } : r;
  });
  if (!result.ok) return { ...result, values: formDataToObject(form) };
  await refresh(String(form.get("proposalId")));
  return { ok: true, message: result.message };
}

const overrideForm = z.object({
  proposalId: z.string().min(1, "Proposal is missing"),
  allow: z.enum(["true", "false"], { error: "Choose allow or revoke" }),
  reason: z.string().max(500, "Reason is at most 500 characters").default(""),
});

export async function setCfpOverrideAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(
    (u) => assertRole(u, "ORGANIZER"),
    overrideForm,
    form,
    async (user, { proposalId, allow, reason }) => {
      const r = await setAllowOutsideCfp(user, proposalId, allow === "true", reason);
      return r.ok
        ? {
            ok: true as const,
            message:
              allow === "true"
                ? "The speaker may now edit and submit this proposal outside the call-for-papers dates."
                : "Override removed.",
          }
        : r;
    },
  );
  if (!result.ok) return { ...result, values: formDataToObject(form) };
  await refresh(String(form.get("proposalId")));
  return { ok: true, message: result.message };
}

const bulkForm = z.object({
  eventId: z.string().min(1, "Event is missing"),
  to: z.string().optional(),
  "proposalIds[]": z.array(z.string()).default([]),
});

const proposals = (n: number) =>
  `${n.toLocaleString("en")} ${new Intl.PluralRules("en").select(n) === "one" ? "proposal" : "proposals"}`;

export async function bulkStatusAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(
    (u) => assertRole(u, "ORGANIZER"),
    bulkForm,
    form,
    async (user, data) => {
      const r = await setProposalStatuses({
        eventId: data.eventId,
        proposalIds: data["proposalIds[]"],
        to: data.to ?? "",
        actorId: user.id,
      });
      if (!r.ok) return r;
      const verb = data.to === "WITHDRAWN" ? "withdrawn" : "restored to submitted";
      const skipped = r.skipped
        ? ` ${proposals(r.skipped)} left as they were (decided, or already ${data.to === "WITHDRAWN" ? "withdrawn" : "active"}).`
        : "";
      return { ok: true as const, message: `${proposals(r.changed)} ${verb}.${skipped}` };
    },
  );
  if (!result.ok) return { ...result, values: formDataToObject(form) };
  const event = await db.event.findUnique({ where: { id: String(form.get("eventId")) }, select: { slug: true } });
  if (event) revalidatePath(`/admin/events/${event.slug}/proposals`);
  return { ok: true, message: result.message };
}
