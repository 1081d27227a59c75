// Evasion suite: ways a speaker can write their own name or organization so that a byte-level
// matcher misses it while a voter still reads it. Used by bench/redaction.ts (prints a table) and
// by lib/anonymize/evasion.test.ts (every technique must be caught). Frozen with the held-out set;
// digits-for-letters and the two splits were added in session 2 with the generalized matcher.

export type Evasion = { id: string; description: string; apply: (word: string) => string };

const CYRILLIC: Record<string, string> = {
  a: "\u0430",
  c: "\u0441",
  e: "\u0435",
  o: "\u043e",
  p: "\u0440",
  x: "\u0445",
  y: "\u0443",
  i: "\u0456",
  A: "\u0410",
  B: "\u0412",
  C: "\u0421",
  E: "\u0415",
  H: "\u041d",
  K: "\u041a",
  M: "\u041c",
  O: "\u041e",
  P: "\u0420",
  T: "\u0422",
  X: "\u0425",
};
const GREEK: Record<string, string> = {
  o: "\u03bf",
  A: "\u0391",
  B: "\u0392",
  E: "\u0395",
  Z: "\u0396",
  H: "\u0397",
  I: "\u0399",
  K: "\u039a",
  M: "\u039c",
  N: "\u039d",
  O: "\u039f",
  P: "\u03a1",
  T: "\u03a4",
  Y: "\u03a5",
  X: "\u03a7",
};

const mid = (w: string) => Math.max(1, Math.floor(w.length / 2));
const insertMid = (w: string, s: string) => w.slice(0, mid(w)) + s + w.slice(mid(w));
const between = (w: string, s: string) => [...w].join(s);
const mapChars = (w: string, f: (c: string) => string) => [...w].map(f).join("");
/** Replaces the character at the middle (or the first letter with a look-alike when none is). */
const replaceMid = (w: string, f: (c: string) => string) => w.slice(0, mid(w)) + f(w[mid(w)]) + w.slice(mid(w) + 1);
const lookalike = (table: Record<string, string>) => (w: string) => {
  const out = mapChars(w, (c) => table[c] ?? c);
  // Words without a look-alike letter (rare) get one forced on the first vowel-like letter.
  return out === w ? w.replace(/[aeoAEO]/, (c) => table[c] ?? c) : out;
};

