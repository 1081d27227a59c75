// Reads of the append-only audit log for the organizers' page and its CSV export. There is no
// update or delete here (or anywhere): entries are only ever appended by lib/audit/write.ts.
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { toCsv } from "../exports/csv";
import { describeKind, summarizeDetails } from "./describe";

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/** Filters from the page's query string; anything malformed is ignored rather than an error. */
export const auditFilterSchema = z.object({
  event: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  kind: z.string().trim().max(100).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

function whereOf(f: AuditFilter): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (f.event) where.event = { slug: f.event };
  if (f.kind) where.action = f.kind;
  // "system" = entries without a person (CLI, seed, PODIUM_ADMIN_EMAILS).
  if (f.actor === "system") where.actorId = null;
  else if (f.actor) where.actor = { email: { contains: f.actor.toLowerCase(), mode: "insensitive" } };
  if (f.from || f.to) {
    where.at = {
      ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
      ...(f.to ? { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
  return where;
}

const entrySelect = {
  id: true,
  at: true,
  action: true,
  targetType: true,
  targetId: true,
  details: true,
  actor: { select: { email: true, name: true } },
  event: { select: { slug: true, name: true } },
} satisfies Prisma.AuditLogSelect;

export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>;

export async function listAuditEntries(f: AuditFilter) {
  const where = whereOf(f);
  const page = f.page ?? 1;
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      select: entrySelect,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
}

/** Kinds present in the log (for the filter), and events that have entries. */
export async function auditFilterOptions() {
  const [kinds, events] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.event.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { kinds: kinds.map((k) => ({ kind: k.action, label: describeKind(k.action) })), events };
}

export const AUDIT_CSV_HEADER = ["at", "actor", "event", "kind", "what", "target_type", "target_id", "details"];

/** Every matching entry (not just one page) as CSV, newest first, in batches to bound memory. */
export async function auditCsv(f: AuditFilter): Promise<string> {
  const where = whereOf(f);
  const rows: (string | null)[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const batch: AuditRow[] = await db.auditLog.findMany({
      where,
      select: entrySelect,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 1000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const e of batch) {
      rows.push([
        e.at.toISOString(),
        e.actor?.email ?? "system",
        e.event?.slug ?? null,
        e.action,
        describeKind(e.action),
        e.targetType,
        e.targetId,
        summarizeDetails(e.details),
      ]);
    }
    if (batch.length < 1000) break;
    cursor = batch[batch.length - 1].id;
  }
  return toCsv(AUDIT_CSV_HEADER, rows, { bom: true });
}
