import "server-only";
import { summarizeFindings, type Finding } from "../anonymize";
import { checkCapsLocked } from "../caps/enforce";
import { capViolationMessage } from "../caps/rules";
import { db } from "../db/client";
import { fail, failFromZod, type Result } from "../errors";
import { enqueueEmail } from "../notifications/outbox";
import { applyRedaction } from "./apply-redaction";
import { syncCoSpeakers } from "./co-speakers";
import { cfpClosedMessage, isCfpOpen } from "./phase";
import { proposalInputSchema } from "./schema";
import { resolveTrackAndFormat } from "./track-format";

type Actor = { id: string; email: string };

export type SaveResult = Result<{ proposalId: string; warnings: string[]; findings: Finding[] }>;

async function notifyInvited(proposalId: string, title: string, inviter: string, emails: string[]) {
  for (const to of emails) {
    await enqueueEmail({
      to,
      kind: "co_speaker_invite",
      dedupeKey: `co-speaker-invite:${proposalId}:${to}`,
      subject: `You were added as a co-speaker: ${title}`,
      text: `${inviter} added you as a co-speaker on the proposal "${title}".\n\nSign in to Podium and open "My proposals" to confirm or decline.`,
    });
  }
}

/** Creates (no proposalId) or updates a proposal the actor is the primary speaker of. Keeps its status. */
export async function saveProposal(
  actor: Actor,
  args: { eventSlug?: string; proposalId?: string; input: unknown },
): Promise<SaveResult> {
  const parsed = proposalInputSchema.safeParse(args.input);
  if (!parsed.success) return failFromZod(parsed.error);
  const input = parsed.data;

  const outcome = await db.$transaction(async (tx): Promise<SaveResult & { invited?: string[] }> => {
    let proposalId = args.proposalId;
    let eventId: string;
    if (proposalId) {
      const existing = await tx.proposal.findFirst({
        where: { id: proposalId, createdById: actor.id },
        select: {
          eventId: true,
          status: true,
          allowOutsideCfp: true,
          event: { select: { phase: true, cfpOpensAt: true, cfpClosesAt: true } },
        },
      });
      if (!existing) return fail("not_found", "Proposal not found.");
      if (!["DRAFT", "SUBMITTED"].includes(existing.status)) {
        return fail("phase_closed", `This proposal is ${existing.status.toLowerCase()} and can no longer be edited.`);
      }
      if (!existing.allowOutsideCfp && !isCfpOpen(existing.event))
        return fail("phase_closed", cfpClosedMessage(existing.event));
      eventId = existing.eventId;
    } else {
      const event = await tx.event.findUnique({
        where: { slug: args.eventSlug ?? "" },
        select: { id: true, phase: true, cfpOpensAt: true, cfpClosesAt: true },
      });
      if (!event) return fail("not_found", "Event not found.");
      if (!isCfpOpen(event)) return fail("phase_closed", cfpClosedMessage(event));
      eventId = event.id;
    }
    const refs = await resolveTrackAndFormat(tx, eventId, input);
    if (!refs.ok) return refs;
    const fields = {
      title: input.title,
      abstract: input.abstract,
      description: input.description || null,
      level: input.level,
      tags: input.tags,
      trackId: refs.trackId,
      formatId: refs.formatId,
    };
    if (proposalId) {
      await tx.proposal.update({ where: { id: proposalId }, data: fields });
    } else {
      const created = await tx.proposal.create({
        data: {
          ...fields,
          eventId,
          createdById: actor.id,
          anonymizedTitle: "",
          anonymizedAbstract: "",
          status: "DRAFT",
        },
        select: { id: true },
      });
      proposalId = created.id;
      const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { organizationId: true } });
      await tx.proposalSpeaker.create({
        data: {
          proposalId,
          userId: actor.id,
          role: "PRIMARY",
          status: "CONFIRMED",
          organizationId: me.organizationId,
          respondedAt: new Date(),
        },
      });
    }
    const invited = await syncCoSpeakers(tx, proposalId, actor.id, input.coSpeakers);
    const findings = await applyRedaction(tx, proposalId, input.title, input.abstract);
    return { ok: true, proposalId, findings, warnings: summarizeFindings(findings), invited };
  });
  if (outcome.ok && outcome.invited && outcome.invited.length > 0) {
    await notifyInvited(outcome.proposalId, input.title, actor.email, outcome.invited);
  }
  if (outcome.ok)
    return { ok: true, proposalId: outcome.proposalId, findings: outcome.findings, warnings: outcome.warnings };
  return outcome;
}

