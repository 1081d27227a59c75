// Runs the identity rules over folded text and applies the capitalization and context checks.

import { toStoredSpan, type Normalized } from "./normalize";
import { obfuscationKey, type CaseRule, type IdentityRule } from "./identity-rules";
import { textChars } from "./text-regexp";
import { GENERIC_ORG_WORDS, LEGAL_SUFFIXES } from "./wordlists";
import { PLACEHOLDER, type Candidate, type RedactionField } from "./types";

const SUFFIX_RE = new RegExp(
  `,?[ \\t]+(?:${LEGAL_SUFFIXES.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`,
  "uy",
);
const POSSESSIVE_RE = /'s(?![\p{L}\p{N}])/iuy;
const BARE_POSSESSIVE_RE = /'(?![\p{L}\p{N}'])/uy;

// Before a person's name: initials ("K.", "J.-P.") and an honorific ("Dr.", "Ms") are the mention too.
const INITIALS_RE = /(?<![\p{L}\p{N}])(?:\p{Lu}\.[ \t]*-?){1,3}$/u;
const HONORIFIC_RE =
  /(?<![\p{L}\p{N}])(?:dr|prof|mr|mrs|ms|mx|miss|sir|dame|herr|frau|mme|mlle|sr|sra|srta|dott|dra)\.?[ \t]+$/iu;

function personStart(f: string, idx: number): number {
  let start = idx;
  const before = f.slice(Math.max(0, idx - 24), idx);
  const initials = INITIALS_RE.exec(before);
  if (initials) start -= initials[0].length;
  const rest = f.slice(Math.max(0, start - 12), start);
  const honorific = HONORIFIC_RE.exec(rest);
  if (honorific) start -= honorific[0].length;
  return start;
}

/** "bOrEaLiS", "pARK": no one writes an ordinary word like that, so the case is deliberate. */
const deliberateCase = (m: string) => !isUpper(m[0]) && /\p{Lu}/u.test(m.slice(1)) && /\p{Ll}/u.test(m[0]);

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const words = (s: string) => s.split(/[\s\-_.&]+/).filter(Boolean);

