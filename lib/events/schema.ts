// Input schemas for events, tracks and formats. Accept what forms send (strings, blanks) as well
// as typed values; every message starts with the field's label so it can be shown as is.
import { z } from "zod";
import { textField } from "../text/hygiene";

export const EVENT_PHASES = ["DRAFT", "CFP_OPEN", "VOTING", "REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export const ELIGIBILITIES = ["VERIFIED_EMAIL", "DOMAIN_ALLOWLIST", "MEMBER_LIST"] as const;
export type EventPhaseName = (typeof EVENT_PHASES)[number];
/** Phases in which voting is over and chairs may see rankings. */
export const REVIEW_PHASES: readonly EventPhaseName[] = ["REVIEW", "PUBLISHED", "ARCHIVED"];

/** The largest ballot (items per batch) an event may ask for. */
export const MAX_BALLOT_SIZE = 200;
export const DEFAULT_SCALE = { scaleMin: 0, scaleMax: 3 } as const;
export const DEFAULT_SCALE_LABELS = ["Not for me", "Maybe", "Would attend", "Must see"];

/** Human label of every event field; messages start with it (the CLI swaps it for the flag). */
export const EVENT_FIELD_LABELS = {
  slug: "Slug",
  name: "Name",
  description: "Description",
  location: "Location",
  timezone: "Time zone",
  phase: "Phase",
  cfpOpensAt: "CFP opens",
  cfpClosesAt: "CFP closes",
  votingOpensAt: "Voting opens",
  votingClosesAt: "Voting closes",
  reviewEndsAt: "Review ends",
  eventStartsAt: "Event starts",
  eventEndsAt: "Event ends",
  maxProposalsPerSpeaker: "Max proposals per speaker",
  maxProposalsPerOrg: "Max proposals per organization",
  coSpeakersCountTowardCap: "Co-speakers count toward cap",
  maxAcceptedPerOrg: "Max accepted per organization",
  newcomerTarget: "Newcomer target",
  ballotSize: "Ballot size",
  scale: "Scale",
  scaleLabels: "Scale labels",
  feedbackWeight: "Feedback weight",
  acceptanceShare: "Acceptance share",
  feedbackWindowDays: "Feedback window days",
  eligibility: "Eligibility",
  eligibleDomains: "Eligible domains",
} as const;
export type EventField = keyof typeof EVENT_FIELD_LABELS;
const L = EVENT_FIELD_LABELS;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const toNumber = (v: unknown) => {
  const b = blank(v);
  return typeof b === "string" ? Number(b.trim()) : b;
};

function int(label: string, min: number, max: number, what?: string) {
  const error = what ? `${label} ${what}` : `${label} must be an integer between ${min} and ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}
function fraction(label: string) {
  const error = `${label} must be a number between 0 and 1`;
  return z.number({ error }).min(0, { error }).max(1, { error });
}
/** A share of a track that can be accepted: above 0 (at least one proposal) and at most 1 (all of it). */
function share(label: string) {
  const error = `${label} must be a number above 0 and at most 1, e.g. 0.25 for a quarter of a track's proposals`;
  return z.number({ error }).gt(0, { error }).max(1, { error });
}
const num = <T extends z.ZodType>(schema: T) => z.preprocess(toNumber, schema);
const capInt = (label: string) => int(label, 0, 10_000, "must be a whole number from 0 to 10,000 (0 = unlimited)");

const boolish = (label: string) =>
  z.preprocess(
    (v) => {
      const b = blank(v);
      if (b === "true" || b === "on" || b === "1") return true;
      if (b === "false" || b === "off" || b === "0") return false;
      return b;
    },
    z.boolean({ error: `${label} must be true or false` }).optional(),
  );

const dateField = (label: string) =>
  z.preprocess(
    (v) => {
      const b = blank(v);
      if (b === null) return null;
      if (typeof b === "string" || typeof b === "number") return new Date(b);
      return b;
    },
    z
      .date({ error: `${label} must be a date (ISO 8601, e.g. 2027-03-01T09:00:00Z)` })
      .refine((d) => !Number.isNaN(d.getTime()), { error: `${label} must be a valid date` })
      .nullable()
      .optional(),
  );

const text = (label: string, min: number, max: number) =>
  textField(label, { visible: true, error: `${label} is required` })
    .trim()
    .min(min, { error: min <= 1 ? `${label} is required` : `${label} must be at least ${min} characters` })
    .max(max, { error: `${label} must be at most ${max} characters` });

const optionalText = (label: string, max: number, multiline = false) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    textField(label, { multiline })
      .trim()
      .max(max, { error: `${label} must be at most ${max} characters` })
      .nullable()
      .optional(),
  );

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function slugSchema(label = "Slug", min = 2, max = 60) {
  const error = `${label} must be ${min}-${max} characters of lower-case letters, digits and dashes (e.g. summit-2027)`;
  return z.string({ error }).trim().min(min, { error }).max(max, { error }).regex(SLUG_RE, { error });
}

