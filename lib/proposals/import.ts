// `podium import:proposals`: proposals from an organizer's CSV, with the same validation
// (proposalInputSchema), caps (checkCapsLocked) and redaction as the web form.
//
// - Each row runs in its own transaction: a failing row writes nothing, the others are imported.
// - Idempotent on external_id (unique per event): a re-import updates the proposal, never duplicates.
// - Imported proposals are SUBMITTED and their co-speakers CONFIRMED: the organizer imports from a
//   trusted source (a previous CFP system, a program committee's list), where speakers already
//   agreed to speak together; nobody is e-mailed an invitation to confirm.
// - Allowed in any event phase: it is an organizer tool, not the speakers' CFP.
import "server-only";
import { z } from "zod";
import { checkCapsLocked } from "../caps/enforce";
import { capViolationMessage, COUNTED_STATUSES, type CapViolation } from "../caps/rules";
import { writeAudit } from "../audit/write";
import { db, type Tx } from "../db/client";
import type { ProposalStatus } from "../db/generated/enums";
import { fail, failFromZod, isUniqueViolation, type Failure, type Result } from "../errors";
import type { CsvRow, CsvSpec } from "../imports/csv";
import type { ProgressCallback } from "../imports/progress";
import { resolveOrganization } from "../orgs/resolve";
import { applyRedaction } from "./apply-redaction";
import { syncCoSpeakers } from "./co-speakers";
import { textField } from "../text/hygiene";
import { proposalInputSchema } from "./schema";
import { resolveTrackAndFormat } from "./track-format";

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

type Event = { id: string };
type RowOutcome = { ok: true; created: boolean };

class RowFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

function reasonOf(failure: Failure): string {
  // Validation messages say what is wrong on their own; other failures carry their code.
  return failure.code === "invalid_input" ? failure.message : `${failure.code}: ${failure.message}`;
}

/** The organizer is not the speaker: cap messages name the speaker instead of saying "you". */
function capMessage(v: CapViolation): string {
  if (v.cap !== "speaker") return capViolationMessage(v);
  return `Per-speaker cap reached for ${v.subject}: ${v.used} proposal${v.used === 1 ? "" : "s"} already submitted to this event, the limit is ${v.limit}.`;
}

/** A person who has never signed in: the import may still set their name and organization. */
async function isPlaceholder(tx: Tx, user: { id: string; emailVerified: Date | null }): Promise<boolean> {
  if (user.emailVerified) return false;
  return (await tx.account.count({ where: { userId: user.id } })) === 0;
}

/**
 * The primary speaker's user, profile and organization. A person who has signed in owns their
 * profile: the import only fills what is missing. A placeholder follows the latest import.
 */
async function upsertSpeaker(tx: Tx, s: { email: string; name: string; organization: string }) {
  const existing = await tx.user.findUnique({
    where: { email: s.email },
    select: { id: true, name: true, emailVerified: true, organizationId: true },
  });
  const user =
    existing ??
    (await tx.user.create({
      data: { email: s.email, name: s.name },
      select: { id: true, name: true, emailVerified: true, organizationId: true },
    }));
  const owned = !existing || (await isPlaceholder(tx, existing));
  let organizationId = user.organizationId;
  if (owned || !organizationId) {
    const { organization } = await resolveOrganization(tx, { name: s.organization || null, email: s.email });
    organizationId = organization?.id ?? null;
  }
  const profile = { displayName: s.name, organizationText: s.organization || null, organizationId };
  if (owned) {
    await tx.user.update({ where: { id: user.id }, data: { name: s.name, organizationId } });
    await tx.speakerProfile.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...profile },
      update: profile,
    });
  } else {
    await tx.user.update({ where: { id: user.id }, data: { name: user.name ?? s.name, organizationId } });
    await tx.speakerProfile.upsert({ where: { userId: user.id }, create: { userId: user.id, ...profile }, update: {} });
  }
  return { id: user.id, organizationId };
}

/** Co-speakers new to Podium get an organization from their e-mail domain, so organization caps see them. */
async function prepareCoSpeakers(tx: Tx, emails: string[]) {
  for (const email of emails) {
    const user = await tx.user.upsert({
      where: { email },
      create: { email },
      update: {},
      select: { id: true, organizationId: true },
    });
    if (user.organizationId) continue;
    const { organization } = await resolveOrganization(tx, { email });
    if (organization) await tx.user.update({ where: { id: user.id }, data: { organizationId: organization.id } });
  }
}

