// `podium import:proposals`: proposals from an organizer's CSV, with the same validation
// (proposalInputSchema), caps and redaction as the web form.
//
// - Every row is validated in memory first (fields, track and format); a bad row is reported as
//   `line N: reason` and writes nothing.
// - The valid rows are then imported in chunks of CHUNK rows, one transaction per chunk: the
//   chunk's people, organizations, proposals and cap counts are read with a few set-based queries
//   (people and organizations locked, as the caps check locks them), each row is planned in memory
//   in file order with the one-row rules (./import-plan.ts; a row that fails its cap is undone and
//   the rows after it see the state without it), and the outcome is written with one statement per
//   table (./import-write.ts). Should a chunk fail in the database anyway (a concurrent import), its
//   rows are imported again one per transaction, so only the row that fails is reported.
// - Idempotent on external_id (unique per event): a re-import updates the proposal, never duplicates.
// - Imported proposals are SUBMITTED and their co-speakers CONFIRMED: the organizer imports from a
//   trusted source (a previous CFP system, a program committee's list), where speakers already
//   agreed to speak together; nobody is e-mailed an invitation to confirm.
// - Allowed in any event phase: it is an organizer tool, not the speakers' CFP.
import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write";
import { db, type Tx } from "../db/client";
import { fail, failFromZod, isUniqueViolation, type Failure, type Result } from "../errors";
import type { CsvRow, CsvSpec } from "../imports/csv";
import type { ProgressCallback } from "../imports/progress";
import { textField } from "../text/hygiene";
import { planRow, type PlannedRow, type ProposalWrite } from "./import-plan";
import { loadWorld, type EventCaps } from "./import-world";
import { writeChunk } from "./import-write";
import { proposalInputSchema } from "./schema";
import { loadTracksAndFormats, matchTrackAndFormat } from "./track-format";

export type ProposalCsvColumn =
  | "external_id"
  | "title"
  | "abstract"
  | "track"
  | "format"
  | "speaker_email"
  | "speaker_name"
  | "organization"
  | "co_speakers";

export const PROPOSAL_CSV: CsvSpec<ProposalCsvColumn> = {
  required: ["external_id", "title", "abstract", "track", "format", "speaker_email", "speaker_name", "organization"],
  optional: ["co_speakers"],
};

export type ImportRowFailure = { line: number; reason: string };
export type ImportSummary = { created: number; updated: number; failed: ImportRowFailure[]; dryRun: boolean };

const rowSchema = z.object({
  externalId: textField("external_id", { visible: true })
    .trim()
    .min(1, "external_id is required")
    .max(200, "external_id is too long: at most 200 characters"),
  speakerEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "speaker_email is required")
    .pipe(z.email({ error: (i) => `speaker_email "${String(i.input)}" is not a valid address` })),
  speakerName: textField("speaker_name", { visible: true })
    .trim()
    .min(1, "speaker_name is required")
    .max(200, "speaker_name is too long: at most 200 characters"),
  organization: textField("organization").trim().max(200, "organization is too long: at most 200 characters"),
});

type Event = { id: string; caps: EventCaps };
type ValidRow = { line: number; row: PlannedRow };
type RowOutcome = { line: number; created: boolean } | { line: number; reason: string };
type Named = { id: string; slug: string; name: string };

/** Rows per transaction: the plan of a chunk is held in memory and its locks are held until commit. */
const CHUNK = 250;

function reasonOf(failure: Failure): string {
  // Validation messages say what is wrong on their own; other failures carry their code.
  return failure.code === "invalid_input" ? failure.message : `${failure.code}: ${failure.message}`;
}

/** Everything about a row that needs no database: its fields, its track and format. */
function validateRow(
  values: Record<ProposalCsvColumn, string>,
  tracks: Named[],
  formats: Named[],
): Failure | { ok: true; row: PlannedRow } {
  const row = rowSchema.safeParse({
    externalId: values.external_id,
    speakerEmail: values.speaker_email,
    speakerName: values.speaker_name,
    organization: values.organization,
  });
  if (!row.success) return failFromZod(row.error);
  const parsed = proposalInputSchema.safeParse({
    title: values.title,
    abstract: values.abstract,
    track: values.track,
    format: values.format,
    coSpeakers: values.co_speakers,
  });
  if (!parsed.success) return failFromZod(parsed.error);
  const input = parsed.data;
  const refs = matchTrackAndFormat(tracks, formats, input);
  if (!refs.ok) return refs;
  return {
    ok: true,
    row: {
      ...row.data,
      coSpeakers: input.coSpeakers,
      title: input.title,
      abstract: input.abstract,
      trackId: refs.trackId,
      formatId: refs.formatId,
      level: input.level,
      tags: input.tags,
    },
  };
}

/** Plans and writes one chunk inside `tx`; the outcome of every row, in file order. */
async function importChunk(tx: Tx, event: Event, chunk: ValidRow[]): Promise<RowOutcome[]> {
  const world = await loadWorld(
    tx,
    event.id,
    event.caps,
    chunk.map((c) => c.row),
  );
  const now = new Date();
  const outcomes: RowOutcome[] = [];
  const writes: ProposalWrite[] = [];
  for (const { line, row } of chunk) {
    const planned = await planRow(world, row, now);
    if (planned.ok) {
      writes.push(planned.write);
      outcomes.push({ line, created: planned.write.isNew });
    } else outcomes.push({ line, reason: reasonOf(planned) });
  }
  await writeChunk(tx, world, writes, now);
  return outcomes;
}

