// What the voter will SEE, as plain folded letters, with a map back to the stored text.
//
// A speaker who wants to be recognized can write their name so that the stored bytes differ from
// what renders: HTML entities (Ma&#114;ta), inline HTML the sanitizer strips (Mar<span>ta</span>),
// Markdown emphasis inside a word (Mar**ta**), backslashes, invisible characters (zero-width,
// soft hyphen, direction marks, tag characters), compatibility forms (full-width, mathematical,
// circled letters), look-alike letters from other scripts (Cyrillic "а"), stacked combining marks
// and letters spaced out (M a r t a). Detection runs on this normalized view; every normalized
// character remembers the stored span it came from, so a match is redacted exactly in the stored
// text, and which of these transformations touched it (the chair is told).
//
// See docs/decisions/004-anonymization.md.

import { decodeHTML } from "entities";
import confusables from "unhomoglyph/data.json" with { type: "json" };

export type EvasionTag =
  | "html-entity"
  | "inline-html"
  | "markdown-emphasis"
  | "backslash"
  | "invisible-character"
  | "compatibility-form"
  | "look-alike-letter"
  | "combining-mark"
  | "spaced-letters"
  | "digits-for-letters"
  | "split-word";

export const EVASION_LABEL: Record<EvasionTag, string> = {
  "html-entity": "HTML entities",
  "inline-html": "inline HTML",
  "markdown-emphasis": "Markdown emphasis inside a word",
  backslash: "backslashes inside a word",
  "invisible-character": "invisible characters",
  "compatibility-form": "full-width or stylized letters",
  "look-alike-letter": "look-alike letters from another alphabet",
  "combining-mark": "stacked combining marks",
  "spaced-letters": "letters spaced out",
  "digits-for-letters": "digits for letters",
  "split-word": "a word split by a space or hyphen",
};

export type Normalized = {
  text: string;
  /** For each normalized UTF-16 index: start of the stored characters it came from. */
  origStart: number[];
  /** For each normalized UTF-16 index: end (exclusive) of the stored characters it came from. */
  origEnd: number[];
  /** For each normalized UTF-16 index: the transformations that produced it (bit set of TAG_BITS). */
  tags: number[];
  /** Stored spans that vanished in normalization (markup, invisible characters), sorted. */
  removed: { start: number; end: number; tag: EvasionTag; text: string }[];
};

const TAGS: EvasionTag[] = [
  "html-entity",
  "inline-html",
  "markdown-emphasis",
  "backslash",
  "invisible-character",
  "compatibility-form",
  "look-alike-letter",
  "combining-mark",
  "spaced-letters",
  "digits-for-letters",
  "split-word",
];
const bit = (t: EvasionTag) => 1 << TAGS.indexOf(t);

/** One piece of normalized text and the stored span it stands for. */
type Unit = { s: string; start: number; end: number; tags: number };

const SPECIAL: Record<string, string> = {
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "TH",
  ı: "i",
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u00a0": " ",
};

// Invisible: format characters (zero-width, soft hyphen, direction marks and overrides, BOM, tag
// characters), other controls except tab and newline, and the blank "letters" (Hangul fillers,
// Braille blank, Mongolian vowel separator).
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u115f\u1160\u180e\u2800\u3164\uffa0]/u;
const HTML_RE = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITY_RE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const WORD_RE = /[\p{L}\p{N}]/u;
function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === "") return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return WORD_RE.test(c);
}
const isLetter = (s: string) =>
  s.length > 0 && s.length <= 2 && isWordChar(s) && !/\p{N}/u.test(s) && [...s].length === 1;
// ASCII characters the pipeline looks at; every other ASCII character passes through untouched.
const ASCII_SPECIAL = new Set(["&", "\\", "<", "*", "_", "~", ".", "-", " ", "|", "/"]);
const CONFUSABLES = confusables as Record<string, string>;

function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    out.push({ s: ch, start: i, end: i + ch.length, tags: 0 });
    i += ch.length;
  }
  return out;
}

