// The feedback CSV contract (DESIGN.md): speaker_email,event,session_title,rating_average,
// rating_count[,scale_max]. Pure: bytes in, valid rows and per-line errors out. Nothing is written
// here, so a refused line can never be half-written.
import { z } from "zod";
import { parseCsv } from "../imports/csv";
import { normalizeRating } from "./reputation";

export const FEEDBACK_COLUMNS = {
  required: ["speaker_email", "event", "session_title", "rating_average", "rating_count"],
  optional: ["scale_max"],
} as const;

/** A refused data line: its physical line number (where the record starts) and why. */
export type LineError = { line: number; message: string };

export const DEFAULT_SCALE_MAX = 5;
const MAX_SCALE = 100;

export type FeedbackRow = {
  line: number;
  speakerEmail: string;
  eventName: string;
  sessionTitle: string;
  ratingAverage: number;
  ratingCount: number;
  scaleMax: number;
  normalizedAverage: number;
  /** Mid-year of a year named in the event ("Summit 2025"), for the recency weight; else null. */
  heldAt: Date | null;
};

export type ParsedFeedback =
  { ok: true; rows: FeedbackRow[]; errors: LineError[]; total: number } | { ok: false; message: string };

const emailSchema = z.email();

/** A plain decimal number ("4.2", "4", ".5"); no thousands separators, no comma decimals. */
function parseNumber(raw: string): number | null {
  const s = raw.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
}

export function heldAtFromEventName(eventName: string): Date | null {
  const years = [...eventName.matchAll(/(?<!\d)(19[7-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return years.length ? new Date(Date.UTC(years[years.length - 1], 6, 1)) : null;
}

function validateRow(line: number, v: Record<string, string>): { row: FeedbackRow } | { errors: string[] } {
  const errors: string[] = [];
  const email = v.speaker_email.trim().toLowerCase();
  if (!email) errors.push("speaker_email is empty");
  else if (!emailSchema.safeParse(email).success)
    errors.push(`speaker_email "${v.speaker_email.trim()}" is not an e-mail address`);
  const eventName = v.event.trim().replace(/\s+/g, " ");
  if (!eventName) errors.push("event is empty");
  else if (eventName.length > 200) errors.push("event is longer than 200 characters");
  const sessionTitle = v.session_title.trim().replace(/\s+/g, " ");
  if (!sessionTitle) errors.push("session_title is empty");
  else if (sessionTitle.length > 300) errors.push("session_title is longer than 300 characters");

  let scaleMax = DEFAULT_SCALE_MAX;
  const rawScale = (v.scale_max ?? "").trim();
  if (rawScale) {
    const s = parseNumber(rawScale);
    if (s === null || !Number.isInteger(s)) errors.push(`scale_max "${rawScale}" is not a whole number`);
    else if (s < 2 || s > MAX_SCALE) errors.push(`scale_max ${s} must be between 2 and ${MAX_SCALE}`);
    else scaleMax = s;
  }
  const avg = parseNumber(v.rating_average);
  if (avg === null) errors.push(`rating_average "${v.rating_average.trim()}" is not a number`);
  else if (avg < 1) errors.push(`rating_average ${avg} is below 1 (ratings run 1..${scaleMax})`);
  else if (avg > scaleMax)
    errors.push(
      `rating_average ${avg} is above the scale (1..${scaleMax}${rawScale ? "" : ", the default; add a scale_max column for other scales"})`,
    );
  const count = parseNumber(v.rating_count);
  if (count === null || !Number.isInteger(count))
    errors.push(`rating_count "${v.rating_count.trim()}" is not a whole number`);
  else if (count < 1) errors.push(`rating_count ${count} must be at least 1`);
  else if (count > 1_000_000) errors.push(`rating_count ${count} is implausibly large`);

  if (errors.length) return { errors };
  return {
    row: {
      line,
      speakerEmail: email,
      eventName,
      sessionTitle,
      ratingAverage: avg!,
      ratingCount: count!,
      scaleMax,
      normalizedAverage: normalizeRating(avg!, scaleMax),
      heldAt: heldAtFromEventName(eventName),
    },
  };
}

/** Key of the idempotency rule: one row per (speaker, event, session title). */
export function feedbackKey(r: { speakerEmail: string; eventName: string; sessionTitle: string }): string {
  return `${r.speakerEmail}\u0000${r.eventName.toLowerCase()}\u0000${r.sessionTitle.toLowerCase()}`;
}

/** Reads with the shared import reader (lib/imports/csv.ts: UTF-8, header, quoting, line numbers). */
export function parseFeedbackCsv(bytes: Uint8Array, name = "the file"): ParsedFeedback {
  const csv = parseCsv(bytes, FEEDBACK_COLUMNS, name);
  if (!csv.ok) return csv;
  const errors: LineError[] = [];
  const rows: FeedbackRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of csv.rows) {
    if (rec.problem) {
      errors.push({ line: rec.line, message: rec.problem });
      continue;
    }
    const r = validateRow(rec.line, rec.values);
    if ("errors" in r) {
      errors.push({ line: rec.line, message: r.errors.join("; ") });
      continue;
    }
    const key = feedbackKey(r.row);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line: rec.line, message: `same speaker, event and session title as line ${first}` });
      continue;
    }
    seen.set(key, rec.line);
    rows.push(r.row);
  }
  errors.sort((a, b) => a.line - b.line);
  return { ok: true, rows, errors, total: csv.rows.length };
}
