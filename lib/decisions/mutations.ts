// Decision writes: a chair's pending mark per proposal, and "Apply decisions" for a track, which
// turns the marks into proposal statuses in one transaction, after checking the organization cap
// and the newcomer target over the whole event (an override needs a reason and is audit-logged).
import "server-only";
import { writeAudit } from "../audit/write";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import type { DecisionMark } from "../db/generated/enums";
import { fail, type Result } from "../errors";
import { authorizeTrack } from "./access";
import { findViolations, MARK_STATUS, markOfStatus, summarizeSelection, type Violation } from "./rules";
import { loadSelection } from "./selection-data";

export type SetMarkInput = { eventSlug: string; trackSlug: string; proposalId: string; mark: DecisionMark };

export async function setDecisionMark(user: CurrentUser, input: SetMarkInput): Promise<Result<{ mark: DecisionMark }>> {
  const access = await authorizeTrack(user, input.eventSlug, input.trackSlug, "write");
  if (!access.ok) return access;
  const proposal = await db.proposal.findFirst({
    where: { id: input.proposalId, trackId: access.track.id },
    select: { id: true, status: true },
  });
  if (!proposal) return fail("not_found", "No such proposal in this track.");
  if (markOfStatus(proposal.status) === null) return fail("phase_closed", "Withdrawn proposals cannot be decided.");
  await db.decision.upsert({
    where: { proposalId: proposal.id },
    create: { proposalId: proposal.id, mark: input.mark, markedById: user.id },
    update: { mark: input.mark, markedById: user.id, markedAt: new Date() },
  });
  return { ok: true, mark: input.mark };
}

export type ApplyInput = { eventSlug: string; trackSlug: string; overrideReason?: string };
export type ApplyResult = { applied: number; overridden: Violation[] };

/**
 * Applies the track's pending marks. Refuses (code cap_reached, one sentence per broken rule) when
 * the event's accepted set would break the organization cap or miss the newcomer target, unless
 * an override reason is given. The event row is locked so two chairs applying at once are
 * checked one after the other.
 */
export async function applyDecisions(user: CurrentUser, input: ApplyInput): Promise<Result<ApplyResult>> {
  const access = await authorizeTrack(user, input.eventSlug, input.trackSlug, "write");
  if (!access.ok) return access;
  const { track } = access;
  const reason = input.overrideReason?.trim() || undefined;
  if (reason && reason.length > 1000)
    return fail("invalid_input", "The override reason must be at most 1000 characters.");

  return db.$transaction(
    async (tx): Promise<Result<ApplyResult>> => {
      await tx.$queryRawUnsafe(`SELECT id FROM "Event" WHERE id = $1 FOR UPDATE`, track.event.id);
      const selection = await loadSelection(track.event.id, tx);
      const summary = summarizeSelection(selection, new Set([track.id]));
      const violations = findViolations(
        summary,
        { maxAcceptedPerOrg: track.event.maxAcceptedPerOrg, newcomerTarget: track.event.newcomerTarget },
        [{ id: track.id, name: track.name, slotCount: track.slotCount }],
      );
      if (violations.length && !reason) {
        return fail(
          "cap_reached",
          `${violations.map((v) => v.message).join(" ")} Change the marks, or give a reason to override.`,
        );
      }

      const decisions = await tx.decision.findMany({
        where: { proposal: { trackId: track.id, status: { in: ["SUBMITTED", "ACCEPTED", "WAITLISTED", "REJECTED"] } } },
        select: { id: true, proposalId: true, mark: true, appliedMark: true, proposal: { select: { status: true } } },
      });
      const now = new Date();
      const changed = decisions.filter((d) => markOfStatus(d.proposal.status) !== d.mark);
      for (const d of changed) {
        await tx.proposal.update({ where: { id: d.proposalId }, data: { status: MARK_STATUS[d.mark] } });
        await tx.decision.update({
          where: { id: d.id },
          // A changed decision has not been announced yet (its e-mail has a new dedupe key).
          data: {
            appliedMark: d.mark,
            appliedAt: now,
            overrideReason: violations.length ? reason : null,
            notifiedAt: null,
          },
        });
      }
      await writeAudit(tx, {
        actorId: user.id,
        eventId: track.event.id,
        action: "decisions.apply",
        targetType: "Track",
        targetId: track.id,
        details: {
          track: track.slug,
          changed: changed.map((d) => ({ proposalId: d.proposalId, from: d.appliedMark, to: d.mark })),
        },
      });
      if (violations.length) {
        await writeAudit(tx, {
          actorId: user.id,
          eventId: track.event.id,
          action: "decisions.override",
          targetType: "Track",
          targetId: track.id,
          details: { track: track.slug, reason: reason!, violations: violations.map((v) => v.message) },
        });
      }
      return { ok: true, applied: changed.length, overridden: violations };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