/** Replaces stored ranges matched by `re` (on the stored text) with `replace(match)` (one unit each). */
function rewriteRanges(
  text: string,
  us: Unit[],
  re: RegExp,
  tag: EvasionTag,
  replace: (m: string) => string | null,
  removed: Normalized["removed"],
): Unit[] {
  const ranges: { start: number; end: number; s: string }[] = [];
  for (const m of text.matchAll(re)) {
    const s = replace(m[0]);
    if (s === null) continue;
    ranges.push({ start: m.index, end: m.index + m[0].length, s });
    if (s === "") removed.push({ start: m.index, end: m.index + m[0].length, tag, text: m[0] });
  }
  if (ranges.length === 0) return us;
  const out: Unit[] = [];
  let r = 0;
  for (const u of us) {
    while (r < ranges.length && ranges[r].end <= u.start) r++;
    const range = ranges[r];
    if (range && u.start >= range.start && u.end <= range.end) {
      if (u.start === range.start && range.s !== "")
        out.push({ s: range.s, start: range.start, end: range.end, tags: u.tags | bit(tag) });
      continue;
    }
    out.push(u);
  }
  return out;
}

/** Per-character folding: compatibility forms, look-alike letters, accents and typography. */
function foldUnit(u: Unit): Unit {
  let s = u.s;
  let tags = u.tags;
  if (s.charCodeAt(0) < 128 && s.length === 1) return u;
  const nfkc = s.normalize("NFKC");
  if (nfkc !== s && nfkc !== s.normalize("NFC")) {
    s = nfkc;
    tags |= bit("compatibility-form");
  }
  let mapped = "";
  for (const ch of s) {
    if (SPECIAL[ch] !== undefined) {
      mapped += SPECIAL[ch];
      continue;
    }
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    const c = base.length > 0 ? base : ch;
    // Only letters: "×" and "—" are symbols a voter reads as symbols.
    const skeleton = c.charCodeAt(0) < 128 || /\p{Script=Latin}|\P{L}/u.test(c) ? undefined : CONFUSABLES[c];
    if (skeleton !== undefined && /^[A-Za-z]{1,2}$/.test(skeleton)) {
      // Capital look-alikes of I (Cyrillic "І", Greek "Ι") have the skeleton "l".
      mapped += skeleton === "l" && c !== c.toLowerCase() ? "I" : skeleton;
      tags |= bit("look-alike-letter");
    } else mapped += /\p{M}/u.test(ch) && base.length === 0 ? "" : base;
  }
  return { ...u, s: mapped, tags };
}

/** A combining mark that does not compose with its letter (M̶, a̸) is decoration, not an accent. */
function markIsDecoration(prev: Unit | undefined, mark: string): boolean {
  if (!prev) return true;
  return (prev.s + mark).normalize("NFC").length > prev.s.normalize("NFC").length;
}

const SPACED_SEP = /^[ \u00a0.\-\u00b7\u2022|/]{1,3}$/;

/** "M a r t a", "M.a.r.t.a": runs of at least three single letters, each separated. */
function collapseSpacedLetters(us: Unit[]): Unit[] {
  const single = (i: number) =>
    i >= 0 &&
    i < us.length &&
    isLetter(us[i].s) &&
    !(i > 0 && isWordChar(us[i - 1].s.at(-1))) &&
    !(i + 1 < us.length && isWordChar(us[i + 1].s[0]));
  const drop = new Set<number>();
  const spaced = new Set<number>();
  for (let i = 0; i < us.length; i++) {
    if (!single(i)) continue;
    const letters = [i];
    const seps: number[][] = [];
    let j = i;
    for (;;) {
      let k = j + 1;
      let sep = "";
      const idx: number[] = [];
      while (k < us.length && sep.length < 3 && /^[ \u00a0.\-\u00b7\u2022|/]$/.test(us[k].s)) {
        sep += us[k].s;
        idx.push(k);
        k++;
      }
      if (!SPACED_SEP.test(sep) || !single(k)) break;
      letters.push(k);
      // "K w a m e O s e i": a capital after a small letter starts the next word; keep one space.
      const wordBreak = us[j].s !== us[j].s.toUpperCase() && us[k].s !== us[k].s.toLowerCase();
      seps.push(wordBreak ? idx.slice(1) : idx);
      if (wordBreak) us[idx[0]] = { ...us[idx[0]], s: " " };
      j = k;
    }
    if (letters.length >= 3) {
      for (const s of seps) for (const k of s) drop.add(k);
      for (const k of letters) spaced.add(k);
    }
    i = j;
  }
  if (drop.size === 0) return us;
  return us
    .map((u, i) => (spaced.has(i) ? { ...u, tags: u.tags | bit("spaced-letters") } : u))
    .filter((_, i) => !drop.has(i));
}

