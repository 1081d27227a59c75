// CSV output that opens cleanly in a spreadsheet: RFC 4180 quoting (papaparse), CRLF line ends,
// an optional UTF-8 byte-order mark (Excel needs it to read UTF-8), and formula-injection
// protection: a text cell starting with = + - @ (or tab / carriage return) is prefixed with '
// so a spreadsheet shows it as text instead of running it. Numbers are left as numbers.
import Papa from "papaparse";
import type { EventExport } from "./event-export";

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: CsvCell): CsvCell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(header: string[], rows: CsvCell[][], opts: { bom?: boolean } = {}): string {
  const body = Papa.unparse(
    { fields: header, data: rows.map((r) => r.map((c) => neutralizeFormula(c) ?? "")) },
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  );
  return `${opts.bom ? "\uFEFF" : ""}${body}\r\n`;
}

export const EXPORT_CSV_HEADER = [
  "external_id",
  "id",
  "track",
  "format",
  "level",
  "tags",
  "status",
  "submitted_at",
  "title",
  "abstract",
  "anonymized_title",
  "anonymized_abstract",
  "redactions",
  "speaker_emails",
  "speaker_names",
  "speaker_organizations",
  "votes_count",
  "votes_skips",
  "votes_mean",
  "rank",
  "community_score",
  "ci_low",
  "ci_high",
  "ranked_votes",
  "feedback_component",
  "combined_score",
  "flags",
  "decision_mark",
  "decision_applied",
  "decision_applied_at",
  "decision_override_reason",
];

/** One row per proposal; lists (tags, speakers, redactions) joined with "; ". */
export function eventExportToCsv(data: EventExport, opts: { bom?: boolean } = {}): string {
  const join = (items: string[]) => items.join("; ");
  const rows = data.proposals.map((p): CsvCell[] => [
    p.externalId,
    p.id,
    p.track,
    p.format,
    p.level,
    join(p.tags),
    p.status,
    p.submittedAt,
    p.title,
    p.abstract,
    p.anonymizedTitle,
    p.anonymizedAbstract,
    join(p.redactions.map((r) => `${r.kind}: ${r.text}`)),
    join(p.speakers.map((s) => s.email)),
    join(p.speakers.map((s) => s.name)),
    join(p.speakers.map((s) => s.organization ?? "")),
    p.votes.count,
    p.votes.skips,
    p.votes.mean === null ? null : Math.round(p.votes.mean * 1000) / 1000,
    p.ranking?.rank ?? null,
    p.ranking?.communityScore ?? null,
    p.ranking?.ciLow ?? null,
    p.ranking?.ciHigh ?? null,
    p.ranking?.votes ?? null,
    p.ranking?.feedbackComponent ?? null,
    p.ranking?.combinedScore ?? null,
    p.ranking ? join(p.ranking.flags) : null,
    p.decision?.mark ?? null,
    p.decision?.appliedMark ?? null,
    p.decision?.appliedAt ?? null,
    p.decision?.overrideReason ?? null,
  ]);
  return toCsv(EXPORT_CSV_HEADER, rows, opts);
}
