import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write";
import { isChairOf, isOrganizer, type CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { fail, failFromZod, type Result } from "../errors";
import { findDangerousMarkup } from "../markdown/render";
import { textField } from "../text/hygiene";
import { LIMITS } from "./schema";

const anonymizedSchema = z.object({
  anonymizedTitle: textField("Anonymized title", { visible: true })
    .trim()
    .min(1, "Anonymized title is required")
    .max(LIMITS.title, `Anonymized title is at most ${LIMITS.title} characters`),
  anonymizedAbstract: textField("Anonymized abstract", { multiline: true, visible: true })
    .trim()
    .min(1, "Anonymized abstract is required")
    .max(LIMITS.abstract, `Anonymized abstract is at most ${LIMITS.abstract} characters`)
    .refine(
      (s) => findDangerousMarkup(s) === null,
      "Anonymized abstract contains markup that is not allowed; use plain Markdown",
    ),
});

/** Chairs of the proposal's track and organizers correct the text voters see. Audit-logged with before/after. */
export async function editAnonymizedText(
  actor: CurrentUser,
  proposalId: string,
  input: unknown,
): Promise<Result<{ proposalId: string }>> {
  const parsed = anonymizedSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  return db.$transaction(async (tx) => {
    const p = await tx.proposal.findUnique({
      where: { id: proposalId },
      select: { eventId: true, trackId: true, anonymizedTitle: true, anonymizedAbstract: true },
    });
    if (!p) return fail("not_found", "Proposal not found.");
    if (!isChairOf(actor, p.trackId))
      return fail("forbidden", "Only the track's chairs and organizers can edit the anonymized text.");
    await tx.proposal.update({ where: { id: proposalId }, data: { ...parsed.data, anonymizedEditedAt: new Date() } });
    await writeAudit(tx, {
      actorId: actor.id,
      eventId: p.eventId,
      action: "proposal.anonymized_edit",
      targetType: "Proposal",
      targetId: proposalId,
      details: { before: { title: p.anonymizedTitle, abstract: p.anonymizedAbstract }, after: parsed.data },
    });
    return { ok: true as const, proposalId };
  });
}

/** Organizer override: this proposal may be edited and submitted outside the CFP window. */
export async function setAllowOutsideCfp(
  actor: CurrentUser,
  proposalId: string,
  allow: boolean,
  reason: string,
): Promise<Result<{ proposalId: string }>> {
  if (!isOrganizer(actor)) return fail("forbidden", "Only organizers can override the call-for-papers dates.");
  if (allow && reason.trim().length < 3)
    return fail("invalid_input", "Reason is required for an override", {
      reason: "Reason is required for an override",
    });
  return db.$transaction(async (tx) => {
    const p = await tx.proposal.findUnique({ where: { id: proposalId }, select: { eventId: true } });
    if (!p) return fail("not_found", "Proposal not found.");
    await tx.proposal.update({ where: { id: proposalId }, data: { allowOutsideCfp: allow } });
    await writeAudit(tx, {
      actorId: actor.id,
      eventId: p.eventId,
      action: "proposal.cfp_override",
      targetType: "Proposal",
      targetId: proposalId,
      details: { allow, reason },
    });
    return { ok: true as const, proposalId };
  });
}
