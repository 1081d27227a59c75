import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write";
import { isChairOf, isOrganizer, type CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { fail, failFromZod, type Result } from "../errors";
import { findDangerousMarkup } from "../markdown/render";
import { textField } from "../text/hygiene";
import { redactProposal } from "../anonymize";
import { loadProposalIdentityContext } from "./identity";
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

const editSchema = anonymizedSchema.extend({
  /**
   * The chair has seen what detection still finds in exactly this text and keeps it (an ordinary
   * word detection takes for a name): the flagged title and abstract, echoed back unchanged.
   */
  keepFlagged: z.object({ title: z.string(), abstract: z.string() }).optional(),
});

const FIELD_LABEL = { TITLE: "Voter title", ABSTRACT: "Voter abstract" } as const;
const FIELD_NAME = { TITLE: "anonymizedTitle", ABSTRACT: "anonymizedAbstract" } as const;

/**
 * Chairs of the proposal's track and organizers correct the text voters see. The edit goes
 * through the same detection as the speaker's text: what still names a speaker or their
 * organization is refused with a field message, unless the chair confirms for exactly this text
 * that it does not identify anyone. Audit-logged with before/after and any kept terms.
 */
export async function editAnonymizedText(
  actor: CurrentUser,
  proposalId: string,
  input: unknown,
): Promise<Result<{ proposalId: string }>> {
  const parsed = editSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const { keepFlagged, ...text } = parsed.data;
  return db.$transaction(async (tx) => {
    const p = await tx.proposal.findUnique({
      where: { id: proposalId },
      select: { eventId: true, trackId: true, anonymizedTitle: true, anonymizedAbstract: true },
    });
    if (!p) return fail("not_found", "Proposal not found.");
    if (!isChairOf(actor, p.trackId))
      return fail("forbidden", "Only the track's chairs and organizers can edit the anonymized text.");
    const ctx = await loadProposalIdentityContext(tx, proposalId);
    const { findings } = redactProposal({ title: text.anonymizedTitle, abstract: text.anonymizedAbstract }, ctx);
    const kept = [...new Set(findings.map((f) => f.text))];
    const confirmed =
      keepFlagged !== undefined &&
      keepFlagged.title.trim() === text.anonymizedTitle &&
      keepFlagged.abstract.trim() === text.anonymizedAbstract;
    if (findings.length > 0 && !confirmed) {
      const fields: Record<string, string> = {};
      for (const field of ["TITLE", "ABSTRACT"] as const) {
        const terms = [...new Set(findings.filter((f) => f.field === field).map((f) => `“${f.text}”`))];
        if (terms.length === 0) continue;
        fields[FIELD_NAME[field]] =
          `${FIELD_LABEL[field]} still identifies a speaker or their organization: ${terms.join(", ")}. ` +
          "Replace it with a placeholder such as [speaker] or [organization], or confirm that it does not identify anyone.";
      }
      fields.keepFlagged =
        "Tick only if these terms do not identify anyone (for example an ordinary word detection mistook for a name).";
      return fail(
        "invalid_input",
        "The voter version still names a speaker or their organization; nothing was saved.",
        fields,
      );
    }
    await tx.proposal.update({ where: { id: proposalId }, data: { ...text, anonymizedEditedAt: new Date() } });
    await writeAudit(tx, {
      actorId: actor.id,
      eventId: p.eventId,
      action: "proposal.anonymized_edit",
      targetType: "Proposal",
      targetId: proposalId,
      details: {
        before: { title: p.anonymizedTitle, abstract: p.anonymizedAbstract },
        after: text,
        ...(kept.length > 0 ? { keptDespiteDetection: kept } : {}),
      },
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
