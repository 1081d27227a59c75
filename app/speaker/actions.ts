"use server";
// Speaker server actions. The acting user always comes from the session (runAction); ownership is
// checked again in lib/proposals (the proposal's creator is part of every `where`), so a forged
// call with someone else's proposal id gets "not found", never their data.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertUser } from "@/lib/auth/roles";
import { fail } from "@/lib/errors";
import { respondToInvitation, saveProposal, submitProposal, withdrawProposal } from "@/lib/proposals/mutations";

const proposalForm = z.looseObject({
  intent: z.enum(["save", "submit"]).default("save"),
  eventSlug: z.string().optional(),
  proposalId: z.string().optional(),
});

function proposalInput(raw: Record<string, unknown>) {
  const { title, abstract, description, track, format, level, tags, coSpeakers } = raw;
  return { title, abstract, description, track, format, level: level || undefined, tags, coSpeakers };
}

function refresh(proposalId?: string) {
  revalidatePath("/speaker");
  if (proposalId) revalidatePath(`/speaker/proposals/${proposalId}`);
}

/**
 * Save draft (intent=save) or save-then-submit (intent=submit). A new proposal goes to its own page
 * afterwards, where the redaction preview shows what voters will see.
 */
export async function saveProposalAction(_prev: FormState, form: FormData): Promise<FormState> {
  let created: { id: string; submitError?: string } | null = null;
  const result = await runAction(
    assertUser,
    proposalForm,
    form,
    async (user, raw) => {
      if (!raw.proposalId && !raw.eventSlug) return fail("invalid_input", "Event is missing");
      const saved = await saveProposal(user, {
        eventSlug: raw.proposalId ? undefined : raw.eventSlug,
        proposalId: raw.proposalId || undefined,
        input: proposalInput(raw),
      });
      if (!saved.ok) return saved;
      if (!raw.proposalId) created = { id: saved.proposalId };
      if (raw.intent !== "submit") {
        const n = saved.findings.length;
        return {
          ok: true as const,
          message: n
            ? `Draft saved. Check the redaction preview: ${n} identity mention${n === 1 ? "" : "s"} will be hidden from voters.`
            : "Draft saved.",
        };
      }
      const submitted = await submitProposal(user, saved.proposalId);
      if (!submitted.ok) {
        if (created) created.submitError = submitted.code;
        return {
          ...submitted,
          message: `Your changes are saved, but the proposal was not submitted. ${submitted.message}`,
        };
      }
      return {
        ok: true as const,
        message: "Proposal submitted. You can still edit it until the call for papers closes.",
      };
    },
    { rateLimit: "proposalWrite" },
  );
  if (created) {
    const c = created as { id: string; submitError?: string };
    refresh(c.id);
    redirect(
      `/speaker/proposals/${c.id}?saved=1${c.submitError ? `&notSubmitted=${c.submitError}` : result.ok && form.get("intent") === "submit" ? "&submitted=1" : ""}`,
    );
  }
  const id = typeof form.get("proposalId") === "string" ? String(form.get("proposalId")) : undefined;
  if (result.ok) {
    refresh(id);
    return { ok: true, message: result.message };
  }
  // A refused submit still saved the edits: show the fresh redaction preview too.
  if (result.code === "cap_reached" || result.code === "phase_closed") refresh(id);
  return { ...result, values: formDataToObject(form) };
}

const idForm = z.object({ proposalId: z.string().min(1, "Proposal is missing") });

export async function withdrawProposalAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(assertUser, idForm, form, async (user, { proposalId }) => {
    const r = await withdrawProposal(user, proposalId);
    return r.ok
      ? {
          ok: true as const,
          message:
            "Proposal withdrawn. It no longer counts against your caps; you can submit it again while the call for papers is open.",
        }
      : r;
  });
  if (result.ok) refresh(String(form.get("proposalId")));
  return result.ok ? { ok: true, message: result.message } : result;
}

const invitationForm = z.object({
  proposalId: z.string().min(1, "Proposal is missing"),
  answer: z.enum(["accept", "decline"], { error: "Answer must be accept or decline" }),
});

export async function respondToInvitationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(assertUser, invitationForm, form, async (user, { proposalId, answer }) => {
    const r = await respondToInvitation(user, proposalId, answer === "accept");
    return r.ok
      ? {
          ok: true as const,
          message: answer === "accept" ? "You are now a co-speaker on this proposal." : "Invitation declined.",
        }
      : r;
  });
  if (result.ok) refresh(String(form.get("proposalId")));
  return result.ok ? { ok: true, message: result.message } : result;
}

/** Submit again (a withdrawn proposal): caps are checked atomically in lib/proposals. */
export async function submitProposalAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(
    assertUser,
    idForm,
    form,
    async (user, { proposalId }) => {
      const r = await submitProposal(user, proposalId);
      return r.ok ? { ok: true as const, message: "Proposal submitted." } : r;
    },
    { rateLimit: "proposalWrite" },
  );
  if (result.ok) refresh(String(form.get("proposalId")));
  return result.ok ? { ok: true, message: result.message } : result;
}
