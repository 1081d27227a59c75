// Identity-agnostic detectors: e-mail addresses, URLs, @handles and phone numbers.
// They run on the original text; every span they return indexes it directly.

import { PLACEHOLDER, type Candidate } from "./types";

const EMAIL_RE =
  /(?<![\w.+%-])(?:mailto:)?[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![\w-]|\.[A-Za-z0-9])/g;

// A URL never runs into a markdown destination: "[https://a.io](https://a.io)" is two URLs.
const SCHEME_URL_RE = /(?<![\w@.\/-])(?:(?:https?|ftp):\/\/|www\.)(?:(?!\]\()[^\s<>"'`])+/gi;
const BARE_URL_RE =
  /(?<![\w@.\/:-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+([A-Za-z]{2,})(?::\d{2,5})?\/(?:(?!\]\()[^\s<>"'`])*/g;

// A bare "host/path" needs an alphabetic TLD that is not a file extension ("index.js/", "main.rs/").
const FILE_EXTENSIONS = new Set(
  "js mjs cjs ts py rs go rb cs pl hs ml kt md mk cc cpp jsx tsx json yaml yml toml txt html css sh java php swift xml csv ini cfg conf log sql proto vue svelte lock zip gz tar png jpg svg pdf".split(
    " ",
  ),
);

const HANDLE_RE =
  /(?<![\w.@\/+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})?(?![\w\/@-])/g;

const PHONE_RES = [
  // International: +49 30 1234567, +1 (555) 123-4567, +44 20 7946 0958
  /(?<![\w.+\/-])\+\d{1,3}(?:[ .\-\u00a0]?\(?\d{1,5}\)?){1,6}(?![\w\/]|[.\-]\d)/g,
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567, 1-555-123-4567
  /(?<![\w.+\/-])(?:1[ .-])?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w\/]|[.\-]\d)/g,
  // National trunk prefix: 030 1234567, 0171-1234567, 020 7946 0958
  /(?<![\w.+\/-])0\d{1,4}[ \/-]\d{3,8}(?:[ -]\d{2,5})?(?![\w\/]|[.\-]\d)/g,
];

const TRAILING_PUNCT = /[.,;:!?'"*_~]/;

/** Trailing punctuation is prose, not URL; a closing bracket stays only if the URL opened it. */
function trimUrlEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const ch = text[end - 1];
    if (TRAILING_PUNCT.test(ch)) {
      end--;
      continue;
    }
    if (ch === ")" || ch === "]") {
      const open = ch === ")" ? "(" : "[";
      const body = text.slice(start, end);
      if (count(body, ch) > count(body, open)) {
        end--;
        continue;
      }
    }
    break;
  }
  return end;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function digits(s: string): number {
  return s.replace(/\D/g, "").length;
}

export function detectEmails(text: string): Candidate[] {
  return [...text.matchAll(EMAIL_RE)].map((m) => ({
    kind: "EMAIL" as const,
    start: m.index,
    end: m.index + m[0].length,
    replacement: PLACEHOLDER.EMAIL,
  }));
}

export function detectUrls(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SCHEME_URL_RE)) {
    const end = trimUrlEnd(text, m.index, m.index + m[0].length);
    if (end - m.index > "www.x".length) out.push({ kind: "URL", start: m.index, end, replacement: PLACEHOLDER.URL });
  }
  for (const m of text.matchAll(BARE_URL_RE)) {
    const tld = m[1].toLowerCase();
    if (FILE_EXTENSIONS.has(tld)) continue;
    out.push({
      kind: "URL",
      start: m.index,
      end: trimUrlEnd(text, m.index, m.index + m[0].length),
      replacement: PLACEHOLDER.URL,
    });
  }
  return out;
}

export function detectHandles(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HANDLE_RE)) {
    const name = m[0].slice(1).split("@")[0];
    // "@2x", "@10am" are not handles.
    if (name.length < 2 || !/[A-Za-z]/.test(name)) continue;
    out.push({ kind: "HANDLE", start: m.index, end: m.index + m[0].length, replacement: PLACEHOLDER.HANDLE });
  }
  return out;
}

export function detectPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of PHONE_RES) {
    for (const m of text.matchAll(re)) {
      let end = m.index + m[0].length;
      // A trailing unmatched ")" belongs to the prose: "(call +49 30 1234567)".
      if (text[end - 1] === ")" && count(m[0], ")") > count(m[0], "(")) end--;
      while (end > m.index && /[ .\-\u00a0]/.test(text[end - 1])) end--;
      const n = digits(text.slice(m.index, end));
      if (n < 8 || n > 15) continue;
      out.push({ kind: "PHONE", start: m.index, end, replacement: PLACEHOLDER.PHONE });
    }
  }
  return out;
}

/** Spans of inline code and fenced code blocks: handles and phone-like numbers there are code. */
export function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm))
    spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/`[^`\n]+`/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