/** "0..3" -> { scaleMin: 0, scaleMax: 3 }; null when the text is not a valid scale. */
export function parseScale(text: string): { scaleMin: number; scaleMax: number } | null {
  const m = /^\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*$/.exec(text);
  if (!m) return null;
  const scaleMin = Number(m[1]);
  const scaleMax = Number(m[2]);
  const span = scaleMax - scaleMin;
  if (span < 1 || span > 10) return null;
  return { scaleMin, scaleMax };
}
export const SCALE_ERROR = `${L.scale} must look like MIN..MAX with MIN < MAX and at most 10 steps apart (e.g. 0..3)`;

/** Default labels for a scale: the named 0..3 labels, otherwise none (the UI shows numbers). */
export function defaultScaleLabels(scaleMin: number, scaleMax: number): string[] {
  return scaleMin === 0 && scaleMax === 3 ? [...DEFAULT_SCALE_LABELS] : [];
}

const domainRe = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;
const domainsField = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return v;
    const list = typeof v === "string" ? v.split(/[\s,;]+/) : v;
    if (!Array.isArray(list)) return list;
    return [...new Set(list.map((d) => String(d).trim().toLowerCase().replace(/^@/, "")).filter(Boolean))];
  },
  z
    .array(z.string().regex(domainRe, { error: `${L.eligibleDomains} must be e-mail domains like example.org` }), {
      error: `${L.eligibleDomains} must be a list of e-mail domains`,
    })
    .optional(),
);

/** Every settable event field, all optional; create and update add their own requirements. */
const eventFields = {
  slug: slugSchema(L.slug),
  name: text(L.name, 1, 200),
  description: optionalText(L.description, 10_000, true),
  location: optionalText(L.location, 200),
  timezone: z.preprocess(blank, text(L.timezone, 1, 64).optional()),
  cfpOpensAt: dateField(L.cfpOpensAt),
  cfpClosesAt: dateField(L.cfpClosesAt),
  votingOpensAt: dateField(L.votingOpensAt),
  votingClosesAt: dateField(L.votingClosesAt),
  reviewEndsAt: dateField(L.reviewEndsAt),
  eventStartsAt: dateField(L.eventStartsAt),
  eventEndsAt: dateField(L.eventEndsAt),
  maxProposalsPerSpeaker: num(capInt(L.maxProposalsPerSpeaker).optional()),
  maxProposalsPerOrg: num(capInt(L.maxProposalsPerOrg).optional()),
  coSpeakersCountTowardCap: boolish(L.coSpeakersCountTowardCap),
  maxAcceptedPerOrg: num(capInt(L.maxAcceptedPerOrg).optional()),
  newcomerTarget: z.preprocess(
    (v) => (v === null || (typeof v === "string" && v.trim() === "") ? null : toNumber(v)),
    fraction(L.newcomerTarget).nullable().optional(),
  ),
  ballotSize: num(int(L.ballotSize, 1, MAX_BALLOT_SIZE).optional()),
  scale: z.preprocess(
    blank,
    z
      .string({ error: SCALE_ERROR })
      .refine((s) => parseScale(s) !== null, { error: SCALE_ERROR })
      .optional(),
  ),
  scaleLabels: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/\r?\n|,/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z
      .array(textField(L.scaleLabels).trim().min(1).max(60), {
        error: `${L.scaleLabels} must be a list of short labels`,
      })
      .optional(),
  ),
  feedbackWeight: num(fraction(L.feedbackWeight).optional()),
  acceptanceShare: num(share(L.acceptanceShare).optional()),
  feedbackWindowDays: num(int(L.feedbackWindowDays, 0, 365).optional()),
  eligibility: z.preprocess(
    blank,
    z
      .enum(ELIGIBILITIES, {
        error: `${L.eligibility} must be any verified e-mail, an e-mail domain allow-list or an imported member list (${ELIGIBILITIES.join(", ")})`,
      })
      .optional(),
  ),
  eligibleDomains: domainsField,
};

/** The date fields in the order they must happen. */
export const DATE_ORDER = [
  "cfpOpensAt",
  "cfpClosesAt",
  "votingOpensAt",
  "votingClosesAt",
  "reviewEndsAt",
  "eventStartsAt",
  "eventEndsAt",
] as const;
export type EventDates = Partial<Record<(typeof DATE_ORDER)[number], Date | null>>;
// Pairs that must be strictly increasing; every other pair may coincide.
const STRICT = new Set(["cfpOpensAt>cfpClosesAt", "votingOpensAt>votingClosesAt"]);