/** DRAFT (or WITHDRAWN) -> SUBMITTED, with per-speaker and per-organization caps checked atomically. */
export async function submitProposal(actor: Actor, proposalId: string): Promise<Result<{ proposalId: string }>> {
  return db.$transaction(async (tx) => {
    const p = await tx.proposal.findFirst({
      where: { id: proposalId, createdById: actor.id },
      select: {
        eventId: true,
        status: true,
        allowOutsideCfp: true,
        event: { select: { phase: true, cfpOpensAt: true, cfpClosesAt: true } },
        speakers: {
          where: { status: "CONFIRMED" },
          select: {
            id: true,
            userId: true,
            role: true,
            user: { select: { name: true, email: true, organizationId: true } },
          },
        },
      },
    });
    if (!p) return fail("not_found", "Proposal not found.");
    if (p.status === "SUBMITTED") return fail("conflict", "This proposal is already submitted.");
    if (p.status !== "DRAFT" && p.status !== "WITHDRAWN") {
      return fail("phase_closed", `This proposal is ${p.status.toLowerCase()} and cannot be submitted again.`);
    }
    if (!p.allowOutsideCfp && !isCfpOpen(p.event)) return fail("phase_closed", cfpClosedMessage(p.event));

    const violation = await checkCapsLocked(tx, {
      eventId: p.eventId,
      proposalId,
      actingUserId: actor.id,
      speakers: p.speakers.map((s) => ({
        userId: s.userId,
        name: s.user.name ?? s.user.email,
        organizationId: s.user.organizationId,
        role: s.role,
      })),
    });
    if (violation) return fail("cap_reached", capViolationMessage(violation));

    // Organization as of submission: later profile edits do not rewrite past cap counts.
    for (const s of p.speakers) {
      await tx.proposalSpeaker.update({ where: { id: s.id }, data: { organizationId: s.user.organizationId } });
    }
    const moved = await tx.proposal.updateMany({
      where: { id: proposalId, status: { in: ["DRAFT", "WITHDRAWN"] } },
      data: { status: "SUBMITTED", submittedAt: new Date(), withdrawnAt: null },
    });
    if (moved.count !== 1) return fail("conflict");
    return { ok: true as const, proposalId };
  });
}

export async function withdrawProposal(actor: Actor, proposalId: string): Promise<Result<{ proposalId: string }>> {
  const moved = await db.proposal.updateMany({
    where: { id: proposalId, createdById: actor.id, status: { in: ["DRAFT", "SUBMITTED"] } },
    data: { status: "WITHDRAWN", withdrawnAt: new Date() },
  });
  if (moved.count === 1) return { ok: true, proposalId };
  const exists = await db.proposal.findFirst({
    where: { id: proposalId, createdById: actor.id },
    select: { status: true },
  });
  if (!exists) return fail("not_found", "Proposal not found.");
  return fail("phase_closed", `This proposal is ${exists.status.toLowerCase()} and cannot be withdrawn.`);
}

/** An invited co-speaker confirms or declines. Confirming a submitted proposal checks caps. */
export async function respondToInvitation(
  actor: Actor,
  proposalId: string,
  accept: boolean,
): Promise<Result<{ proposalId: string }>> {
  return db.$transaction(async (tx) => {
    const row = await tx.proposalSpeaker.findFirst({
      where: { proposalId, userId: actor.id, role: "CO_SPEAKER", status: "INVITED" },
      select: {
        id: true,
        proposal: { select: { eventId: true, status: true } },
        user: { select: { name: true, email: true, organizationId: true } },
      },
    });
    if (!row) return fail("not_found", "There is no open invitation for you on this proposal.");
    if (!accept) {
      await tx.proposalSpeaker.update({ where: { id: row.id }, data: { status: "DECLINED", respondedAt: new Date() } });
      return { ok: true as const, proposalId };
    }
    if (row.proposal.status === "SUBMITTED") {
      const violation = await checkCapsLocked(tx, {
        eventId: row.proposal.eventId,
        proposalId,
        actingUserId: actor.id,
        speakers: [
          {
            userId: actor.id,
            name: row.user.name ?? row.user.email,
            organizationId: row.user.organizationId,
            role: "CO_SPEAKER",
          },
        ],
      });
      if (violation) return fail("cap_reached", capViolationMessage(violation));
    }
    await tx.proposalSpeaker.update({
      where: { id: row.id },
      data: { status: "CONFIRMED", respondedAt: new Date(), organizationId: row.user.organizationId },
    });
    return { ok: true as const, proposalId };
  });
}
