import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";

export type AuditEntry = {
  actorId: string | null;
  eventId?: string | null;
  /** dotted verb, e.g. "identity.reveal", "cap.exception", "proposal.anonymized_edit" */
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonValue;
};

/** Appends to the audit log inside the caller's transaction, so the action and its record commit together. */
export function writeAudit(tx: Pick<Tx, "auditLog">, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      eventId: entry.eventId ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
  });
}