/** Start of a sentence, paragraph, list item or heading: capitals there prove nothing. */
export function isSentenceInitial(f: string, idx: number): boolean {
  let i = idx - 1;
  let marker = false;
  while (i >= 0 && /[ \t*_>#"'(\[`-]/.test(f[i])) {
    if (/[*>#-]/.test(f[i]) && (i === 0 || /\s/.test(f[i - 1]))) marker = true;
    i--;
  }
  if (i < 0 || /[.!?:]/.test(f[i])) return true;
  if (f[i] !== "\n") return false;
  if (marker) return true;
  let j = i - 1;
  while (j >= 0 && /[ \t]/.test(f[j])) j--;
  return j < 0 || f[j] === "\n" || /[.!?:]/.test(f[j]);
}

function inHeading(f: string, idx: number): boolean {
  const lineStart = f.lastIndexOf("\n", idx - 1) + 1;
  return /^ {0,3}#/.test(f.slice(lineStart, lineStart + 4));
}

const SEPARATOR = /[-\s._'\u00b7]/u;

function caseAllows(
  rule: CaseRule,
  m: string,
  f: string,
  idx: number,
  field: RedactionField,
  declared?: string,
  plain?: RegExp,
): boolean {
  switch (rule) {
    case "obfuscated": {
      if (plain?.test(m)) return false;
      if ((m.match(/\p{L}/gu) ?? []).length < 2) return false;
      // Digits for letters are deliberate in any case; a split word must still read as a name.
      return /\p{N}/u.test(m) || (SEPARATOR.test(m) && isUpper(m[0]));
    }
    case "any":
      return true;
    case "capitalized":
      // "bOrEaLiS" is nobody's spelling of a common word: alternating case is deliberate.
      return isUpper(m[0]) || (/\p{Lu}/u.test(m.slice(1, -1)) && m !== m.toUpperCase());
    case "every-capitalized":
      return words(m).every((w) => isUpper(w[0]));
    case "as-written": {
      const bare = words(m).join("");
      return bare === declared || bare === bare.toUpperCase() || deliberateCase(m);
    }
    case "contextual":
      if (deliberateCase(m)) return true;
      return (
        field !== "TITLE" &&
        isUpper(m[0]) &&
        (m.length === 1 || m.slice(1) !== m.slice(1).toUpperCase()) &&
        !isSentenceInitial(f, idx) &&
        !inHeading(f, idx)
      );
  }
}

/** A word that looks like a proper name even in a Title Cased title: "MongoDB", "OCR". */
const NAME_LIKE_STRICT = /^(?:\p{Lu}{2,}[\p{L}\p{N}]*|\p{L}+\p{Lu}[\p{L}\p{N}]*)$/u;
const NAME_LIKE = /^\p{Lu}[\p{L}\p{N}]*$/u;

/**
 * "MongoDB Atlas", "Tesseract OCR", "IIT Bombay", "Blue-green": an ordinary word or initialism
 * that is part of a longer proper name, or of a compound with an ordinary word, is not the
 * organization it shortens.
 */
function insideLongerName(f: string, start: number, end: number, field: RedactionField): boolean {
  if (/^-\p{Ll}/u.test(f.slice(end, end + 2))) return true;
  const strict = field === "TITLE";
  const nameLike = (w: string) =>
    (strict ? NAME_LIKE_STRICT : NAME_LIKE).test(w) && !GENERIC_ORG_WORDS.has(w.toLowerCase());
  const next = /^[ \t]+([\p{L}\p{N}]+)/u.exec(f.slice(end, end + 40));
  if (next && nameLike(next[1]) && !LEGAL_SUFFIXES.includes(next[1])) return true;
  const prev = /([\p{L}\p{N}]+)[ \t]+$/u.exec(f.slice(Math.max(0, start - 40), start));
  if (!prev || !nameLike(prev[1])) return false;
  const prevAt = start - prev[0].length;
  // A capital at the start of a line (after a heading, in a list) proves nothing either.
  return prevAt > 0 && f[prevAt - 1] !== "\n" && !isSentenceInitial(f, prevAt);
}

// After a name part that is an ordinary word at the start of a sentence, these words show the
// ordinary word ("Will it scale?", "May we ..."), not the person.
const NOT_AFTER_NAME = new Set(
  "it this that these those you we they he she i the a an our your there be not all some any".split(" "),
);

export function detectIdentity(
  original: string,
  folded: Normalized,
  rules: IdentityRule[],
  field: RedactionField,
): Candidate[] {
  const f = folded.text;
  const out: Candidate[] = [];
  // Who is mentioned in this field, and the ordinary-word name parts held back until we know.
  const mentioned = new Set<string>();
  const heldBack: { rule: IdentityRule; m: RegExpMatchArray & { index: number } }[] = [];
  const accept = (rule: IdentityRule, m: RegExpMatchArray & { index: number }) => {
    if (rule.personKey) mentioned.add(rule.personKey);
    out.push(candidate(original, folded, rule, m));
  };
  let key: string | undefined;
  const chars = textChars(f);
  for (const rule of rules) {
    if (rule.needles) {
      key ??= obfuscationKey(f);
      if (!rule.needles.every((n) => key!.includes(n))) continue;
    }
    const re = rule.re.for(chars);
    re.lastIndex = 0;
    for (const m of f.matchAll(re)) {
      // "Dr. Tan", "Ms Whitfield": an honorific says it is the person, whatever the word.
      const titled = rule.person && HONORIFIC_RE.test(f.slice(Math.max(0, m.index - 12), m.index));
      if (!titled && !caseAllows(rule.caseRule, m[0], f, m.index, field, rule.declared, rule.plain?.for(chars))) {
        if (rule.caseRule === "contextual" && rule.personKey && field !== "TITLE") heldBack.push({ rule, m });
        continue;
      }
      // "Central Park" for Grace Park: an ordinary-word part inside another proper name is that name.
      const ordinary = rule.ambiguous || (rule.caseRule === "contextual" && !titled);
      if (ordinary && insideLongerName(f, m.index, m.index + m[0].length, field)) continue;
      accept(rule, m);
    }
  }
  // "Grace Baker found ... Baker ends with a checklist": once the person is named in the field
  // (by name or handle),
  // a capitalized ordinary-word part of their name at the start of a sentence is them too.
  for (const { rule, m } of heldBack) {
    if (!mentioned.has(rule.personKey!)) continue;
    const w = m[0];
    if (!isUpper(w[0]) || (w.length > 1 && w === w.toUpperCase()) || inHeading(f, m.index)) continue;
    const next = /^[ \t]+(\p{L}+)/u.exec(f.slice(m.index + w.length, m.index + w.length + 30));
    if (next && NOT_AFTER_NAME.has(next[1].toLowerCase())) continue;
    if (!next && !/^'s/u.test(f.slice(m.index + w.length))) continue;
    if (insideLongerName(f, m.index, m.index + w.length, field)) continue;
    out.push(candidate(original, folded, rule, m));
  }
  return out;
}

/** The stored span and placeholder of one accepted match (honorific, legal suffix, possessive included). */
function candidate(
  original: string,
  folded: Normalized,
  rule: IdentityRule,
  m: RegExpMatchArray & { index: number },
): Candidate {
  const f = folded.text;
  let end = m.index + m[0].length;
  const begin = rule.person ? personStart(f, m.index) : m.index;
  if (rule.legalSuffix) {
    SUFFIX_RE.lastIndex = end;
    const s = SUFFIX_RE.exec(f);
    if (s) {
      end += s[0].length;
      // "… NimbusWorks Inc. We build": the dot also ends the sentence; leave it to the prose.
      if (f[end - 1] === "." && (end === f.length || /^\s+(?:\p{Lu}|$)|^\n/u.test(f.slice(end, end + 3)))) end--;
    }
  }
  let replacement: string = PLACEHOLDER[rule.kind];
  if (rule.possessive) {
    POSSESSIVE_RE.lastIndex = end;
    BARE_POSSESSIVE_RE.lastIndex = end;
    const apostrophe = original[folded.origStart[end]] === "\u2019" ? "\u2019" : "'";
    if (POSSESSIVE_RE.test(f)) {
      replacement += apostrophe + f[end + 1]; // "ANA'S" -> "[speaker]'S"
      end += 2;
    } else if (/[sxz]$/i.test(f.slice(m.index, end)) && BARE_POSSESSIVE_RE.test(f)) {
      end += 1;
      replacement += `${apostrophe}s`;
    }
  }
  const [start, origEnd] = toStoredSpan(original, folded, begin, end);
  return { kind: rule.kind, start, end: origEnd, replacement };
}
