// `podium import:feedback` and the admin upload: validated rows become PastFeedback. A refused
// line writes nothing; a bad header or encoding refuses the whole file. Idempotent on (speaker,
// event, session title): a row equal to what is stored is not written again, so importing the
// same file twice changes nothing. Speakers are matched by e-mail; unknown e-mails get a
// placeholder user that the person takes over when they sign in with that address.
import "server-only";
import { db, type Tx } from "../db/client";
import { writeAudit } from "../audit/write";
import { parseFeedbackCsv, type FeedbackRow, type LineError } from "./parse-feedback";

export type ImportFeedbackSummary = {
  /** Data lines in the file (header excluded). */
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  /** Placeholder users created for e-mails nobody had signed up with. */
  placeholders: number;
  errors: LineError[];
  dryRun: boolean;
};

export type ImportFeedbackResult = { ok: true; summary: ImportFeedbackSummary } | { ok: false; message: string };

export type ImportFeedbackOptions = {
  actorId: string | null;
  /** Validate and count, write nothing. */
  dryRun?: boolean;
  /** Called after each batch with rows done so far. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
  fileName?: string;
};

const key = (speakerId: string, eventName: string, title: string) =>
  `${speakerId}\u0000${eventName.toLowerCase()}\u0000${title.toLowerCase()}`;

function sameValues(
  stored: {
    ratingAverage: number;
    ratingCount: number;
    scaleMax: number;
    normalizedAverage: number;
    heldAt: Date | null;
    source: string;
  },
  row: FeedbackRow,
): boolean {
  return (
    stored.source === "IMPORT" &&
    stored.ratingAverage === row.ratingAverage &&
    stored.ratingCount === row.ratingCount &&
    stored.scaleMax === row.scaleMax &&
    Math.abs(stored.normalizedAverage - row.normalizedAverage) < 1e-12 &&
    (stored.heldAt?.getTime() ?? null) === (row.heldAt?.getTime() ?? null)
  );
}

type BatchCounts = { created: number; updated: number; unchanged: number; placeholders: number };

async function writeBatch(tx: Tx, rows: FeedbackRow[], dryRun: boolean): Promise<BatchCounts> {
  const emails = [...new Set(rows.map((r) => r.speakerEmail))];
  const known = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const missing = emails.filter((e) => !known.some((u) => u.email === e));
  let placeholders = missing.length;
  if (missing.length && !dryRun) {
    const made = await tx.user.createMany({ data: missing.map((email) => ({ email })), skipDuplicates: true });
    placeholders = made.count;
  }
  const users = dryRun
    ? known
    : await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const stored = await tx.pastFeedback.findMany({ where: { speakerId: { in: users.map((u) => u.id) } } });
  const byKey = new Map(stored.map((s) => [key(s.speakerId, s.eventName, s.sessionTitle), s]));

  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0, placeholders };
  const creates: FeedbackRow[] = [];
  for (const row of rows) {
    const speakerId = userId.get(row.speakerEmail);
    const existing = speakerId ? byKey.get(key(speakerId, row.eventName, row.sessionTitle)) : undefined;
    if (!existing) {
      creates.push(row);
      continue;
    }
    if (sameValues(existing, row)) {
      counts.unchanged++;
      continue;
    }
    counts.updated++;
    if (!dryRun) {
      await tx.pastFeedback.update({
        where: { id: existing.id },
        data: {
          ratingAverage: row.ratingAverage,
          ratingCount: row.ratingCount,
          scaleMax: row.scaleMax,
          normalizedAverage: row.normalizedAverage,
          heldAt: row.heldAt,
          source: "IMPORT",
        },
      });
    }
  }
  counts.created = creates.length;
  if (creates.length && !dryRun) {
    await tx.pastFeedback.createMany({
      data: creates.map((row) => ({
        speakerId: userId.get(row.speakerEmail)!,
        eventName: row.eventName,
        sessionTitle: row.sessionTitle,
        ratingAverage: row.ratingAverage,
        ratingCount: row.ratingCount,
        scaleMax: row.scaleMax,
        normalizedAverage: row.normalizedAverage,
        heldAt: row.heldAt,
        source: "IMPORT" as const,
      })),
    });
  }
  return counts;
}

/** Imports a feedback CSV (bytes as uploaded or read from disk). */
export async function importFeedback(bytes: Uint8Array, options: ImportFeedbackOptions): Promise<ImportFeedbackResult> {
  const parsed = parseFeedbackCsv(bytes, options.fileName);
  if (!parsed.ok) return parsed;
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? 250;
  const summary: ImportFeedbackSummary = {
    total: parsed.total,
    created: 0,
    updated: 0,
    unchanged: 0,
    refused: parsed.errors.length,
    placeholders: 0,
    errors: parsed.errors,
    dryRun,
  };
  let done = parsed.errors.length;
  options.onProgress?.(done, parsed.total);
  // Batches keep each transaction short on long files; every batch commits whole or not at all.
  for (let i = 0; i < parsed.rows.length; i += batchSize) {
    const batch = parsed.rows.slice(i, i + batchSize);
    const c = await db.$transaction((tx) => writeBatch(tx, batch, dryRun), { timeout: 60_000, maxWait: 30_000 });
    summary.created += c.created;
    summary.updated += c.updated;
    summary.unchanged += c.unchanged;
    summary.placeholders += c.placeholders;
    done += batch.length;
    options.onProgress?.(done, parsed.total);
  }
  if (!dryRun && summary.created + summary.updated > 0) {
    await writeAudit(db, {
      actorId: options.actorId,
      action: "feedback.import",
      details: {
        file: options.fileName ?? null,
        total: summary.total,
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        refused: summary.refused,
        placeholders: summary.placeholders,
      },
    });
  }
  return { ok: true, summary };
}

/** One line, e.g. "12 rows: 10 created, 1 updated, 0 unchanged, 1 refused; 3 placeholder speakers". */
export function formatImportSummary(s: ImportFeedbackSummary): string {
  const people = s.placeholders ? `; ${s.placeholders} new placeholder speaker${s.placeholders === 1 ? "" : "s"}` : "";
  const prefix = s.dryRun ? "Dry run, nothing written: " : "";
  return `${prefix}${s.total} row${s.total === 1 ? "" : "s"}: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.refused} refused${people}.`;
}
