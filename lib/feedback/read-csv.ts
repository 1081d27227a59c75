// Reads an uploaded CSV file (pure): strict UTF-8, RFC 4180 quoting, a header row checked against
// the expected columns, and every record with the line number it starts on. File-level problems
// (encoding, header, an unclosed quote) refuse the whole file; a record with the wrong number of
// fields is a line error. Kept self-contained so the feedback import does not depend on the
// proposals/votes import's reader while that one is being written.

export type LineError = { line: number; message: string };
export type CsvRecord = { line: number; values: Record<string, string> };
export type CsvColumns = { required: readonly string[]; optional?: readonly string[] };
export type CsvReadResult =
  | { ok: true; columns: string[]; records: CsvRecord[]; errors: LineError[] }
  | { ok: false; message: string };

function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: "the file is UTF-16; save it as UTF-8 and try again" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    // Point at the first bad byte so the user can find the character.
    let line = 1;
    let bad = 0;
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x0a) line++;
      if (b < 0x80) continue;
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      try {
        decoder.decode(bytes.subarray(i, i + len));
        i += len - 1;
      } catch {
        bad = b;
        break;
      }
    }
    return {
      ok: false,
      message: `the file is not UTF-8 (line ${line}: byte 0x${bad.toString(16).toUpperCase().padStart(2, "0")}, e.g. Latin-1 or Windows-1252); save it as UTF-8 and try again`,
    };
  }
}

type RawRecord = { line: number; fields: string[] };

/** RFC 4180 records with their starting line numbers; blank lines are skipped. */
function tokenize(text: string): { ok: true; records: RawRecord[] } | { ok: false; message: string } {
  const records: RawRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = "";
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) return { ok: false, message: `line ${quoteLine}: a quoted field is never closed` };
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === "\n") line++;
          field += c;
          i++;
        }
      }
      // Unquoted part (or whatever follows a closing quote) up to the separator.
      while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
      fields.push(field);
      field = "";
      if (i >= n) endOfRecord = true;
      else if (text[i] === ",") i++;
      else {
        if (text[i] === "\r") i++;
        if (text[i] === "\n") i++;
        line++;
        endOfRecord = true;
      }
    }
    if (!(fields.length === 1 && fields[0].trim() === "")) records.push({ line: start, fields });
  }
  return { ok: true, records };
}

/** Decodes, tokenizes and checks the header. Column names are matched trimmed and case-insensitively. */
export function readCsv(bytes: Uint8Array, columns: CsvColumns): CsvReadResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  const tokens = tokenize(decoded.text.replace(/^\uFEFF/, ""));
  if (!tokens.ok) return tokens;
  const [header, ...rows] = tokens.records;
  const expected = `expected columns: ${[...columns.required, ...(columns.optional ?? []).map((c) => `[${c}]`)].join(",")}`;
  if (!header) return { ok: false, message: `the file is empty; ${expected}` };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const known = new Set([...columns.required, ...(columns.optional ?? [])]);
  const unknown = names.filter((c) => !known.has(c));
  const missing = columns.required.filter((c) => !names.includes(c));
  const duplicate = names.filter((c, i) => names.indexOf(c) !== i);
  const problems = [
    missing.length ? `missing ${missing.join(", ")}` : "",
    unknown.length ? `unknown ${unknown.map((c) => `"${c}"`).join(", ")}` : "",
    duplicate.length ? `repeated ${duplicate.join(", ")}` : "",
  ].filter(Boolean);
  if (problems.length) return { ok: false, message: `line ${header.line}: bad header (${problems.join("; ")}); ${expected}` };

  const records: CsvRecord[] = [];
  const errors: LineError[] = [];
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      errors.push({ line: row.line, message: `has ${row.fields.length} field(s), the header has ${names.length}` });
      continue;
    }
    records.push({ line: row.line, values: Object.fromEntries(names.map((c, i) => [c, row.fields[i]])) });
  }
  return { ok: true, columns: names, records, errors };
}
