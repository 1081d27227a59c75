// Markdown from speakers is rendered to HTML and sanitized: only formatting tags survive, links
// get rel="nofollow noopener" and only http(s)/mailto targets.
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const ALLOWED_TAGS = [
  "p",
  "br",
  "strong",
  "em",
  "code",
  "pre",
  "ul",
  "ol",
  "li",
  "blockquote",
  "a",
  "h3",
  "h4",
  "hr",
  "del",
];

// Rendering and sanitizing an abstract costs a few milliseconds of CPU, and every voter page view
// of an item renders the same text again. The result depends on the text alone (no user, no
// database state), so a bounded per-process memo is safe: a changed abstract is a different key.
const MEMO_ENTRIES = 2000;
const MEMO_MAX_SOURCE = 20_000;
const memo = new Map<string, string>();

/** Markdown to sanitized HTML; the same text renders from the memo (least recently used evicted). */
export function renderMarkdown(source: string): string {
  const hit = memo.get(source);
  if (hit !== undefined) {
    memo.delete(source);
    memo.set(source, hit);
    return hit;
  }
  const html = renderUncached(source);
  if (source.length <= MEMO_MAX_SOURCE) {
    memo.set(source, html);
    if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  }
  return html;
}

function renderUncached(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false }) as string;
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer", target: "_blank" }),
      h1: "h3",
      h2: "h3",
    },
  });
}

const DANGEROUS = /<\s*(script|iframe|style|object|embed|form|input|link|meta)\b|\bon[a-z]+\s*=|javascript\s*:/i;

/** Raw HTML that would be stripped anyway is refused up front, so the author knows. */
export function findDangerousMarkup(source: string): string | null {
  const m = DANGEROUS.exec(source);
  return m ? m[0].trim() : null;
}
