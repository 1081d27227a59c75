// Event phase transitions: forward one step at a time; backward one step only with a reason.
// Conditional update on the current phase, so two organizers clicking at once move it once.
import "server-only";
import { db } from "../db/client";
import type { Event } from "../db/generated/client";
import { fail, type Result } from "../errors";
import { EVENT_PHASES, type EventPhaseName } from "./schema";

export function nextPhase(phase: EventPhaseName): EventPhaseName | null {
  const i = EVENT_PHASES.indexOf(phase);
  return i >= 0 && i < EVENT_PHASES.length - 1 ? EVENT_PHASES[i + 1] : null;
}

export function previousPhase(phase: EventPhaseName): EventPhaseName | null {
  const i = EVENT_PHASES.indexOf(phase);
  return i > 0 ? EVENT_PHASES[i - 1] : null;
}

export type ChangePhaseArgs = {
  eventId: string;
  to: EventPhaseName;
  actorId?: string | null;
  /** Required when moving backward. */
  reason?: string;
};

export async function changePhase(args: ChangePhaseArgs): Promise<Result<{ event: Event; from: EventPhaseName }>> {
  if (!EVENT_PHASES.includes(args.to))
    return fail("invalid_input", `Phase must be one of ${EVENT_PHASES.join(", ")}`, "phase");
  const event = await db.event.findUnique({ where: { id: args.eventId }, select: { phase: true } });
  if (!event) return fail("not_found", "Event not found");
  const from = event.phase as EventPhaseName;
  const reason = args.reason?.trim() || undefined;
  const forward = nextPhase(from) === args.to;
  const backward = previousPhase(from) === args.to;
  if (!forward && !backward) {
    const options = [nextPhase(from), previousPhase(from) && `${previousPhase(from)} (with a reason)`].filter(Boolean);
    return fail(
      "invalid_transition",
      `Cannot move from ${from} to ${args.to}: phases move one step at a time${options.length ? `; from ${from} you can go to ${options.join(" or ")}` : ""}`,
      "phase",
    );
  }
  if (backward && !reason)
    return fail("reason_required", `Moving back from ${from} to ${args.to} needs a reason`, "reason");
  if (reason && reason.length > 1000) return fail("invalid_input", "Reason must be at most 1000 characters", "reason");

  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({ where: { id: args.eventId, phase: from }, data: { phase: args.to } });
    if (count === 0) return null;
    await tx.auditLog.create({
      data: {
        actorId: args.actorId ?? null,
        eventId: args.eventId,
        action: "event.phase",
        targetType: "Event",
        targetId: args.eventId,
        details: { from, to: args.to, direction: forward ? "forward" : "backward", ...(reason ? { reason } : {}) },
      },
    });
    return tx.event.findUniqueOrThrow({ where: { id: args.eventId } });
  });
  if (!updated)
    return fail("invalid_transition", "The phase was changed by someone else meanwhile; reload and try again", "phase");
  return { ok: true, event: updated, from };
}
