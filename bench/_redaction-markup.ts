// The markup of the redaction corpora (bench/redaction-*-cases.ts):
//   {{KIND:text}}     an identity mention that must not reach voters
//   {{STRETCH:text}}  an encoding that does not render the identity (reported on its own)
//   <<text>>          an ordinary term that must survive unchanged

export type MarkedSpan = { start: number; end: number; kind: string; text: string };
export type MarkedField = { text: string; identity: MarkedSpan[]; keep: MarkedSpan[]; stretch: MarkedSpan[] };

/** Strips the markup and records the spans it marked (offsets index the stripped text). */
export function parseMarked(marked: string): MarkedField {
  let text = "";
  const out: MarkedField = { text: "", identity: [], keep: [], stretch: [] };
  const re = /\{\{([A-Z]+):([\s\S]*?)\}\}|<<([\s\S]*?)>>/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const inner = m[2] ?? m[3];
    const span = { start: text.length, end: text.length + inner.length, kind: m[1] ?? "KEEP", text: inner };
    (m[1] === "STRETCH" ? out.stretch : m[1] ? out.identity : out.keep).push(span);
    text += inner;
    last = m.index + m[0].length;
  }
  out.text = text + marked.slice(last);
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();

/**
 * How often `needle` shows in `haystack` as a word or the head of a compound, in any case:
 * "Kestrel" shows in "KESTREL's" and "KestrelDB", not in "kestrels" or "sampling" (for "Sam").
 */
export function occurrences(haystack: string, needle: string): number {
  if (needle.trim() === "") return 0;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}`, "giu");
  let n = 0;
  for (const m of haystack.matchAll(re)) if (!isLower(haystack[m.index + m[0].length])) n++;
  return n;
}

/**
 * Whether an identity string still shows in a voter version, beyond the occurrences that the
 * must-keep terms of the same field account for ("Yak" of Yak Cloud inside "yak shaving").
 * Both sides must already be folded the same way.
 */
export function stillShown(voterText: string, identity: string, keepTerms: string[]): boolean {
  const allowed = keepTerms.reduce((n, k) => n + occurrences(k, identity), 0);
  return occurrences(voterText, identity) > allowed;
}
