// Runs the identity rules over folded text and applies the capitalization and context checks.

import { toStoredSpan, type Normalized } from "./normalize";
import type { CaseRule, IdentityRule } from "./identity-rules";
import { LEGAL_SUFFIXES } from "./wordlists";
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

function caseAllows(
  rule: CaseRule,
  m: string,
  f: string,
  idx: number,
  field: RedactionField,
  declared?: string,
): boolean {
  switch (rule) {
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

export function detectIdentity(
  original: string,
  folded: Normalized,
  rules: IdentityRule[],
  field: RedactionField,
): Candidate[] {
  const f = folded.text;
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (const m of f.matchAll(rule.re)) {
      if (!caseAllows(rule.caseRule, m[0], f, m.index, field, rule.declared)) continue;
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
      out.push({ kind: rule.kind, start, end: origEnd, replacement });
    }
  }
  return out;
}
