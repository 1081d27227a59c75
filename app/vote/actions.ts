"use server";
// Voter actions. Each establishes the caller through runAction and hands plain arguments to
// lib/ballot, which checks phase, window, eligibility, ownership and rate limits. The vote itself,
// the hot path, is a route handler (app/api/v1/events/[slug]/votes, decision 009).
// Inputs and results carry ballot handles only, never a proposal id.
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction } from "@/lib/auth/action";
import { assertUser } from "@/lib/auth/roles";
import { assignMore, openBallot } from "@/lib/ballot/assign-ballot";

export type VoterFormState = { ok: false; code: string; message: string } | null;

const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, { error: "Not an event." });

const startSchema = z.object({ eventSlug: slugSchema, "tracks[]": z.array(z.string().max(80)).max(50).optional() });

export async function startBallotAction(_prev: VoterFormState, form: FormData): Promise<VoterFormState> {
  const r = await runAction(assertUser, startSchema, form, (user, data) =>
    openBallot({ eventSlug: data.eventSlug, voter: user, trackSlugs: data["tracks[]"] ?? [] }),
  );
  if (!r.ok) return { ok: false, code: r.code, message: r.message };
  const slug = String(form.get("eventSlug"));
  redirect(r.firstHandle ? `/vote/${slug}/b/${r.firstHandle}` : `/vote/${slug}`);
}

const moreSchema = z.object({ eventSlug: slugSchema, expectedBatch: z.coerce.number().int().min(1) });

export async function moreItemsAction(_prev: VoterFormState, form: FormData): Promise<VoterFormState> {
  const r = await runAction(assertUser, moreSchema, form, (user, data) =>
    assignMore({ eventSlug: data.eventSlug, voter: user, expectedBatch: data.expectedBatch }),
  );
  if (!r.ok) return { ok: false, code: r.code, message: r.message };
  if (r.added === 0)
    return {
      ok: false,
      code: "not_found",
      message: "There is nothing more to assign to you right now: you have seen every proposal you may vote on.",
    };
  redirect(`/vote/${String(form.get("eventSlug"))}/b/${r.firstHandle}`);
}
