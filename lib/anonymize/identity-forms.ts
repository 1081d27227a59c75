// The spellings people actually use for an organization or a person, derived from what Podium was
// told: "Borealis Cloud Ltd" is also "Borealis Cloud" and "Borealis"; "Jade Peak Technologies
// Co., Ltd." is "Jade Peak" and "JPT"; kwame.osei@borealis.cloud names Kwame Osei of Borealis.

import nlp from "compromise";
import { visibleSkeleton as fold } from "./normalize";
import {
  FUNCTION_WORDS,
  GENERIC_ORG_WORDS,
  isCommonWord,
  isEnglishWord,
  LEADING_ORG_WORDS,
  LEGAL_PHRASE_RE,
  LEGAL_SUFFIX_KEYS,
  ROLE_MAILBOXES,
  TECH_TERMS,
} from "./wordlists";

export type OrgForm = {
  text: string;
  /** How the form was derived: decides how much capitalization a match needs. */
  source: "declared" | "short" | "first-word" | "acronym" | "domain";
  /**
   * A single word that is also an ordinary English word or an initialism ("Atlas" of Atlas
   * Fintech, "KTH"): inside a longer proper name ("MongoDB Atlas", "Tesseract OCR") it is
   * someone else's, so it counts only where it stands alone.
   */
  ambiguous?: boolean;
};

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const key = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** "NimbusWorks Inc." -> "NimbusWorks"; "The Linux Foundation" -> "Linux Foundation"; "Kolibri Labs sp. z o.o." -> "Kolibri Labs". */
export function stripLegalForm(name: string): string {
  let words = fold(name).trim().replace(LEGAL_PHRASE_RE, "").replace(/,/g, " ").split(/\s+/).filter(Boolean);
  if (words.length > 1 && words[0].toLowerCase() === "the") words = words.slice(1);
  // Legal forms written first: "PT Nusantara", "OOO Volga".
  if (words.length > 1 && ["pt", "ooo", "zao", "oao", "cv"].includes(key(words[0]))) words = words.slice(1);
  while (words.length > 1) {
    const last = words[words.length - 1];
    // "FZ-LLC", "(Pvt.)": every part a legal form.
    const parts = last.split(/[-/]/).map(key).filter(Boolean);
    if (last !== "&" && !(parts.length > 0 && parts.every((p) => LEGAL_SUFFIX_KEYS.has(p)))) break;
    words = words.slice(0, -1);
  }
  return words.join(" ");
}

/** Trailing descriptive words dropped one by one: "Mezcal Data Group" -> ["Mezcal Data", "Mezcal"]. */
function withoutGenericWords(core: string): string[] {
  const words = core.split(/\s+/);
  const out: string[] = [];
  while (words.length > 1 && GENERIC_ORG_WORDS.has(key(words[words.length - 1]))) {
    words.pop();
    // "KTH Royal Institute of Technology" -> "KTH Royal Institute", not "... Institute of".
    while (words.length > 1 && (words[words.length - 1] === "&" || FUNCTION_WORDS.has(key(words[words.length - 1]))))
      words.pop();
    out.push(words.join(" "));
  }
  return out;
}

/** A word that identifies on its own: not an ordinary word, technology or descriptive word. */
function distinctive(word: string): boolean {
  const k = key(word);
  return (
    letters(word) >= 4 &&
    !isCommonWord(k) &&
    !GENERIC_ORG_WORDS.has(k) &&
    !LEADING_ORG_WORDS.has(k) &&
    !TECH_TERMS.has(k)
  );
}

// compromise's answer per word, kept: the tagger costs about a millisecond a call.
const describing = new Map<string, boolean>();
function describes(word: string): boolean {
  let v = describing.get(word);
  if (v === undefined) {
    v = nlp(word).has("(#Adjective|#Demonym)");
    if (describing.size < 10_000) describing.set(word, v);
  }
  return v;
}

const isAcronym = (w: string) => /^\p{Lu}{2,5}$/u.test(w);

