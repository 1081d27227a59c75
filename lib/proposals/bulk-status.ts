// Bulk status changes by an organizer from the proposal list: withdraw (spam, duplicates, talks
// pulled by e-mail) or restore to submitted. Decisions (accept / waitlist / reject) are not set
// here: they go through the chairs' apply step, which checks caps and notifies speakers.
import "server-only";
import { writeAudit } from "../audit/write";
import { db } from "../db/client";
import { fail, type Result } from "../errors";

export const BULK_TARGETS = ["WITHDRAWN", "SUBMITTED"] as const;
export type BulkTarget = (typeof BULK_TARGETS)[number];
// Proposals in these statuses may be moved by a bulk change; decided ones are left alone.
const MOVABLE = { WITHDRAWN: ["SUBMITTED", "DRAFT"], SUBMITTED: ["WITHDRAWN"] } as const;

export async function setProposalStatuses(args: {
  eventId: string;
  proposalIds: string[];
  to: string;
  actorId: string;
}): Promise<Result<{ changed: number; skipped: number }>> {
  if (!BULK_TARGETS.includes(args.to as BulkTarget))
    return fail("invalid_input", "Choose withdraw or restore to submitted", "to");
  const ids = [...new Set(args.proposalIds.filter(Boolean))];
  if (ids.length === 0) return fail("invalid_input", "Select at least one proposal", "proposalIds");
  if (ids.length > 1000) return fail("invalid_input", "Select at most 1,000 proposals at a time", "proposalIds");
  const to = args.to as BulkTarget;
  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.proposal.updateMany({
      where: { id: { in: ids }, eventId: args.eventId, status: { in: [...MOVABLE[to]] } },
      data: to === "WITHDRAWN" ? { status: to, withdrawnAt: now } : { status: to, withdrawnAt: null },
    });
    if (count > 0) {
      await writeAudit(tx, {
        actorId: args.actorId,
        eventId: args.eventId,
        action: "proposals.bulk_status",
        targetType: "Event",
        targetId: args.eventId,
        details: { to, changed: count, selected: ids.length },
      });
    }
    return { ok: true as const, changed: count, skipped: ids.length - count };
  });
}