async function importRow(tx: Tx, event: Event, values: Record<ProposalCsvColumn, string>): Promise<Result<RowOutcome>> {
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
  const { externalId, speakerEmail } = row.data;

  const refs = await resolveTrackAndFormat(tx, event.id, input);
  if (!refs.ok) return refs;
  const speaker = await upsertSpeaker(tx, {
    email: speakerEmail,
    name: row.data.speakerName,
    organization: row.data.organization,
  });
  const coSpeakers = input.coSpeakers.filter((e) => e !== speakerEmail);
  await prepareCoSpeakers(tx, coSpeakers);

  const existing = await tx.proposal.findUnique({
    where: { eventId_externalId: { eventId: event.id, externalId } },
    select: {
      id: true,
      status: true,
      title: true,
      abstract: true,
      anonymizedEditedAt: true,
      speakers: { where: { status: "CONFIRMED" }, select: { userId: true } },
    },
  });
  const fields = {
    title: input.title,
    abstract: input.abstract,
    trackId: refs.trackId,
    formatId: refs.formatId,
    createdById: speaker.id,
  };
  const proposalId = existing
    ? (await tx.proposal.update({ where: { id: existing.id }, data: fields, select: { id: true } })).id
    : (
        await tx.proposal.create({
          data: {
            ...fields,
            eventId: event.id,
            externalId,
            level: input.level,
            tags: input.tags,
            anonymizedTitle: "",
            anonymizedAbstract: "",
            status: "DRAFT",
          },
          select: { id: true },
        })
      ).id;

  // The CSV's speaker is the primary speaker (a re-import may name another one).
  await tx.proposalSpeaker.deleteMany({ where: { proposalId, role: "PRIMARY", userId: { not: speaker.id } } });
  await tx.proposalSpeaker.upsert({
    where: { proposalId_userId: { proposalId, userId: speaker.id } },
    create: {
      proposalId,
      userId: speaker.id,
      role: "PRIMARY",
      status: "CONFIRMED",
      organizationId: speaker.organizationId,
      respondedAt: new Date(),
    },
    update: { role: "PRIMARY", status: "CONFIRMED" },
  });
  await syncCoSpeakers(tx, proposalId, speaker.id, coSpeakers, { confirm: true });

  const speakers = await tx.proposalSpeaker.findMany({
    where: { proposalId, status: "CONFIRMED" },
    select: { id: true, userId: true, role: true, user: { select: { name: true, email: true, organizationId: true } } },
  });
  const before = new Set(existing?.speakers.map((s) => s.userId) ?? []);
  const speakersChanged = !existing || speakers.length !== before.size || speakers.some((s) => !before.has(s.userId));
  // New and draft proposals become SUBMITTED; a withdrawn or decided proposal keeps its status.
  const submitting = !existing || existing.status === "DRAFT";
  const status: ProposalStatus = submitting ? "SUBMITTED" : existing.status;

  if (COUNTED_STATUSES.includes(status) && (submitting || speakersChanged)) {
    const violation = await checkCapsLocked(tx, {
      eventId: event.id,
      proposalId,
      actingUserId: "",
      speakers: speakers.map((s) => ({
        userId: s.userId,
        name: s.user.name ?? s.user.email,
        organizationId: s.user.organizationId,
        role: s.role,
      })),
    });
    if (violation) return fail("cap_reached", capMessage(violation));
    // Organization as of submission, as submitProposal records it.
    for (const s of speakers)
      await tx.proposalSpeaker.update({ where: { id: s.id }, data: { organizationId: s.user.organizationId } });
  }
  if (submitting) {
    await tx.proposal.update({
      where: { id: proposalId },
      data: { status: "SUBMITTED", submittedAt: new Date(), withdrawnAt: null },
    });
  }

  // A chair's hand-edited anonymized text survives a re-import that changes nothing it was based on.
  const unchanged =
    existing && existing.title === input.title && existing.abstract === input.abstract && !speakersChanged;
  if (!(unchanged && existing.anonymizedEditedAt)) await applyRedaction(tx, proposalId, input.title, input.abstract);
  return { ok: true, created: !existing };
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
  const event = await db.event.findUnique({ where: { slug: args.eventSlug }, select: { id: true } });
  if (!event) return fail("not_found", `no event with slug "${args.eventSlug}"`);
  const summary: ImportSummary = { created: 0, updated: 0, failed: [], dryRun: Boolean(args.dryRun) };
  const repeated = findRepeatedIds(args.rows);
  const total = args.rows.length;

  const record = (line: number, outcome: Result<RowOutcome> | Error) => {
    if (outcome instanceof Error) {
      const reason = isUniqueViolation(outcome)
        ? "conflict: another import changed this proposal at the same time; run the import again"
        : `internal error: ${outcome.message.split("\n")[0]}`;
      summary.failed.push({ line, reason });
    } else if (!outcome.ok) summary.failed.push({ line, reason: reasonOf(outcome) });
    else if (outcome.created) summary.created++;
    else summary.updated++;
  };
  const precheck = (row: CsvRow<ProposalCsvColumn>): string | null => row.problem ?? repeated.get(row.line) ?? null;

  if (args.dryRun) {
    await dryRun(event, args.rows, precheck, record, args.onProgress);
    return { ok: true, ...summary };
  }

  for (const [i, row] of args.rows.entries()) {
    const problem = precheck(row);
    if (problem) summary.failed.push({ line: row.line, reason: problem });
    else {
      try {
        record(
          row.line,
          await db.$transaction(async (tx) => {
            const outcome = await importRow(tx, event, row.values);
            if (!outcome.ok) throw new RowFailed(outcome); // rolls the row back
            return outcome;
          }),
        );
      } catch (e) {
        record(row.line, e instanceof RowFailed ? e.failure : e instanceof Error ? e : new Error(String(e)));
      }
    }
    args.onProgress?.(i + 1, total);
  }
  if (summary.created + summary.updated > 0) {
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

/** All rows in one transaction that is rolled back; a savepoint per row keeps a failed row from spoiling the rest. */
async function dryRun(
  event: Event,
  rows: CsvRow<ProposalCsvColumn>[],
  precheck: (row: CsvRow<ProposalCsvColumn>) => string | null,
  record: (line: number, outcome: Result<RowOutcome> | Error) => void,
  onProgress?: ProgressCallback,
) {
  try {
    await db.$transaction(
      async (tx) => {
        for (const [i, row] of rows.entries()) {
          const problem = precheck(row);
          if (problem) record(row.line, fail("invalid_input", problem));
          else {
            await tx.$executeRawUnsafe("SAVEPOINT import_row");
            try {
              const outcome = await importRow(tx, event, row.values);
              if (!outcome.ok) await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_row");
              record(row.line, outcome);
            } catch (e) {
              await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_row");
              record(row.line, e instanceof Error ? e : new Error(String(e)));
            }
          }
          onProgress?.(i + 1, rows.length);
        }
        throw new DryRunDone();
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (e) {
    if (!(e instanceof DryRunDone)) throw e;
  }
}
