// Overlap resolution and rendering of the anonymized text.

import type { Candidate, Finding } from "./types";

const KIND_RANK: Record<Candidate["kind"], number> = {
  EMAIL: 0,
  URL: 1,
  HANDLE: 2,
  DOMAIN: 3,
  PHONE: 4,
  NAME: 5,
  ORGANIZATION: 6,
};

/** Longest match wins; ties go to the earlier start, then to the more specific kind. */
export function resolveOverlaps(text: string, candidates: Candidate[], blocked: [number, number][] = []): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || KIND_RANK[a.kind] - KIND_RANK[b.kind],
  );
  const taken: [number, number][] = [...blocked];
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start || taken.some(([s, e]) => c.start < e && s < c.end)) continue;
    taken.push([c.start, c.end]);
    kept.push(c);
  }
  return mergeAdjacentNames(
    kept.sort((a, b) => a.start - b.start),
    text,
  );
}

/** "Ana López" (parts of "Ana María López García") is one mention: "[speaker]", not "[speaker] [speaker]". */
function mergeAdjacentNames(sorted: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === "NAME" &&
      c.kind === "NAME" &&
      prev.replacement === "[speaker]" &&
      /^[ \t]+$/.test(text.slice(prev.end, c.start))
    ) {
      out[out.length - 1] = { ...c, start: prev.start };
    } else out.push(c);
  }
  return out;
}

type Edit = { start: number; end: number; text: string };

/**
 * A link or e-mail finding that is the destination of a markdown link or an autolink: the
 * syntax around it is flattened, so `[our repo](https://github.com/x/y)` renders as
 * `our repo [link]` (anchor text kept, no clickable href, no broken relative link).
 */
function markdownEdits(text: string, f: Finding, all: Finding[]): Edit[] | null {
  if (f.kind !== "URL" && f.kind !== "EMAIL" && f.kind !== "PHONE") return null;
  // Autolink: <https://example.com>
  if (text[f.start - 1] === "<" && text[f.end] === ">")
    return [{ start: f.start - 1, end: f.end + 1, text: f.replacement }];
  const before = /\]\(\s*<?(?:tel:)?$/.exec(text.slice(Math.max(0, f.start - 12), f.start));
  const after = /^>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/.exec(text.slice(f.end, f.end + 200));
  if (!before || !after) return null;
  const close = f.start - before[0].length; // index of "]"
  let depth = 0;
  let open = -1;
  for (let i = close - 1; i >= 0 && close - i < 2000; i--) {
    if (text[i] === "\n" && text[i - 1] === "\n") break; // links do not span paragraphs
    if (text[i] === "]") depth++;
    else if (text[i] === "[") {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return null;
  const bang = text[open - 1] === "!" ? 1 : 0;
  const anchor = text.slice(open + 1, close);
  // [https://x](https://x): the anchor is already a redacted link; one [link] is enough.
  const anchorIsLink = all.some(
    (o) =>
      o !== f &&
      o.kind === f.kind &&
      o.start === open + 1 + (anchor.length - anchor.trimStart().length) &&
      o.end === close - (anchor.length - anchor.trimEnd().length),
  );
  const tail = anchorIsLink ? "" : (anchor.trim() === "" ? "" : " ") + f.replacement;
  return [
    { start: open - bang, end: open + 1, text: "" },
    { start: close, end: f.end + after[0].length, text: tail },
  ];
}

/**
 * Renders `text` with every finding replaced. Pure function of (text, findings), so a chair's
 * corrected list of findings can be re-applied to the original at any time.
 */
export function applyFindings(text: string, findings: Finding[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const edits: Edit[] = [];
  for (const f of sorted)
    edits.push(...(markdownEdits(text, f, sorted) ?? [{ start: f.start, end: f.end, text: f.replacement }]));
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue; // defensive: overlapping hand-edited findings
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
