// Stand-in redaction for the demo seed (the real engine lives in lib/anonymize): replaces the
// speakers' full, first and last names and their organization names, case-insensitively, and
// reports each replacement with offsets in the original text.
export type SeedRedactionTerm = { text: string; kind: "NAME" | "ORGANIZATION"; replacement: string };
export type SeedRedactionFinding = { kind: "NAME" | "ORGANIZATION"; text: string; start: number; end: number; replacement: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Terms for one person: full name, first and last name (the longest match wins). */
export function personTerms(fullName: string): SeedRedactionTerm[] {
  const parts = fullName.split(/\s+/).filter((w) => w.length >= 2);
  const names = [fullName, ...(parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [])];
  return names.map((text) => ({ text, kind: "NAME", replacement: "[speaker]" }));
}

export function organizationTerms(names: string[]): SeedRedactionTerm[] {
  return names.filter((n) => n.trim().length >= 2).map((text) => ({ text, kind: "ORGANIZATION", replacement: "[organization]" }));
}

export function redactSeedText(text: string, terms: SeedRedactionTerm[]): { text: string; findings: SeedRedactionFinding[] } {
  const hits: SeedRedactionFinding[] = [];
  for (const term of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.text)}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) {
      hits.push({ kind: term.kind, text: m[0], start: m.index, end: m.index + m[0].length, replacement: term.replacement });
    }
  }
  // Longest first at each position, then drop overlaps.
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const findings: SeedRedactionFinding[] = [];
  let cursor = 0;
  for (const h of hits) {
    if (h.start < cursor) continue;
    findings.push(h);
    cursor = h.end;
  }
  let out = "";
  let last = 0;
  for (const f of findings) {
    out += text.slice(last, f.start) + f.replacement;
    last = f.end;
  }
  return { text: out + text.slice(last), findings };
}
