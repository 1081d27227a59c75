// Turns an IdentityContext into matching rules (compiled once per context object).
// All rules run on the normalized view of the text (what renders, folded): see normalize.ts.

import { visibleSkeleton as fold } from "./normalize";
import { domainForms, nameFromEmail, organizationForms, type OrgForm } from "./identity-forms";
import {
  GENERIC_ORG_WORDS,
  isCommonWord,
  isEnglishWord,
  PROFILE_PREFIXES,
  SHARED_HOSTS,
  TECH_TERMS,
} from "./wordlists";
import { TextRegExp } from "./text-regexp";
import type { IdentityContext, RedactionKind } from "./types";

/**
 * How much capitalization a match needs before it counts as the person or organization:
 * - any: every case ("ANA LÓPEZ", "ana lópez")
 * - capitalized: first letter upper-case ("López", "LÓPEZ"; not "lópez")
 * - every-capitalized: each word starts upper-case (full names made only of common words)
 * - contextual: Title-cased, not sentence-initial, not in a title or heading ("... then Will shows")
 * - as-written: exactly as declared or all upper-case (short organization names like "SAP")
 * - obfuscated: the tolerant twin of a rule ("M4rt4", "Os-ei", "Vesu vio"): counts only where the
 *   exact rule would not match, i.e. digits stand for letters or separators split a word
 */
export type CaseRule = "any" | "capitalized" | "every-capitalized" | "contextual" | "as-written" | "obfuscated";

export type IdentityRule = {
  kind: RedactionKind;
  /** Compiled per text by `re.for(textChars(text))`: see text-regexp.ts. */
  re: TextRegExp;
  caseRule: CaseRule;
  /** Declared spelling (folded), for "as-written". */
  declared?: string;
  /** Organization names may be followed by a legal suffix ("Inc.") that belongs to the mention. */
  legalSuffix?: boolean;
  /** Names and organizations take a possessive ("Ana's", "Jones'"). */
  possessive?: boolean;
  /** A person's name: an honorific and initials before it belong to the mention ("Dr. K. Osei"). */
  person?: boolean;
  /** Which declared person the rule belongs to: a mention of them lets their other parts count. */
  personKey?: string;
  /** For "obfuscated": the exact spelling's pattern, anchored; a match it accepts is not obfuscated. */
  plain?: TextRegExp;
  /** For "obfuscated": obfuscationKey of each word; a text whose key lacks one cannot match. */
  needles?: string[];
  /** A single ordinary word or initialism: it counts only where it is not part of a longer name. */
  ambiguous?: boolean;
};