/** Problems with the order of the given dates (absent/null dates are skipped). */
export function checkDateOrder(dates: EventDates): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  for (let j = 1; j < DATE_ORDER.length; j++) {
    const later = DATE_ORDER[j];
    const b = dates[later];
    if (!b) continue;
    for (let i = j - 1; i >= 0; i--) {
      const earlier = DATE_ORDER[i];
      const a = dates[earlier];
      if (!a) continue;
      const strict = STRICT.has(`${earlier}>${later}`);
      if (strict ? b.getTime() <= a.getTime() : b.getTime() < a.getTime()) {
        problems.push({
          field: later,
          message: `${L[later]} must be ${strict ? "after" : "on or after"} ${L[earlier]}`,
        });
      }
      break; // compare with the nearest earlier date only; the chain covers the rest
    }
  }
  return problems;
}

type RawEvent = { [K in keyof typeof eventFields]?: z.output<(typeof eventFields)[K]> };

function refineEvent(v: RawEvent, ctx: z.RefinementCtx) {
  for (const p of checkDateOrder(v)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
  const scale = v.scale ? parseScale(v.scale) : null;
  if (scale && v.scaleLabels && v.scaleLabels.length > 0) {
    const n = scale.scaleMax - scale.scaleMin + 1;
    if (v.scaleLabels.length !== n) {
      ctx.addIssue({
        code: "custom",
        path: ["scaleLabels"],
        message: `${L.scaleLabels} must have ${n} entries, one per score of ${v.scale}`,
      });
    }
  }
  if (v.eligibility === "DOMAIN_ALLOWLIST" && (!v.eligibleDomains || v.eligibleDomains.length === 0)) {
    ctx.addIssue({
      code: "custom",
      path: ["eligibleDomains"],
      message: `${L.eligibleDomains} must list at least one domain when voting is limited to an e-mail domain allow-list`,
    });
  }
}

/** Turns the parsed scale text into scaleMin/scaleMax/scaleLabels for the database. */
type ScaleData = { scaleMin?: number; scaleMax?: number; scaleLabels?: string[] };
function withScale<T extends RawEvent>(v: T): Omit<T, "scale" | "scaleLabels"> & ScaleData {
  const { scale, scaleLabels, ...rest } = v;
  if (!scale) return scaleLabels ? { ...rest, scaleLabels } : rest;
  const parsed = parseScale(scale)!;
  return {
    ...rest,
    ...parsed,
    scaleLabels: scaleLabels && scaleLabels.length ? scaleLabels : defaultScaleLabels(parsed.scaleMin, parsed.scaleMax),
  };
}

export const createEventSchema = z
  .object({
    ...eventFields,
    phase: z.preprocess(
      blank,
      z.enum(EVENT_PHASES, { error: `${L.phase} must be one of ${EVENT_PHASES.join(", ")}` }).optional(),
    ),
  })
  .superRefine(refineEvent)
  .transform(withScale);
export type CreateEventInput = z.input<typeof createEventSchema>;
export type CreateEventData = z.output<typeof createEventSchema>;

/**
 * Update: any subset of fields. The phase is not here: it moves through lib/events/phase.ts
 * (one step at a time, audit-logged). Date order is checked again against the stored dates.
 */
export const updateEventSchema = z.object(eventFields).partial().superRefine(refineEvent).transform(withScale);
export type UpdateEventInput = z.input<typeof updateEventSchema>;
export type UpdateEventData = z.output<typeof updateEventSchema>;

// ---------------------------------------------------------------------------
// Tracks and formats
// ---------------------------------------------------------------------------

export const trackInputSchema = z.object({
  slug: slugSchema("Track slug", 2, 60),
  name: text("Track name", 1, 120),
  description: optionalText("Track description", 2_000, true),
  slotCount: num(int("Slot count", 0, 10_000, "must be a whole number from 0 to 10,000 (0 = not set)").optional()),
  position: num(int("Position", 0, 10_000).optional()),
});
export type TrackInput = z.input<typeof trackInputSchema>;
export const trackUpdateSchema = trackInputSchema.partial();
export type TrackUpdateInput = z.input<typeof trackUpdateSchema>;

export const formatInputSchema = z.object({
  slug: slugSchema("Format slug", 2, 60),
  name: text("Format name", 1, 120),
  durationMinutes: num(int("Duration (minutes)", 5, 600).optional()),
  position: num(int("Position", 0, 10_000).optional()),
});
export type FormatInput = z.input<typeof formatInputSchema>;
export const formatUpdateSchema = formatInputSchema.partial();
export type FormatUpdateInput = z.input<typeof formatUpdateSchema>;

/** Formats every new event gets unless others are given. */
export const DEFAULT_FORMATS: { slug: string; name: string; durationMinutes: number }[] = [
  { slug: "talk", name: "Talk", durationMinutes: 30 },
  { slug: "workshop", name: "Workshop", durationMinutes: 90 },
  { slug: "panel", name: "Panel", durationMinutes: 45 },
  { slug: "lightning", name: "Lightning talk", durationMinutes: 10 },
];

export const chairEmailSchema = z
  .string({ error: "E-mail is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "E-mail must be a valid e-mail address" }));