export function normalizeVisible(text: string): Normalized {
  const removed: Normalized["removed"] = [];
  let us = units(text);
  // Inline HTML and comments are stripped by the sanitizer: what they wrap is what renders.
  us = rewriteRanges(text, us, HTML_RE, "inline-html", () => "", removed);
  const out: Unit[] = [];
  for (let i = 0; i < us.length; i++) {
    const u = us[i];
    const k = u.s.charCodeAt(0);
    if (k >= 32 && k < 127 && u.s.length === 1 && !ASCII_SPECIAL.has(u.s)) {
      out.push(u);
      continue;
    }
    const prev = out[out.length - 1];
    if (u.s === "&") {
      // Entities decode to what the browser shows: "Ma&#114;ta" is "Marta".
      const rest = text.slice(u.start, u.start + 40);
      ENTITY_RE.lastIndex = 0;
      const m = new RegExp(`^${ENTITY_RE.source}`).exec(rest);
      const decoded = m ? decodeHTML(m[0]) : null;
      if (m && decoded !== null && decoded !== m[0]) {
        const end = u.start + m[0].length;
        while (i + 1 < us.length && us[i + 1].start < end) i++;
        const piece = { s: decoded, start: u.start, end, tags: u.tags | bit("html-entity") };
        if (INVISIBLE.test(decoded)) removed.push({ start: u.start, end, tag: "html-entity", text: m[0] });
        else out.push(piece);
        continue;
      }
    }
    if (INVISIBLE.test(u.s)) {
      removed.push({ start: u.start, end: u.end, tag: "invisible-character", text: u.s });
      continue;
    }
    if (u.s === "\\" && i + 1 < us.length) {
      const next = us[i + 1].s;
      // Markdown drops the backslash before punctuation; between letters it hides nothing.
      if (ASCII_PUNCT.test(next) || (isWordChar(prev?.s.at(-1)) && isWordChar(next))) {
        removed.push({ start: u.start, end: u.end, tag: "backslash", text: u.s });
        continue;
      }
    }
    if (/^\p{M}$/u.test(u.s) && markIsDecoration(prev, u.s)) {
      if (prev) prev.tags |= bit("combining-mark");
      removed.push({ start: u.start, end: u.end, tag: "combining-mark", text: u.s });
      if (prev) prev.end = u.end;
      continue;
    }
    out.push(u);
  }
  us = out.map(foldUnit);
  us = stripEmphasis(us, removed);
  us = collapseSpacedLetters(us);

  let s = "";
  const origStart: number[] = [];
  const origEnd: number[] = [];
  const tags: number[] = [];
  for (const u of us) {
    for (let k = 0; k < u.s.length; k++) {
      origStart.push(u.start);
      origEnd.push(u.end);
      tags.push(u.tags);
    }
    s += u.s;
  }
  removed.sort((a, b) => a.start - b.start);
  return { text: s, origStart, origEnd, tags, removed };
}

/** Emphasis markers (*, _, ~) touching a letter or digit: "Mar**ta**", "*Mar*ta", "Mar__ta__". */
function stripEmphasis(us: Unit[], removed: Normalized["removed"]): Unit[] {
  const isMarker = (u: Unit | undefined) => u !== undefined && (u.s === "*" || u.s === "_" || u.s === "~");
  const out: Unit[] = [];
  for (let i = 0; i < us.length; i++) {
    if (!isMarker(us[i])) {
      out.push(us[i]);
      continue;
    }
    let j = i;
    while (j + 1 < us.length && isMarker(us[j + 1])) j++;
    const before = us[i - 1]?.s.at(-1);
    const after = us[j + 1]?.s[0];
    if (isWordChar(before) || isWordChar(after)) {
      const run = us
        .slice(i, j + 1)
        .map((u) => u.s)
        .join("");
      removed.push({ start: us[i].start, end: us[j].end, tag: "markdown-emphasis", text: run });
    } else for (let k = i; k <= j; k++) out.push(us[k]);
    i = j;
  }
  return out;
}