/** A failure of the database while writing a row (after the chunk was retried row by row). */
function databaseReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // Prisma's messages start with where the call was made; the database's reason is further down.
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .filter((l) => !l.startsWith("Invalid `"));
  return isUniqueViolation(e) || /unique constraint|duplicate key|23505/i.test(message)
    ? "conflict: another import changed this proposal at the same time; run the import again"
    : `internal error: ${lines.find((l) => l.startsWith("Raw query failed")) ?? lines[0] ?? "unknown"}`;
}

/**
 * Imports the valid rows chunk by chunk; `run` gives each attempt its transaction (a real one, or a
 * savepoint of the dry run's). A chunk that fails in the database is retried one row at a time.
 */
async function importRows(
  event: Event,
  valid: ValidRow[],
  run: (fn: (tx: Tx) => Promise<RowOutcome[]>) => Promise<RowOutcome[]>,
  record: (o: RowOutcome) => void,
  progress: (rows: number) => void,
) {
  for (let i = 0; i < valid.length; i += CHUNK) {
    const chunk = valid.slice(i, i + CHUNK);
    try {
      for (const o of await run((tx) => importChunk(tx, event, chunk))) record(o);
    } catch (e) {
      if (chunk.length === 1) record({ line: chunk[0].line, reason: databaseReason(e) });
      else
        for (const one of chunk) {
          try {
            for (const o of await run((tx) => importChunk(tx, event, [one]))) record(o);
          } catch (err) {
            record({ line: one.line, reason: databaseReason(err) });
          }
        }
    }
    progress(chunk.length);
  }
}

/** Rows whose external_id already appeared earlier in the file: the second one would overwrite the first. */
function findRepeatedIds(rows: CsvRow<ProposalCsvColumn>[]): Map<number, string> {
  const firstLine = new Map<string, number>();
  const repeated = new Map<number, string>();
  for (const r of rows) {
    const id = r.values.external_id.trim();
    if (!id) continue;
    const first = firstLine.get(id);
    if (first === undefined) firstLine.set(id, r.line);
    else repeated.set(r.line, `external_id "${id}" already appears on line ${first}`);
  }
  return repeated;
}

export async function importProposals(args: {
  eventSlug: string;
  rows: CsvRow<ProposalCsvColumn>[];
  /** Validate every row (caps included, counting the file's earlier rows) and write nothing. */
  dryRun?: boolean;
  actorId?: string | null;
  onProgress?: ProgressCallback;
}): Promise<Result<ImportSummary>> {
  const found = await db.event.findUnique({
    where: { slug: args.eventSlug },
    select: { id: true, maxProposalsPerSpeaker: true, maxProposalsPerOrg: true, coSpeakersCountTowardCap: true },
  });
  if (!found) return fail("not_found", `no event with slug "${args.eventSlug}"`);
  const event: Event = {
    id: found.id,
    caps: {
      perSpeaker: found.maxProposalsPerSpeaker,
      perOrg: found.maxProposalsPerOrg,
      coSpeakersCountTowardCap: found.coSpeakersCountTowardCap,
    },
  };
  const summary: ImportSummary = { created: 0, updated: 0, failed: [], dryRun: Boolean(args.dryRun) };
  const repeated = findRepeatedIds(args.rows);
  const total = args.rows.length;
  const { tracks, formats } = await loadTracksAndFormats(db, event.id);

  const valid: ValidRow[] = [];
  for (const r of args.rows) {
    const problem = r.problem ?? repeated.get(r.line);
    const checked = problem ? fail("invalid_input", problem) : validateRow(r.values, tracks, formats);
    if (checked.ok) valid.push({ line: r.line, row: checked.row });
    else summary.failed.push({ line: r.line, reason: reasonOf(checked) });
  }
  let done = total - valid.length;
  args.onProgress?.(done, total);
  const progress = (rows: number) => {
    done += rows;
    args.onProgress?.(done, total);
  };
  const record = (o: RowOutcome) => {
    if ("reason" in o) summary.failed.push({ line: o.line, reason: o.reason });
    else if (o.created) summary.created++;
    else summary.updated++;
  };

  if (args.dryRun) await dryRun(event, valid, record, progress);
  else
    await importRows(
      event,
      valid,
      (fn) => db.$transaction(fn, { timeout: 120_000, maxWait: 30_000 }),
      record,
      progress,
    );
  summary.failed.sort((a, b) => a.line - b.line);
  if (!args.dryRun && summary.created + summary.updated > 0) {
    await writeAudit(db, {
      actorId: args.actorId ?? null,
      eventId: event.id,
      action: "proposals.import",
      details: { created: summary.created, updated: summary.updated, failed: summary.failed.length },
    });
  }
  return { ok: true, ...summary };
}

class DryRunDone extends Error {}

/**
 * The import in one transaction that is rolled back: the chunks are written, so each one counts
 * the caps of the chunks before it, and a savepoint per attempt keeps a failed chunk from spoiling the rest.
 */
async function dryRun(
  event: Event,
  valid: ValidRow[],
  record: (o: RowOutcome) => void,
  progress: (rows: number) => void,
) {
  try {
    await db.$transaction(
      async (tx) => {
        await importRows(
          event,
          valid,
          async (fn) => {
            await tx.$executeRawUnsafe("SAVEPOINT import_chunk");
            try {
              const outcomes = await fn(tx);
              await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_chunk");
              return outcomes;
            } catch (e) {
              await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_chunk");
              throw e;
            }
          },
          record,
          progress,
        );
        throw new DryRunDone();
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (e) {
    if (!(e instanceof DryRunDone)) throw e;
  }
}
