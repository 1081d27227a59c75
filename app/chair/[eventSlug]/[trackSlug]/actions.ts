"use server";
// Server actions of the chair dashboard. Each checks the caller through runAction, and lib/decisions
// checks again that they chair this track (organizers: any) and that the phase allows it.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { runAction } from "@/lib/auth/action";
import { assertUser } from "@/lib/auth/roles";
import { saveChairReview, saveSpeakerFeedback } from "@/lib/decisions/chair-reviews";
import { applyDecisions, setDecisionMark } from "@/lib/decisions/mutations";
import { revealIdentities } from "@/lib/decisions/reveal";
import { textField } from "@/lib/text/hygiene";

const where = { eventSlug: z.string().min(1), trackSlug: z.string().min(1) };
const path = (d: { eventSlug: string; trackSlug: string }) => `/chair/${d.eventSlug}/${d.trackSlug}`;

function toState(
  r: { ok: true; message: string } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string> },
): FormState {
  return r.ok
    ? { ok: true, message: r.message }
    : { ok: false, code: r.code, message: r.message, fieldErrors: r.fieldErrors };
}

const markSchema = z.object({
  ...where,
  proposalId: z.string().min(1),
  mark: z.enum(["UNDECIDED", "ACCEPT", "WAITLIST", "REJECT"], {
    error: "Mark must be accept, waitlist, reject or undecided",
  }),
});

export async function markDecisionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(assertUser, markSchema, form, async (user, d) => {
    const res = await setDecisionMark(user, d);
    if (res.ok) {
      revalidatePath(path(d));
      revalidatePath(`${path(d)}/${d.proposalId}`);
    }
    return res.ok ? { ok: true as const, message: `Marked ${d.mark.toLowerCase()}.` } : res;
  });
  return toState(r);
}

const revealSchema = z.object({
  ...where,
  proposalId: z.string().optional(),
  scope: z.enum(["proposal", "track"]),
});

export async function revealAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(assertUser, revealSchema, form, async (user, d) => {
    if (d.scope === "proposal" && !d.proposalId)
      return { ok: false as const, code: "invalid_input" as const, message: "Which proposal?" };
    const res = await revealIdentities(user, {
      eventSlug: d.eventSlug,
      trackSlug: d.trackSlug,
      proposalIds: d.scope === "track" ? "all" : [d.proposalId!],
    });
    if (!res.ok) return res;
    revalidatePath(path(d));
    if (d.proposalId) revalidatePath(`${path(d)}/${d.proposalId}`);
    return {
      ok: true as const,
      message: `Revealed ${res.revealed.length} proposal(s); the reveal is in the audit log.`,
    };
  });
  return toState(r);
}

const applySchema = z.object({
  ...where,
  overrideReason: textField("Override reason").max(1000, { error: "At most 1000 characters" }).optional(),
});

export async function applyDecisionsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(assertUser, applySchema, form, async (user, d) => {
    const res = await applyDecisions(user, d);
    if (!res.ok) return res;
    revalidatePath(path(d));
    revalidatePath("/chair");
    const override = res.overridden.length
      ? ` Override recorded: ${res.overridden.map((v) => v.message).join(" ")}`
      : "";
    return { ok: true as const, message: `Applied ${res.applied} decision(s).${override}` };
  });
  return toState(r);
}

const reviewSchema = z.object({
  ...where,
  proposalId: z.string().min(1),
  note: textField("Note", { multiline: true }).max(20_000, { error: "The note is too long" }).default(""),
  mark: z.enum(["", "ACCEPT", "WAITLIST", "REJECT"], { error: "Your mark must be accept, waitlist or reject" }),
  comment: textField("Comment").max(5_000, { error: "The comment is too long" }).default(""),
});

export async function saveChairReviewAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(assertUser, reviewSchema, form, async (user, d) => {
    const res = await saveChairReview(user, d);
    if (!res.ok) return res;
    revalidatePath(path(d));
    revalidatePath(`${path(d)}/${d.proposalId}`);
    return { ok: true as const, message: "Your review is saved (chairs of this track only)." };
  });
  return toState(r);
}

const feedbackSchema = z.object({
  ...where,
  proposalId: z.string().min(1),
  feedback: textField("Feedback", { multiline: true }).max(20_000, { error: "The feedback is too long" }).default(""),
});

export async function saveSpeakerFeedbackAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(assertUser, feedbackSchema, form, async (user, d) => {
    const res = await saveSpeakerFeedback(user, d);
    if (!res.ok) return res;
    revalidatePath(`${path(d)}/${d.proposalId}`);
    return {
      ok: true as const,
      message: res.feedback ? "Feedback saved: it will be part of the decision e-mail." : "Feedback removed.",
    };
  });
  return toState(r);
}
