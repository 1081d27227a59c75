// Reads a file written by `podium export --format json` back for `podium restore`: it must be
// JSON, say it is a Podium event export of a version this Podium reads, and carry every field
// restoreEventExport writes, so a wrong or truncated file is refused before anything is written.
// Unknown extra keys pass through (a newer export that only added fields still restores).
import { z } from "zod";
import { EventPhase, FeedbackSource, ProposalLevel, ProposalStatus } from "../db/generated/enums";
import { fail, type Result } from "../errors";
import type { EventExport } from "./event-export";
import { EVENT_EXPORT_FORMAT, EVENT_EXPORT_VERSION } from "./export-format";

const dateOrNull = z.iso.datetime({ offset: true }).nullable();
const speaker = z.looseObject({ email: z.string().min(1), name: z.string(), organization: z.string().nullable() });

const eventExportSchema = z.looseObject({
  event: z.looseObject({
    slug: z.string().regex(/^[a-z0-9-]{1,80}$/, "not an event slug"),
    name: z.string().min(1),
    phase: z.enum(EventPhase),
    scale: z.looseObject({ min: z.number().int(), max: z.number().int(), labels: z.array(z.string()) }),
    caps: z.looseObject({
      perSpeaker: z.number().int(),
      perOrganization: z.number().int(),
      acceptedPerOrganization: z.number().int(),
      newcomerTarget: z.number().nullable(),
    }),
    // description and slotCount are absent in exports made before they were carried.
    tracks: z.array(
      z.looseObject({
        slug: z.string().min(1),
        name: z.string().min(1),
        description: z.string().nullable().optional(),
        slotCount: z.number().int().min(0).optional(),
      }),
    ),
    formats: z.array(
      z.looseObject({ slug: z.string().min(1), name: z.string().min(1), durationMinutes: z.number().int() }),
    ),
    settings: z.looseObject({
      cfpOpensAt: dateOrNull,
      cfpClosesAt: dateOrNull,
      votingOpensAt: dateOrNull,
      votingClosesAt: dateOrNull,
      reviewEndsAt: dateOrNull,
      eventStartsAt: dateOrNull,
      eventEndsAt: dateOrNull,
      ballotSize: z.number().int(),
      feedbackWeight: z.number(),
      acceptanceShare: z.number().gt(0).lte(1).optional(),
    }),
  }),
  proposals: z.array(
    z.looseObject({
      externalId: z.string().nullable(),
      id: z.string().min(1),
      track: z.string(),
      format: z.string(),
      level: z.enum(ProposalLevel),
      tags: z.array(z.string()),
      status: z.enum(ProposalStatus),
      submittedAt: dateOrNull,
      title: z.string(),
      abstract: z.string(),
      anonymizedTitle: z.string(),
      anonymizedAbstract: z.string(),
      speakers: z.array(speaker),
    }),
  ),
  ballots: z.array(
    z.looseObject({
      voter: z.looseObject({
        email: z.string().min(1),
        organization: z.string().nullable(),
        accountCreatedAt: z.iso.datetime({ offset: true }),
      }),
      votes: z.array(
        z.looseObject({
          proposal: z.string().min(1),
          score: z.number().int().nullable(),
          votedAt: z.iso.datetime({ offset: true }),
        }),
      ),
    }),
  ),
  pastFeedback: z.array(
    z.looseObject({
      speakerEmail: z.string().min(1),
      eventName: z.string(),
      sessionTitle: z.string(),
      ratingAverage: z.number(),
      ratingCount: z.number().int(),
      scaleMax: z.number(),
      normalizedAverage: z.number(),
      heldAt: dateOrNull,
      source: z.enum(FeedbackSource),
    }),
  ),
});

/** Parses the text of an export file; a failure names what is wrong (and where, for a bad field). */
export function readEventExport(text: string): Result<{ export: EventExport }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail("invalid_input", `not JSON (${(e as Error).message})`);
  }
  const head =
    json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  if (head.format !== EVENT_EXPORT_FORMAT)
    return fail(
      "invalid_input",
      `not a Podium event export (expected "format": "${EVENT_EXPORT_FORMAT}", as \`podium export --format json\` writes)`,
    );
  if (head.version !== EVENT_EXPORT_VERSION)
    return fail(
      "invalid_input",
      `export version ${JSON.stringify(head.version)} is not supported: this Podium restores version ${EVENT_EXPORT_VERSION}`,
    );
  const parsed = eventExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
    return fail(
      "invalid_input",
      `not a complete event export: ${where.replace(/^\./, "") || "file"}: ${issue.message}`,
    );
  }
  return { ok: true, export: parsed.data as unknown as EventExport };
}
