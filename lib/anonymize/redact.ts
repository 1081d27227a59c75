// Entry points: find identity mentions in a proposal and build its anonymized text.

import { applyFindings, resolveOverlaps } from "./apply-findings";
import { codeSpans, detectEmails, detectHandles, detectPhones, detectUrls } from "./detect-patterns";
import { detectIdentity } from "./detect-identity";
import { normalizeVisible, toStoredSpan } from "./normalize";
import { compileIdentityRules } from "./identity-rules";
import type { Candidate, Finding, IdentityContext, RedactionField } from "./types";

// Text already redacted stays as it is: redacting twice changes nothing.
const PLACEHOLDER_RE = /\[(?:speaker|organization|email|link|handle|phone)\](?:['\u2019]s)?/g;

function overlapsAny(c: Candidate, spans: [number, number][]): boolean {
  return spans.some(([s, e]) => c.start < e && s < c.end);
}

export function redactText(
  text: string,
  ctx: IdentityContext,
  field: "TITLE" | "ABSTRACT",
): { text: string; findings: Finding[] } {
  const placeholders = [...text.matchAll(PLACEHOLDER_RE)].map((m): [number, number] => [
    m.index,
    m.index + m[0].length,
  ]);
  const code = codeSpans(text);
  // Everything is matched on what the voter will see (entities decoded, markup and invisible
  // characters gone, look-alike letters folded) and mapped back to exact stored spans.
  const seen = normalizeVisible(text);
  const stored = (c: Candidate): Candidate => {
    const [start, end] = toStoredSpan(text, seen, c.start, c.end);
    return { ...c, start, end };
  };
  const candidates: Candidate[] = [
    ...detectEmails(seen.text).map(stored),
    ...detectUrls(seen.text).map(stored),
    // In code, "@Override" and "0800 1234567" are code, not identity.
    ...detectHandles(seen.text)
      .map(stored)
      .filter((c) => !overlapsAny(c, code)),
    ...detectPhones(seen.text)
      .map(stored)
      .filter((c) => !overlapsAny(c, code)),
    ...detectIdentity(text, seen, compileIdentityRules(ctx), field as RedactionField),
  ];
  const findings: Finding[] = resolveOverlaps(text, candidates, placeholders).map((c) => ({
    field,
    kind: c.kind,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    replacement: c.replacement,
  }));
  return { text: applyFindings(text, findings), findings };
}

export function redactProposal(
  input: { title: string; abstract: string },
  ctx: IdentityContext,
): { anonymizedTitle: string; anonymizedAbstract: string; findings: Finding[] } {
  const title = redactText(input.title, ctx, "TITLE");
  const abstract = redactText(input.abstract, ctx, "ABSTRACT");
  return {
    anonymizedTitle: title.text,
    anonymizedAbstract: abstract.text,
    findings: [...title.findings, ...abstract.findings],
  };
}
