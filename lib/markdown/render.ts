// Markdown from speakers is rendered to HTML and sanitized on every render: only formatting
// tags survive, links get rel="nofollow noopener" and only http(s)/mailto targets.
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

export function renderMarkdown(source: string): string {
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