/** The normalized view of a short string (a declared name, a finding's text). */
export function visibleSkeleton(s: string): string {
  return normalizeVisible(s).text;
}

/**
 * Maps a [start, end) span of normalized text to the stored text. Markup and invisible characters
 * that vanished right at the edges go with the mention when it leaves them unbalanced, so
 * "*Mar*ta" and "Mar**ta**" become "[speaker]", not "*[speaker]" or "[speaker]**".
 */
export function toStoredSpan(original: string, n: Normalized, start: number, end: number): [number, number] {
  let s = n.origStart[start];
  let e = n.origEnd[end - 1];
  while (e < original.length && /\p{M}/u.test(original[e])) e++;
  const inside = n.removed.filter((r) => r.start >= s && r.end <= e);
  for (let changed = true; changed;) {
    changed = false;
    const next = n.removed.find((r) => r.start === e);
    if (next && absorbs(next, inside)) {
      inside.push(next);
      e = next.end;
      changed = true;
    }
    const prev = n.removed.find((r) => r.end === s);
    if (prev && absorbs(prev, inside)) {
      inside.push(prev);
      s = prev.start;
      changed = true;
    }
  }
  return [s, e];
}

function absorbs(r: Normalized["removed"][number], inside: Normalized["removed"]): boolean {
  if (r.tag === "invisible-character" || r.tag === "combining-mark") return inside.length > 0;
  if (r.tag === "markdown-emphasis")
    return inside.filter((x) => x.tag === "markdown-emphasis" && x.text[0] === r.text[0]).length % 2 === 1;
  if (r.tag === "inline-html") {
    const opens = inside.filter((x) => x.tag === "inline-html" && /^<[A-Za-z]/.test(x.text)).length;
    const closes = inside.filter((x) => x.tag === "inline-html" && /^<\//.test(x.text)).length;
    return opens > closes && /^<\//.test(r.text);
  }
  return false;
}

/** Which transformations a normalized span went through (empty for plain text). */
export function evasionsIn(n: Normalized, start: number, end: number): EvasionTag[] {
  let mask = 0;
  for (let i = start; i < end; i++) mask |= n.tags[i];
  const [s, e] = [n.origStart[start], n.origEnd[end - 1]];
  for (const r of n.removed) if (r.start >= s && r.end <= e) mask |= bit(r.tag);
  return TAGS.filter((t) => mask & bit(t));
}

// "M4rt4", "0sei": a digit inside a word, or opening one, where a letter belongs.
const DIGITS_FOR_LETTERS = /(?:\p{L}[0134578]+\p{L}|(?<![\p{L}\p{N}])[0134578]\p{L}{2})/u;
// "Os-ei", "Vesu vio": a capitalized piece and a lower-case piece that is no name particle.
const SPLIT_PIECE = /\p{Lu}\p{Ll}*[-\s.\u00b7_']+(\p{Ll}+)(?![\p{L}'])/gu;
const PARTICLES = new Set(
  "s de del della di da do dos das du des la le les el al bin ibn van von der den ten ter y e and of the for und et".split(
    " ",
  ),
);

/** The evasion techniques visible in a stored finding's text ("Ma&#114;ta" -> ["html-entity"]). */
export function evasionsOf(storedText: string): EvasionTag[] {
  const n = normalizeVisible(storedText);
  if (n.text.length === 0) return [];
  const tags = evasionsIn(n, 0, n.text.length);
  if (DIGITS_FOR_LETTERS.test(n.text)) tags.push("digits-for-letters");
  // Only in a mention-sized text: in prose "We moved" is two words, not one split.
  const pieces = n.text.split(/[-\s.\u00b7_']+/).filter(Boolean).length;
  if (pieces <= 4 && [...n.text.matchAll(SPLIT_PIECE)].some((m) => !PARTICLES.has(m[1]))) tags.push("split-word");
  return tags;
}
