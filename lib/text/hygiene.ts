// Hygiene for every free-text field (proposal, profile, event, track/format, feedback, template,
// CSV import rows, the voter-version edit): one zod helper so every path refuses or normalizes
// the same characters with the same messages. See docs/decisions/004-anonymization.md.
//
// Refused (the author must fix the text; silently dropping could change what they meant):
//   - NUL and every other C0/C1 control character, except tab and newline in multi-line fields
//     (PostgreSQL cannot store NUL; the rest is invisible or moves the cursor)
//   - bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which
//     reorder how text renders: a title can display differently from what it says
//   - lone surrogates and non-characters (U+FFFE, U+FFFF): not text
// Normalized away (invisible, never needed in Podium's fields, and a way to hide a name):
//   - zero-width space, word joiner, byte-order mark, soft hyphen, Mongolian vowel separator,
//     invisible operators (U+2061-U+2064), Hangul filler letters and tag characters
//   - zero-width joiner/non-joiner between two Latin letters (they stay where scripts and emoji
//     need them: Persian, Indic scripts, family emoji)
//   - CRLF/CR line ends become LF; line and paragraph separators become LF (or a space)
// A field that must be seen (a title, a name) must contain at least one letter or digit.
import { z } from "zod";

const ALWAYS_DROP = /[\u200b\u2060\ufeff\u00ad\u180e\u2061-\u2064\u3164\uffa0]|\u{e0000}|[\u{e0001}-\u{e007f}]/gu;
const LATIN_JOINER = /(?<=\p{Script=Latin})[\u200c\u200d]+(?=\p{Script=Latin})/gu;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const NONCHAR = /[\ufffe\uffff]|\p{Cs}/u;

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

export type TextOptions = {
  /** Newlines and tabs allowed (abstracts, bios, descriptions). */
  multiline?: boolean;
  /** Must contain at least one visible letter or digit (titles, names). */
  visible?: boolean;
  /** Message when the value is missing or not a string (default "<label> must be text"). */
  error?: string;
};

/** The silent part: what every text field drops or rewrites before it is checked and stored. */
export function normalizeText(s: string, multiline = false): string {
  let out = s.replace(/\r\n?/g, "\n").replace(/[\u2028\u2029]/g, multiline ? "\n" : " ");
  out = out.replace(ALWAYS_DROP, "").replace(LATIN_JOINER, "");
  return multiline ? out : out.replace(/[\t\n]/g, " ");
}

/** Why `s` (already normalized) cannot be stored, or null. */
export function hostileCharacterReason(label: string, s: string, multiline = false): string | null {
  for (const ch of s) {
    const k = ch.codePointAt(0)!;
    if (k === 0) return `${label} contains a NUL character (U+0000), which is not allowed`;
    if ((k < 0x20 && !(multiline && (k === 0x0a || k === 0x09))) || (k >= 0x7f && k <= 0x9f))
      return `${label} contains a control character (${hex(ch)}), which is not allowed`;
    if (BIDI.test(ch))
      return `${label} contains a text-direction control (${hex(ch)}) that changes how it displays; remove it`;
    if (NONCHAR.test(ch)) return `${label} contains an invalid character (${hex(ch)})`;
  }
  return null;
}

/** True when `s` shows something: at least one letter, digit or symbol that is not blank. */
export function hasVisibleText(s: string): boolean {
  // Blank "letters" (Hangul fillers) and the Braille blank show nothing.
  return /[\p{L}\p{N}]/u.test(s.replace(/[\u115f\u1160\u3164\uffa0]/g, ""));
}

/**
 * A string field with hygiene applied: normalize, then refuse what cannot be stored. Returns a
 * ZodString, so callers go on with .trim().min().max() as usual.
 */
export function textField(label: string, opts: TextOptions = {}) {
  return z
    .string({ error: opts.error ?? `${label} must be text` })
    .overwrite((s) => normalizeText(s, opts.multiline))
    .check((ctx) => {
      const reason = hostileCharacterReason(label, ctx.value, opts.multiline);
      if (reason) ctx.issues.push({ code: "custom", message: reason, input: ctx.value });
      else if (opts.visible && ctx.value.trim() !== "" && !hasVisibleText(ctx.value))
        ctx.issues.push({
          code: "custom",
          message: `${label} must contain visible letters or digits`,
          input: ctx.value,
        });
    });
}
