// Regular expressions with Unicode property classes, compiled cheaply for one text at a time.
//
// Every speaker and organization becomes ~20 rules whose word boundaries are classes like
// `(?<![\p{L}\p{N}_@])`. V8 builds each such class from the Unicode tables whenever it compiles a
// pattern (~0.1 ms per class, ~0.4 ms per rule), and a new speaker's rules are new patterns: that
// was 7-8 ms of CPU per imported proposal. A pattern only ever tests the characters of the string
// it runs on, so each property class can be replaced, for one text, by the explicit class of the
// ASCII characters it matches plus the text's own non-ASCII characters it matches (tested once with
// the original class and the same flags). On that text the two patterns accept exactly the same
// matches, case-insensitive ones included (a character matches a class under `i` when a
// case-variant is in it, and case-variants of a member are members of both). Most texts are ASCII
// only, so one compiled pattern per rule serves every text; compiling it takes ~0.03 ms.

/** The non-ASCII characters of a text, which decide how a pattern is specialized for it. */
export type TextChars = {
  /** The text's distinct non-ASCII code points in order, as a string ("" for ASCII-only text). */
  key: string;
  codePoints: number[];
  /** Specialized classes already built for this text, by class and flags. */
  classes: Map<string, string>;
};

export function textChars(text: string): TextChars {
  const set = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const cp = text.codePointAt(i)!;
    set.add(cp);
    if (cp > 0xffff) i++;
  }
  const codePoints = [...set].sort((a, b) => a - b);
  return { key: String.fromCodePoint(...codePoints), codePoints, classes: new Map() };
}

type Piece = string | { cls: string };

// One shared test per (class, flags): which ASCII characters it matches, and a one-character test.
type ClassInfo = { ascii: string; test: RegExp };
const classInfos = new Map<string, ClassInfo>();

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;

function classInfo(cls: string, flags: string): ClassInfo {
  const k = `${flags} ${cls}`;
  let info = classInfos.get(k);
  if (!info) {
    const test = new RegExp(`^${cls}$`, flags);
    let ascii = "";
    for (let c = 0; c < 0x80; c++) {
      if (!test.test(String.fromCharCode(c))) continue;
      // Runs become ranges: \u{30}-\u{39}.
      let end = c;
      while (end + 1 < 0x80 && test.test(String.fromCharCode(end + 1))) end++;
      ascii += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
      c = end;
    }
    info = { ascii, test };
    classInfos.set(k, info);
  }
  return info;
}

/**
 * Splits a `u` pattern into literal text and the character classes that use Unicode properties
 * (`[\p{L}\p{N}_]`, or a bare `\p{L}`). Negated classes and `\P{...}` stay literal (compiled as
 * written), so the rewrite never has to reason about complements.
 */
function splitSource(source: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0; // start of the literal text not yet pushed
  const cut = (start: number, end: number, cls: string) => {
    if (start > from) pieces.push(source.slice(from, start));
    pieces.push({ cls });
    from = end;
  };
  // Length of the escape starting at source[j] === "\\".
  const escapeAt = (j: number): number => {
    const c = source[j + 1];
    if ((c === "p" || c === "P" || c === "u") && source[j + 2] === "{") return source.indexOf("}", j) - j + 1;
    return 2;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      const n = escapeAt(i);
      if (source[i + 1] === "p" && source[i + 2] === "{") cut(i, i + n, `[${source.slice(i, i + n)}]`);
      i += n;
    } else if (c === "[") {
      let j = i + 1;
      let property = false;
      let complement = source[j] === "^"; // negated classes and \P{...} stay as written
      while (j < source.length && source[j] !== "]") {
        if (source[j] !== "\\") {
          j++;
          continue;
        }
        if (source[j + 1] === "p" && source[j + 2] === "{") property = true;
        if (source[j + 1] === "P" && source[j + 2] === "{") complement = true;
        j += escapeAt(j);
      }
      if (property && !complement) cut(i, j + 1, source.slice(i, j + 1));
      i = j + 1;
    } else i++;
  }
  if (from < source.length) pieces.push(source.slice(from));
  return pieces;
}

/** The pattern's compiled forms kept per text shape; a handful covers every text of a proposal. */
const MAX_FORMS = 8;

export class TextRegExp {
  // Split on first use: many rules never run (their needles are not in the text).
  private pieces: Piece[] | null | undefined;
  private readonly forms = new Map<string, RegExp>();

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The pattern specialized for `chars` (the text it will run on): same matches on that text. */
  for(chars: TextChars): RegExp {
    if (this.pieces === undefined) this.pieces = this.flags.includes("u") ? splitSource(this.source) : null;
    const pieces = this.pieces;
    const formKey = pieces && pieces.some((p) => typeof p !== "string") ? chars.key : "";
    let re = this.forms.get(formKey);
    if (re) return re;
    const source = pieces
      ? pieces.map((p) => (typeof p === "string" ? p : this.specialize(p.cls, chars))).join("")
      : this.source;
    re = new RegExp(source, this.flags);
    if (this.forms.size >= MAX_FORMS) this.forms.delete(this.forms.keys().next().value!);
    this.forms.set(formKey, re);
    return re;
  }

  private specialize(cls: string, chars: TextChars): string {
    const testFlags = this.flags.replace(/[gy]/g, "");
    const k = `${testFlags} ${cls}`;
    let out = chars.classes.get(k);
    if (out === undefined) {
      const info = classInfo(cls, testFlags);
      out = info.ascii;
      for (const cp of chars.codePoints) if (info.test.test(String.fromCodePoint(cp))) out += hex(cp);
      out = `[${out}]`;
      chars.classes.set(k, out);
    }
    return out;
  }
}
