// Turns an IdentityContext into matching rules (compiled once per context object).
// All rules run on folded text (accents removed, curly quotes straightened): see fold.ts.

import { fold } from "./fold";
import { isCommonWord, LEGAL_SUFFIX_KEYS, PROFILE_PREFIXES, SHARED_HOSTS, TECH_TERMS } from "./wordlists";
import type { IdentityContext, RedactionKind } from "./types";

/**
 * How much capitalization a match needs before it counts as the person or organization:
 * - any: every case ("ANA LÓPEZ", "ana lópez")
 * - capitalized: first letter upper-case ("López", "LÓPEZ"; not "lópez")
 * - every-capitalized: each word starts upper-case (full names made only of common words)
 * - contextual: Title-cased, not sentence-initial, not in a title or heading ("... then Will shows")
 * - as-written: exactly as declared or all upper-case (short organization names like "SAP")
 */
export type CaseRule = "any" | "capitalized" | "every-capitalized" | "contextual" | "as-written";

export type IdentityRule = {
  kind: RedactionKind;
  re: RegExp;
  caseRule: CaseRule;
  /** Declared spelling (folded), for "as-written". */
  declared?: string;
  /** Organization names may be followed by a legal suffix ("Inc.") that belongs to the mention. */
  legalSuffix?: boolean;
  /** Names and organizations take a possessive ("Ana's", "Jones'"). */
  possessive?: boolean;
};

const B = "(?<![\\p{L}\\p{N}_@])"; // word start, not inside a handle
const E = "(?![\\p{L}\\p{N}_])"; // word end

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A name word as a pattern: apostrophes optional (O'Brien/OBrien), hyphens may be spaces (Jean-Luc/Jean Luc). */
function namePartPattern(part: string): string {
  return [...part].map((c) => (c === "'" ? "'?" : c === "-" ? "[-\\s]?" : escapeRe(c))).join("");
}

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
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

function nameRules(name: string): IdentityRule[] {
  const rules: IdentityRule[] = [];
  const tokens = nameTokens(name);
  const lower = (t: string) => t.toLowerCase();
  const full = (ts: string[]): IdentityRule => ({
    kind: "NAME",
    re: new RegExp(B + ts.map(namePartPattern).join("\\s+") + E, "giu"),
    caseRule: ts.every((t) => isCommonWord(lower(t).replace(/['-]/g, ""))) ? "every-capitalized" : "any",
    possessive: true,
  });
  if (tokens.length >= 2) rules.push(full(tokens));
  // "Ana María López García" is also written "Ana López".
  if (tokens.length >= 3) rules.push(full([tokens[0], tokens[tokens.length - 1]]));
  const parts = new Set<string>();
  for (const t of tokens) {
    parts.add(t);
    if (t.includes("-")) for (const p of t.split("-")) parts.add(p);
  }
  for (const p of parts) {
    const key = lower(p).replace(/['-]/g, "");
    if (letters(p) < 3 || TECH_TERMS.has(key)) continue;
    rules.push({
      kind: "NAME",
      re: new RegExp(B + namePartPattern(p) + E, "giu"),
      caseRule: isCommonWord(key) ? "contextual" : "capitalized",
      possessive: true,
    });
  }
  return rules;
}

/** "NimbusWorks Inc." -> "NimbusWorks"; "The Linux Foundation" -> "Linux Foundation". */
export function stripLegalForm(name: string): string {
  let words = fold(name).trim().replace(/,/g, " ").split(/\s+/).filter(Boolean);
  if (words.length > 1 && words[0].toLowerCase() === "the") words = words.slice(1);
  while (words.length > 1) {
    const key = words[words.length - 1].toLowerCase().replace(/[^a-z]/g, "");
    if (!LEGAL_SUFFIX_KEYS.has(key) && words[words.length - 1] !== "&") break;
    words = words.slice(0, -1);
  }
  return words.join(" ");
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

function orgRule(variant: string): IdentityRule | null {
  const core = stripLegalForm(variant);
  const tokens = orgTokens(core);
  const joined = tokens.join("");
  if (joined.length < 2) return null;
  const caseRule: CaseRule =
    joined.length <= 3
      ? "as-written"
      : tokens.every((t) => isCommonWord(t.toLowerCase()))
        ? "every-capitalized"
        : "any";
  return {
    kind: "ORGANIZATION",
    // Spacing/CamelCase variants: "NimbusWorks", "Nimbus Works", "nimbus-works", "Nimbus_Works".
    re: new RegExp(B + tokens.map(escapeRe).join("[\\s\\-_.&]?") + E, "giu"),
    caseRule,
    declared: joined,
    legalSuffix: true,
    possessive: true,
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
    re: new RegExp(`(?<![\\w@.-])(?:[a-z0-9-]+\\.)*${escapeRe(d)}(?![\\w-]|\\.[a-z0-9])`, "gi"),
    caseRule: "any",
  };
}

function handleRule(handle: string): IdentityRule | null {
  const h = fold(handle).trim().replace(/^@/, "").split("@")[0];
  if (h.length < 3 || !/^[\p{L}\p{N}_.-]+$/u.test(h) || isCommonWord(h.toLowerCase())) return null;
  return {
    kind: "HANDLE",
    re: new RegExp(`(?<![\\p{L}\\p{N}_@.\\/-])@?${escapeRe(h)}(?![\\p{L}\\p{N}_-])`, "giu"),
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

export function compileIdentityRules(ctx: IdentityContext): IdentityRule[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const rules: IdentityRule[] = [];
  for (const s of ctx.speakers) {
    rules.push(...nameRules(s.name));
    for (const h of s.handles ?? []) {
      const r = handleRule(h);
      if (r) rules.push(r);
    }
    for (const l of s.links ?? []) rules.push(...linkRules(l));
  }
  for (const o of ctx.organizations) {
    for (const v of [o.name, ...(o.aliases ?? [])]) {
      const r = orgRule(v);
      if (r) rules.push(r);
    }
    for (const d of o.domains ?? []) {
      const r = domainRule(d, "DOMAIN");
      if (r) rules.push(r);
    }
  }
  cache.set(ctx, rules);
  return rules;
}
