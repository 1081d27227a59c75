// Reading an import CSV, shared by every importer (proposals, votes, feedback): UTF-8 only, a
// header row with exactly the expected columns, RFC 4180 quoting, and each row's physical line
// number so a failure can say `line N: ...` even when quoted fields span several lines.
// A problem with the file as a whole (encoding, header, quoting) refuses the whole file: the
// importer writes nothing. Problems with one row are the importer's to report.
import fs from "node:fs/promises";
import Papa from "papaparse";
import { findInvalidUtf8 } from "./utf8";

export type CsvSpec<C extends string> = {
  /** Columns that must be in the header, in the order the documentation lists them. */
  required: readonly C[];
  /** Columns that may be in the header. */
  optional?: readonly C[];
};

/**
 * One data row: its physical line (where the row starts), the value of every known column ("" when
 * an optional column is absent), and `problem` when the row itself is malformed (wrong number of
 * fields): the importer reports that row as failed and goes on.
 */
export type CsvRow<C extends string> = { line: number; values: Record<C, string>; problem?: string };

export type CsvFile<C extends string> = { ok: true; columns: C[]; rows: CsvRow<C>[] };
export type CsvFileError = { ok: false; message: string };
export type CsvReadResult<C extends string> = CsvFile<C> | CsvFileError;

const BOM = "\uFEFF";

/** The header a spec expects, as the documentation writes it: `a,b,c[,d]`. */
export function describeHeader(spec: CsvSpec<string>): string {
  const optional = (spec.optional ?? []).map((c) => `[,${c}]`).join("");
  return `${spec.required.join(",")}${optional}`;
}

/** 1-based line of a character offset. `newlines` holds the offsets of every "\n", ascending. */
function lineAt(newlines: number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

function checkHeader<C extends string>(name: string, header: string[], spec: CsvSpec<C>): CsvFileError | null {
  const known = new Set<string>([...spec.required, ...(spec.optional ?? [])]);
  const seen = new Set<string>();
  const duplicate = header.filter((h) => (seen.has(h) ? true : (seen.add(h), false)));
  const missing = spec.required.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !known.has(h));
  if (missing.length === 0 && unknown.length === 0 && duplicate.length === 0) return null;
  const problems: string[] = [];
  const list = (cols: string[]) => cols.map((c) => (c === "" ? '""' : c)).join(", ");
  if (missing.length) problems.push(`missing column${missing.length > 1 ? "s" : ""} ${list(missing)}`);
  if (unknown.length) problems.push(`unknown column${unknown.length > 1 ? "s" : ""} ${list(unknown)}`);
  if (duplicate.length)
    problems.push(`repeated column${duplicate.length > 1 ? "s" : ""} ${list([...new Set(duplicate)])}`);
  return { ok: false, message: `${name}: ${problems.join("; ")}. The header must be ${describeHeader(spec)}` };
}

/**
 * Parses CSV bytes. `name` is how messages refer to the file (the path the user typed).
 * Blank lines are skipped.
 */
export function parseCsv<C extends string>(bytes: Uint8Array, spec: CsvSpec<C>, name = "the file"): CsvReadResult<C> {
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = bytes[bad].toString(16).padStart(2, "0");
    return { ok: false, message: `${name} is not UTF-8 (byte 0x${hex} at offset ${bad}); save it as UTF-8` };
  }
  let text = new TextDecoder("utf-8").decode(bytes);
  // Spreadsheet programs write a byte-order mark; it is not part of the first column's name.
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.trim() === "") {
    return { ok: false, message: `${name} is empty; the first line must be the header ${describeHeader(spec)}` };
  }

  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);

  const records: { start: number; fields: string[] }[] = [];
  const quoteErrors: string[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: false,
    step: (result) => {
      for (const e of result.errors) {
        if (e.type === "Quotes" && typeof e.index === "number") {
          const what =
            e.code === "MissingQuotes"
              ? "quoted field is never closed"
              : 'a quote inside a quoted field must be doubled ("")';
          const msg = `line ${lineAt(newlines, e.index)}: ${what}`;
          if (!quoteErrors.includes(msg)) quoteErrors.push(msg);
        }
      }
      records.push({ start, fields: result.data });
      start = result.meta.cursor;
    },
  });
  if (quoteErrors.length > 0) {
    return { ok: false, message: `${name} has bad CSV quoting (RFC 4180): ${quoteErrors.slice(0, 5).join("; ")}` };
  }

  const nonEmpty = records.filter((r) => !(r.fields.length === 1 && r.fields[0].trim() === ""));
  const [headerRecord, ...dataRecords] = nonEmpty;
  const header = headerRecord.fields.map((h) => h.trim());
  const headerError = checkHeader(name, header, spec);
  if (headerError) return headerError;

  const columns = header as C[];
  const allColumns = [...spec.required, ...(spec.optional ?? [])];
  const rows: CsvRow<C>[] = dataRecords.map((r) => {
    const line = lineAt(newlines, r.start);
    const values = Object.fromEntries(allColumns.map((c) => [c, ""])) as Record<C, string>;
    columns.forEach((c, i) => (values[c] = r.fields[i] ?? ""));
    const n = r.fields.length;
    return n === columns.length
      ? { line, values }
      : { line, values, problem: `${n} field${n === 1 ? "" : "s"}, but the header has ${columns.length}` };
  });
  return { ok: true, columns, rows };
}

/** Reads and parses a CSV file; a file that cannot be read is a file-level failure too. */
export async function readCsvFile<C extends string>(file: string, spec: CsvSpec<C>): Promise<CsvReadResult<C>> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : String(e);
    return { ok: false, message: `cannot read ${file}: ${reason}` };
  }
  return parseCsv(bytes, spec, file);
}
