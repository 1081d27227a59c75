// The second net: what assisted redaction cannot know. Redaction cuts only the identities Podium
// was told about; this looks at the VOTER version for anything else that reads like a person, an
// organization, an affiliation ("my team at Hooli"), or a disguised e-mail address or handle, and
// returns warnings for the speaker and the chair. Nothing is cut automatically: a proper noun is
// as often a technology or a city as it is a person. Part-of-speech tagging is compromise's.

import nlp from "compromise";
import { visibleSkeleton } from "./normalize";
import { TECH_TERMS } from "./wordlists";
import type { RedactionField } from "./types";

export type SecondNetKind = "PERSON" | "ORGANIZATION" | "AFFILIATION" | "EMAIL_LIKE" | "HANDLE_LIKE";
export type SecondNetWarning = { field: RedactionField; kind: SecondNetKind; text: string };

const AFFILIATION_PATTERNS = [
  "(my|our) (team|company|employer|startup|lab|group|firm|org|organization|organisation|department|agency|university) (at|in|called|named|is)? [#ProperNoun+]",
  "(i|we) (work|worked|am|are|was|were) (at|for|with) [#ProperNoun+]",
  "(here|we|us) at [#ProperNoun+]",
  "(i|we) (lead|led|run|ran|founded|co-founded|joined) [#ProperNoun+]",
];

// "jane dot doe at example dot com", "jane (at) example (dot) com", "jane [at] example.com"
const EMAIL_LIKE =
  /[\p{L}\p{N}._%+-]+(?:\s+(?:dot|DOT)\s+[\p{L}\p{N}_%+-]+)*\s*(?:[([{]\s*(?:at|@)\s*[)\]}]|\s(?:at|AT)\s)\s*[\p{L}\p{N}-]+(?:\s*(?:[([{]\s*(?:dot|\.)\s*[)\]}]|\s(?:dot|DOT)\s|\.)\s*[\p{L}\p{N}-]+)+/gu;
// "@ jdoe", "(at)jdoe", "on Twitter as jdoe", "Mastodon: jdoe@hachyderm"
const HANDLE_LIKE = [
  /(?<![\p{L}\p{N}])@\s+[A-Za-z0-9_]{3,}/gu,
  /\(at\)\s*[A-Za-z0-9_]{3,}/giu,
  /\b(?:twitter|x|mastodon|bluesky|github|gitlab|linkedin|instagram|threads|tiktok|youtube)\s*(?::|\bas\b|\bhandle\b)\s*@?[A-Za-z0-9_.-]{3,}/giu,
];

const isPlaceholderish = (s: string) => /\[|\]/.test(s);

function properNouns(text: string, field: RedactionField): SecondNetWarning[] {
  const doc = nlp(text);
  const out: SecondNetWarning[] = [];
  const add = (kind: SecondNetKind, raw: string) => {
    const t = raw.replace(/^[\s"'(]+|[\s"'),.;:!?]+$/g, "");
    if (t.length < 2 || isPlaceholderish(t) || !/\p{Lu}/u.test(t)) return;
    const words = t.split(/\s+/);
    // "Spring Boot service", "Rust HAL", "ONNX", "APIs": technology, not identity.
    if (kind !== "AFFILIATION" && words.some((w) => TECH_TERMS.has(w.toLowerCase().replace(/[^\p{L}]/gu, "")))) return;
    if (kind === "ORGANIZATION" && words.length === 1 && /^\p{Lu}{2,6}s?$/u.test(t)) return;
    out.push({ field, kind, text: t });
  };
  for (const p of doc.people().out("array") as string[]) add("PERSON", p);
  for (const o of doc.organizations().out("array") as string[]) add("ORGANIZATION", o);
  for (const pattern of AFFILIATION_PATTERNS) {
    for (const m of doc.match(pattern).out("array") as string[]) add("AFFILIATION", m);
  }
  return out;
}

function disguisedContacts(text: string, field: RedactionField): SecondNetWarning[] {
  const out: SecondNetWarning[] = [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(EMAIL_LIKE)) {
    // A real obfuscation uses at least one spelled-out "at"/"dot" or bracket.
    if (!/[([{]|\s(?:at|dot)\s/i.test(m[0])) continue;
    out.push({ field, kind: "EMAIL_LIKE", text: m[0].trim() });
    spans.push([m.index, m.index + m[0].length]);
  }
  for (const re of HANDLE_LIKE)
    for (const m of text.matchAll(re)) {
      if (spans.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
      out.push({ field, kind: "HANDLE_LIKE", text: m[0].replace(/[.,;:!?]+$/, "") });
    }
  return out;
}

/** Warnings about the voter version of a proposal (title and abstract as voters will read them). */
export function findUndeclaredIdentity(voter: { title: string; abstract: string }): SecondNetWarning[] {
  const all: SecondNetWarning[] = [];
  for (const [field, text] of [
    ["TITLE", voter.title],
    ["ABSTRACT", voter.abstract],
  ] as const) {
    // Tag what renders: entities decoded, markup and invisible characters gone.
    const seen = visibleSkeleton(text);
    all.push(...disguisedContacts(seen, field), ...properNouns(seen, field));
  }
  const seenKeys = new Set<string>();
  return all.filter((w) => {
    const k = `${w.field}:${w.text.toLowerCase()}`;
    if (seenKeys.has(k)) return false;
    seenKeys.add(k);
    return true;
  });
}

const KIND_TEXT: Record<SecondNetKind, string> = {
  PERSON: "looks like a person's name",
  ORGANIZATION: "looks like an organization",
  AFFILIATION: "says where someone works",
  EMAIL_LIKE: "looks like a disguised e-mail address",
  HANDLE_LIKE: "looks like a social media handle",
};

/** e.g. `Abstract: "my team at Hooli" says where someone works.` */
export function describeWarning(w: SecondNetWarning): string {
  return `${w.field === "TITLE" ? "Title" : "Abstract"}: "${w.text}" ${KIND_TEXT[w.kind]}.`;
}