/** Every form of one declared organization name (or alias). */
export function organizationForms(name: string): OrgForm[] {
  const core = stripLegalForm(name);
  if (core === "") return [];
  const forms: OrgForm[] = [{ text: core, source: "declared" }];
  for (const s of withoutGenericWords(core)) forms.push({ text: s, source: "short" });
  // "Grupo Alcázar Digital" is "Alcázar Digital" and "Alcázar"; "The Linux Foundation" was handled above.
  let lead = core.split(/\s+/);
  while (lead.length > 1 && LEADING_ORG_WORDS.has(key(lead[0]))) lead = lead.slice(1);
  if (lead.join(" ") !== core) {
    const rest = lead.join(" ");
    forms.push({ text: rest, source: "short" });
    for (const s of withoutGenericWords(rest)) forms.push({ text: s, source: "short" });
  }
  const words = core.split(/\s+/).filter((w) => w !== "&");
  // "Meridian Bank" of "Meridian Bank of India": the name up to a descriptive word.
  for (let i = 1; i < words.length - 1; i++)
    if (GENERIC_ORG_WORDS.has(key(words[i]))) forms.push({ text: words.slice(0, i + 1).join(" "), source: "short" });
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length > 1) {
    // "Borealis" for "Borealis Cloud Ltd", "Fenwick" for "Fenwick & Daughters", and any other word
    // no English text uses: "Qingyun" of "Hangzhou Qingyun Software".
    // An English first word stands for the organization when it is a noun ("Atlas" of "Atlas
    // Fintech"); an adjective or a people's name only opens a description ("Indian Institute of
    // Technology Madras", "Blue Peak Analytics").
    words.forEach((w, i) => {
      // "Lagos" of "University of Lagos", "India" of "Meridian Bank of India": a place, not the name.
      if (!distinctive(w) || (i > 0 && FUNCTION_WORDS.has(key(words[i - 1])))) return;
      const english = isEnglishWord(key(w));
      if (!english) forms.push({ text: w, source: "first-word" });
      else if (i === 0 && !describes(w)) forms.push({ text: w, source: "first-word" });
    });
    // "KTH" of "KTH Royal Institute of Technology": the name already starts with its initialism.
    if (isAcronym(words[0])) forms.push({ text: words[0], source: "acronym" });
  }
  // "JPT" for "Jade Peak Technologies", "IITM" for "Indian Institute of Technology Madras":
  // initials of three or more words, small connecting words left out.
  const initials = content.filter((w) => /^\p{L}/u.test(w)).map((w) => w[0].toUpperCase());
  if (initials.length >= 3) {
    forms.push({ text: initials.join(""), source: "acronym" });
    // "IIT Madras": the initials of the descriptive words, then the distinctive last one.
    const last = content[content.length - 1];
    if (initials.length >= 4 && /^\p{Lu}\p{Ll}/u.test(last) && !GENERIC_ORG_WORDS.has(key(last)))
      forms.push({ text: `${initials.slice(0, -1).join("")} ${last}`, source: "short" });
  }
  return dedupe(forms).map((f) =>
    f.source !== "declared" && f.source !== "acronym" && !/\s/.test(f.text) && isEnglishWord(key(f.text))
      ? { ...f, ambiguous: true }
      : f,
  );
}

const PUBLIC_SUFFIX_SECOND = new Set(["co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic"]);

/** The registrable label of a domain: borealis.cloud -> borealis, fenwick.co.uk -> fenwick. */
export function domainLabel(domain: string): string | null {
  const labels = domain
    .toLowerCase()
    .replace(/^www\./, "")
    .split(".")
    .filter(Boolean);
  if (labels.length < 2) return null;
  const i =
    labels.length >= 3 && PUBLIC_SUFFIX_SECOND.has(labels[labels.length - 2]) ? labels.length - 3 : labels.length - 2;
  return labels[i] ?? null;
}

/** An organization's e-mail domain also names it: "zephyr-systems.jp" -> "zephyr systems". */
export function domainForms(domain: string): OrgForm[] {
  const label = domainLabel(domain);
  if (!label) return [];
  const words = label.split(/[-_]+/).filter(Boolean);
  const joined = words.join(" ");
  if (words.length === 1 && !distinctive(joined)) return [];
  const forms: OrgForm[] = [{ text: joined, source: "domain" }];
  for (const s of withoutGenericWords(joined)) forms.push({ text: s, source: "domain" });
  return dedupe(forms.filter((f) => f.text.split(" ").some(distinctive)));
}

/** kwame.osei@x -> "Kwame Osei"; k_osei@x -> "Osei"; info@x -> null. */
export function nameFromEmail(email: string): string | null {
  const local = email.split("@")[0]?.split("+")[0]?.toLowerCase() ?? "";
  const parts = local
    .split(/[._-]+/)
    .map((p) => p.replace(/\d+/g, ""))
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => ROLE_MAILBOXES.has(p))) return null;
  if (parts.length === 1 && (letters(parts[0]) < 4 || isCommonWord(parts[0]))) return null;
  const cap = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
  return parts.map(cap).join(" ");
}

function dedupe(forms: OrgForm[]): OrgForm[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = f.text.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