export const EVASIONS: Evasion[] = [
  {
    id: "entity-decimal",
    description: "decimal HTML entity for one letter (Ma&#114;ta)",
    apply: (w) => replaceMid(w, (c) => `&#${c.codePointAt(0)};`),
  },
  {
    id: "entity-hex",
    description: "hexadecimal HTML entity for one letter (Ma&#x72;ta)",
    apply: (w) => replaceMid(w, (c) => `&#x${c.codePointAt(0)!.toString(16)};`),
  },
  {
    id: "entity-every-letter",
    description: "every letter as a numeric entity",
    apply: (w) => mapChars(w, (c) => (/\s/.test(c) ? c : `&#${c.codePointAt(0)};`)),
  },
  { id: "entity-named-shy", description: "named entity &shy; inside the word", apply: (w) => insertMid(w, "&shy;") },
  {
    id: "entity-named-zwsp",
    description: "named entity &ZeroWidthSpace; inside the word",
    apply: (w) => insertMid(w, "&ZeroWidthSpace;"),
  },
  {
    id: "entity-mixed-case",
    description: "alternating case plus an entity (mA&#82;tA)",
    apply: (w) =>
      replaceMid(
        mapChars(w, (c) => c),
        (c) => `&#${c.toUpperCase().codePointAt(0)};`,
      ).replace(/\p{L}/gu, (c, i: number) => (i % 2 ? c.toUpperCase() : c.toLowerCase())),
  },
  { id: "zero-width-space", description: "U+200B zero-width space inside", apply: (w) => insertMid(w, "\u200b") },
  { id: "zero-width-joiner", description: "U+200D zero-width joiner inside", apply: (w) => insertMid(w, "\u200d") },
  {
    id: "zero-width-non-joiner",
    description: "U+200C zero-width non-joiner between every letter",
    apply: (w) => between(w, "\u200c"),
  },
  { id: "word-joiner", description: "U+2060 word joiner inside", apply: (w) => insertMid(w, "\u2060") },
  { id: "bom", description: "U+FEFF byte-order mark inside", apply: (w) => insertMid(w, "\ufeff") },
  { id: "soft-hyphen", description: "U+00AD soft hyphen inside", apply: (w) => insertMid(w, "\u00ad") },
  { id: "bidi-marks", description: "U+200E/U+200F direction marks inside", apply: (w) => insertMid(w, "\u200e\u200f") },
  {
    id: "tag-characters",
    description: "invisible Unicode tag characters inside",
    apply: (w) => insertMid(w, "\u{e0041}\u{e0042}"),
  },
  { id: "hangul-filler", description: "U+3164 Hangul filler inside", apply: (w) => insertMid(w, "\u3164") },
  { id: "cyrillic", description: "Cyrillic look-alike letters (Маrtа)", apply: lookalike(CYRILLIC) },
  { id: "greek", description: "Greek look-alike letters", apply: lookalike(GREEK) },
  {
    id: "fullwidth",
    description: "full-width forms (Ｍａｒｔａ)",
    apply: (w) => mapChars(w, (c) => (c >= "!" && c <= "~" ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)),
  },
  {
    id: "math-bold",
    description: "mathematical bold letters",
    apply: (w) =>
      mapChars(w, (c) =>
        /[A-Z]/.test(c)
          ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)
          : /[a-z]/.test(c)
            ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)
            : c,
      ),
  },
  {
    id: "circled",
    description: "circled letters",
    apply: (w) =>
      mapChars(w, (c) =>
        /[A-Z]/.test(c)
          ? String.fromCodePoint(0x24b6 + c.charCodeAt(0) - 65)
          : /[a-z]/.test(c)
            ? String.fromCodePoint(0x24d0 + c.charCodeAt(0) - 97)
            : c,
      ),
  },
  {
    id: "markdown-bold-split",
    description: "Markdown bold splitting the word (Mar**ta**)",
    apply: (w) => insertMid(w, "**") + "**",
  },
  {
    id: "markdown-italic-split",
    description: "Markdown italics splitting the word (*Mar*ta)",
    apply: (w) => `*${w.slice(0, mid(w))}*${w.slice(mid(w))}`,
  },
  {
    id: "markdown-underscore-split",
    description: "underscores inside the word (Mar__ta__)",
    apply: (w) => insertMid(w, "__") + "__",
  },
  {
    id: "markdown-strike-empty",
    description: "empty strikethrough inside the word (Mar~~~~ta)",
    apply: (w) => insertMid(w, "~~~~"),
  },
  { id: "spaced-letters", description: "letters spaced out (M a r t a)", apply: (w) => between(w, " ") },
  { id: "dotted-letters", description: "letters separated by dots (M.a.r.t.a)", apply: (w) => between(w, ".") },
  { id: "hyphenated-letters", description: "letters separated by hyphens (M-a-r-t-a)", apply: (w) => between(w, "-") },
  {
    id: "nbsp-spaced-letters",
    description: "letters separated by no-break spaces",
    apply: (w) => between(w, "\u00a0"),
  },
  {
    id: "combining-marks",
    description: "combining marks on every letter (M̶a̶r̶t̶a̶)",
    apply: (w) => mapChars(w, (c) => c + "\u0336"),
  },
  { id: "backslash", description: "backslash inside the word (Mar\\ta)", apply: (w) => insertMid(w, "\\") },
  {
    id: "html-tag-inside",
    description: "inline HTML tags inside the word (Mar<span>ta</span>)",
    apply: (w) => `${w.slice(0, mid(w))}<span>${w.slice(mid(w))}</span>`,
  },
  {
    id: "html-empty-tag",
    description: "empty HTML element inside (Mar<b></b>ta)",
    apply: (w) => insertMid(w, "<b></b>"),
  },
  {
    id: "html-comment",
    description: "HTML comment inside (Mar<!-- x -->ta)",
    apply: (w) => insertMid(w, "<!-- x -->"),
  },
  {
    id: "line-break",
    description: "the word split by a soft line break inside emphasis (**Mar**\\n**ta**)",
    apply: (w) => `**${w.slice(0, mid(w))}**<br>**${w.slice(mid(w))}**`,
  },
  {
    id: "digits-for-letters",
    description: "digits for look-alike letters (M4rt4, 0sei)",
    apply: (w) => {
      const leet: Record<string, string> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };
      // Every second replaceable letter, so the word keeps letters a reader recognizes.
      let k = 0;
      return [...w].map((c) => (leet[c.toLowerCase()] && k++ % 2 === 0 ? leet[c.toLowerCase()] : c)).join("");
    },
  },
  {
    id: "split-by-space",
    description: "the word split by an ordinary space (Mar ta)",
    apply: (w) => `${w.slice(0, mid(w))} ${w.slice(mid(w))}`,
  },
  {
    id: "split-by-hyphen",
    description: "the word split by a hyphen (Os-ei)",
    apply: (w) => `${w.slice(0, mid(w))}-${w.slice(mid(w))}`,
  },
  {
    id: "combined",
    description: "Cyrillic letters, a zero-width space and bold emphasis together",
    apply: (w) => {
      const c = lookalike(CYRILLIC)(w);
      return `${c.slice(0, mid(c))}\u200b**${c.slice(mid(c))}**`;
    },
  },
];