const B = "(?<![\\p{L}\\p{N}_@])"; // word start, not inside a handle
const E = "(?![\\p{L}\\p{N}_])"; // word end

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A name word as a pattern: apostrophes optional (O'Brien/OBrien), hyphens may be spaces (Jean-Luc/Jean Luc). */
function namePartPattern(part: string): string {
  return [...part].map((c) => (c === "'" ? "'?" : c === "-" ? "[-\\s]?" : escapeRe(c))).join("");
}

// Digits people use for letters ("M4rt4", "0sei", "K0walczyk").
const LEET: Record<string, string> = { a: "4", e: "3", i: "1", l: "1", o: "0", s: "5", t: "7", b: "8", g: "9" };
// What may split a word without changing what a reader reads: "Os-ei", "Vesu vio", "Giu.lia".
const SPLIT = "[-\\s._'\u00b7]?";

/** A word as a pattern that also matches it with digits for letters and one-character splits. */
function tolerantPattern(word: string): string {
  return [...word.replace(/['-]/g, "")]
    .map((c) => {
      const d = LEET[c.toLowerCase()];
      return d ? `[${escapeRe(c)}${d}]` : escapeRe(c);
    })
    .join(SPLIT);
}

/** Lower case, no separators, digits read as letters, "l" as "i": what every spelling of a word shares. */
export function obfuscationKey(s: string): string {
  const digit: Record<string, string> = {
    "4": "a",
    "3": "e",
    "1": "i",
    "0": "o",
    "5": "s",
    "7": "t",
    "8": "b",
    "9": "g",
  };
  return s
    .toLowerCase()
    .replace(/[-\s._'\u00b7]/g, "")
    .replace(/[01345789]/g, (d) => digit[d] ?? d)
    .replace(/l/g, "i");
}

function obfuscatedTwin(rule: IdentityRule, body: string, plainBody: string, words: string[]): IdentityRule {
  return {
    ...rule,
    // A cheap test before the regular expression: the words must all be in the text's key.
    needles: words.filter((w) => letters(w) > 1).map(obfuscationKey),
    re: new TextRegExp(B + body + E, "giu"),
    caseRule: "obfuscated",
    plain: new TextRegExp(`^(?:${plainBody})$`, "iu"),
    ambiguous: false,
  };
}

const LETTER = /\p{L}/u;

function letters(s: string): number {
  let n = 0;
  for (const c of s) if (LETTER.test(c)) n++;
  return n;
}

const HONORIFICS = new Set(["dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "phd", "jr", "sr"]);

/** "Dr. Ana Pérez (she/her)" -> ["Ana", "Perez"]. */
function nameTokens(name: string): string[] {
  return fold(name)
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s,]+/)
    .filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, "")))
    .map((t) => t.replace(/[^\p{L}\p{N}'-]/gu, "").replace(/^['-]+|['-]+$/g, ""))
    .filter((t) => t.length > 0);
}

/**
 * A name part that may be matched with digits for letters or split ("M4rt4", "Os-ei"): not an
 * ordinary word, and long enough that a look-alike spelling cannot happen by chance.
 */
const distinctPart = (p: string) => {
  const key = p.toLowerCase().replace(/['-]/g, "");
  return !isCommonWord(key) && (letters(p) >= 5 || (letters(p) >= 4 && !isEnglishWord(key)));
};

/** Which person a rule belongs to (one key per declared or e-mail-derived name). */
const personKeyOf = (name: string) => nameTokens(name).join(" ").toLowerCase();

function nameRules(name: string): IdentityRule[] {
  const rules: IdentityRule[] = [];
  const tokens = nameTokens(name);
  const lower = (t: string) => t.toLowerCase();
  const personKey = personKeyOf(name);
  // "F Alqahtani" (from f.alqahtani@...) is written "Faisal Al-Qahtani" or "F. Alqahtani".
  const initial = (t: string) => `${escapeRe(t)}(?:\\p{L}+|\\.)?`;
  const exact = (t: string) => (letters(t) === 1 ? initial(t) : namePartPattern(t));
  const loose = (t: string) =>
    letters(t) === 1 ? initial(t) : distinctPart(t) ? tolerantPattern(t) : namePartPattern(t);
  const full = (ts: string[]): IdentityRule[] => {
    const rule: IdentityRule = {
      kind: "NAME",
      re: new TextRegExp(B + ts.map(exact).join("\\s+") + E, "giu"),
      caseRule: ts.every((t) => isCommonWord(lower(t).replace(/['-]/g, ""))) ? "every-capitalized" : "any",
      possessive: true,
      person: true,
      personKey,
    };
    if (!ts.some(distinctPart)) return [rule];
    return [rule, obfuscatedTwin(rule, ts.map(loose).join("\\s+"), ts.map(exact).join("\\s+"), ts)];
  };
  if (tokens.length >= 2) rules.push(...full(tokens));
  // "Ana María López García" is also written "Ana López".
  if (tokens.length >= 3) rules.push(...full([tokens[0], tokens[tokens.length - 1]]));
  // "Wang Fang" for "Fang Wang", "Xiaoming Zhang" for "Zhang Xiaoming": either order.
  if (tokens.length === 2) rules.push(...full([tokens[1], tokens[0]]));
  const parts = new Set<string>();
  for (const t of tokens) {
    parts.add(t);
    if (t.includes("-")) for (const p of t.split("-")) parts.add(p);
  }
  for (const p of parts) {
    const key = lower(p).replace(/['-]/g, "");
    if (letters(p) < 3 || TECH_TERMS.has(key)) continue;
    const rule: IdentityRule = {
      kind: "NAME",
      re: new TextRegExp(B + namePartPattern(p) + E, "giu"),
      // "siobhán" and "OSEI" are the person; "sierra" and "bloom" are words unless capitalized.
      caseRule: isCommonWord(key) ? "contextual" : letters(p) >= 4 && !isEnglishWord(key) ? "any" : "capitalized",
      possessive: true,
      person: true,
      personKey,
    };
    rules.push(rule);
    if (distinctPart(p)) rules.push(obfuscatedTwin(rule, tolerantPattern(p), namePartPattern(p), [p]));
    if (letters(p) >= 4 && !isCommonWord(key)) rules.push(hashtagRule(p, "NAME"));
  }
  return rules;
}

/** "NimbusWorks" -> ["Nimbus", "Works"]; "Red Hat" -> ["Red", "Hat"]; "IBM" -> ["IBM"]. */
function orgTokens(core: string): string[] {
  return core
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((w) =>
      w.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u),
    )
    .filter(Boolean);
}

const GENERIC_ALT = [...GENERIC_ORG_WORDS].map((w) => w[0].toUpperCase() + w.slice(1)).join("|");

// Between the words of an organization: nothing, a space, hyphen, dot, underscore, or "&"/"and".
const ORG_SEP = "(?:\\s*&\\s*|\\s+and\\s+|[\\s\\-_.]?)";

function orgRule(form: OrgForm): IdentityRule[] {
  const tokens = orgTokens(fold(form.text));
  const joined = tokens.join("");
  if (joined.length < 2) return [];
  const allCommon = tokens.every((t) => isCommonWord(t.toLowerCase()));
  // "Borealis", "Marinha Verde": a word no English text uses. "Open Source", "Cliffs Edge": only
  // their capitals tell the organization from the words.
  const distinct = tokens.some(
    (t) => letters(t) >= 4 && !isCommonWord(t.toLowerCase()) && !isEnglishWord(t.toLowerCase()),
  );
  const single = tokens.length === 1 || !/\s/.test(form.text.trim());
  let caseRule: CaseRule;
  if (form.source === "acronym" || joined.length <= 3) caseRule = "as-written";
  else if (allCommon || (!distinct && /\s/.test(form.text.trim()))) caseRule = "every-capitalized";
  // A single word that is also an English word ("Borealis", "Sierra") must be capitalized.
  else if (single && (form.source !== "declared" || tokens.length === 1) && isEnglishWord(joined.toLowerCase()))
    caseRule = "capitalized";
  else caseRule = "any";
  const body = tokens.map(escapeRe).join(ORG_SEP);
  const main: IdentityRule = {
    kind: "ORGANIZATION",
    // Spacing/CamelCase variants: "NimbusWorks", "Nimbus Works", "nimbus-works", "Nimbus_Works".
    re: new TextRegExp(B + body + E, "giu"),
    caseRule,
    declared: joined,
    legalSuffix: true,
    possessive: true,
    ambiguous: form.ambiguous,
  };
  const rules: IdentityRule[] = [main];
  // "W1sla W0rks", "Vesu vio", "Adin-kra": a distinctive word, or several words, written to dodge.
  const twinnable = tokens.length >= 2 ? letters(joined) >= 6 : distinct || (letters(joined) >= 5 && !allCommon);
  if (form.source !== "acronym" && letters(joined) >= 4 && twinnable)
    rules.push(obfuscatedTwin(main, tokens.map(tolerantPattern).join(ORG_SEP), body, tokens));
  if (caseRule === "as-written" || allCommon) return rules;
  // A product or event named after the organization: "ZephyrOS", "MonsoonDB", "BorealisCon".
  const capitalized = tokens.map((t) => escapeRe(t[0].toUpperCase() + t.slice(1))).join(ORG_SEP);
  rules.push({
    kind: "ORGANIZATION",
    // ("NimbusData" is another company: a descriptive word after the name does not count.)
    re: new TextRegExp(`${B}${capitalized}(?=[\\p{Lu}\\p{N}])(?!(?:${GENERIC_ALT})${E})[\\p{L}\\p{N}]+${E}`, "gu"),
    caseRule: "any",
    possessive: true,
  });
  rules.push(
    caseRule === "every-capitalized"
      ? {
          kind: "HANDLE",
          re: new TextRegExp(
            `(?<![\\p{L}\\p{N}_&])#${tokens.map((t) => escapeRe(t[0].toUpperCase() + t.slice(1))).join("")}[\\p{L}\\p{N}_]*${E}`,
            "gu",
          ),
          caseRule: "any",
        }
      : hashtagRule(joined, "HANDLE"),
  );
  return rules;
}

/** "#ZephyrCon", "#zephyr2026", "#KwameOsei": a hashtag built on the name. */
function hashtagRule(word: string, kind: "NAME" | "HANDLE"): IdentityRule {
  return {
    kind: kind === "NAME" ? "HANDLE" : kind,
    re: new TextRegExp(`(?<![\\p{L}\\p{N}_&])#${namePartPattern(word)}[\\p{L}\\p{N}_]*${E}`, "giu"),
    caseRule: "any",
  };
}

function domainRule(domain: string, kind: "DOMAIN" | "URL"): IdentityRule | null {
  const d = domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[/?#].*$/, "")
    .replace(/\.$/, "");
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(d)) return null;
  return {
    kind,
    re: new TextRegExp(`(?<![\\w@.-])(?:[a-z0-9-]+\\.)*${escapeRe(d)}(?![\\w-]|\\.[a-z0-9])`, "gi"),
    caseRule: "any",
  };
}

function handleRule(handle: string): IdentityRule | null {
  const h = fold(handle).trim().replace(/^@/, "").split("@")[0];
  if (h.length < 3 || !/^[\p{L}\p{N}_.-]+$/u.test(h) || isCommonWord(h.toLowerCase())) return null;
  return {
    kind: "HANDLE",
    re: new TextRegExp(`(?<![\\p{L}\\p{N}_@.\\/-])@?${escapeRe(h)}(?![\\p{L}\\p{N}_-])`, "giu"),
    caseRule: "any",
  };
}

/** A personal site's host is identity; on a shared host (github.com/NAME) the account name is. */
function linkRules(link: string): IdentityRule[] {
  const m = /^(?:[a-z]+:\/\/)?(?:www\.)?([^/?#\s]+)(\/[^?#\s]*)?/i.exec(link.trim());
  if (!m) return [];
  const host = m[1].toLowerCase();
  if (!SHARED_HOSTS.has(host)) {
    const r = domainRule(host, "URL");
    return r ? [r] : [];
  }
  const segments = (m[2] ?? "").split("/").filter(Boolean);
  const account = segments.find((s) => !PROFILE_PREFIXES.has(s.toLowerCase()));
  const r = account ? handleRule(account) : null;
  return r ? [r] : [];
}

const cache = new WeakMap<IdentityContext, IdentityRule[]>();

/**
 * The rules of a name or an organization form, by their text: an import builds a context per
 * proposal, and the same organization (or co-speaker) recurs across rows. Rules are never changed
 * after they are built, so contexts can share them, compiled patterns included. Bounded.
 */
const RULES_KEPT = 2000;
const rulesByKey = new Map<string, IdentityRule[]>();
function memoRules(key: string, build: () => IdentityRule[]): IdentityRule[] {
  let rules = rulesByKey.get(key);
  if (rules) {
    rulesByKey.delete(key); // most recently used last
  } else {
    rules = build();
    if (rulesByKey.size >= RULES_KEPT) rulesByKey.delete(rulesByKey.keys().next().value!);
  }
  rulesByKey.set(key, rules);
  return rules;
}

export function compileIdentityRules(ctx: IdentityContext): IdentityRule[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const rules: IdentityRule[] = [];
  const names = new Set<string>();
  for (const s of ctx.speakers) {
    if (s.name.trim()) names.add(s.name);
    // A co-speaker known only by e-mail still has a name: kwame.osei@... is Kwame Osei.
    const fromEmail = s.email ? nameFromEmail(s.email) : null;
    if (fromEmail) names.add(fromEmail);
    const personKey = personKeyOf(s.name.trim() || fromEmail || "");
    for (const h of s.handles ?? []) {
      const r = handleRule(h);
      if (r) rules.push({ ...r, personKey });
    }
    for (const l of s.links ?? []) rules.push(...linkRules(l).map((r) => ({ ...r, personKey })));
  }
  for (const n of names) rules.push(...memoRules(`name\u0000${n}`, () => nameRules(n)));
  const forms = new Map<string, OrgForm>();
  const addForm = (f: OrgForm) => {
    const k = fold(f.text).toLowerCase();
    const prev = forms.get(k);
    // The declared spelling decides the case rule over a derived one.
    if (!prev || f.source === "declared") forms.set(k, f);
  };
  for (const o of ctx.organizations) {
    for (const v of [o.name, ...(o.aliases ?? [])]) organizationForms(v).forEach(addForm);
    for (const d of o.domains ?? []) {
      const r = domainRule(d, "DOMAIN");
      if (r) rules.push(r);
      domainForms(d).forEach(addForm);
    }
  }
  for (const f of forms.values())
    rules.push(...memoRules(`org\u0000${f.source}\u0000${f.ambiguous ? 1 : 0}\u0000${f.text}`, () => orgRule(f)));
  cache.set(ctx, rules);
  return rules;
}
