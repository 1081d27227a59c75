// Measures assisted redaction on a labelled synthetic corpus (bench/redaction-cases.ts):
// recall of identity mentions, precision of findings, must-keep terms wrongly redacted, speed.
// Run: npx tsx bench/redaction.ts

import { redactText, type Finding, type IdentityContext } from "../lib/anonymize";
import { HARD_CASES, PERSONAS, TEMPLATES } from "./redaction-cases";

type Span = { start: number; end: number; kind: string; text: string };
type Case = { id: string; ctx: IdentityContext; text: string; identity: Span[]; keep: Span[] };

/** Strips the {{KIND:...}} / <<...>> markup and records the spans it marked. */
function parse(id: string, ctx: IdentityContext, marked: string): Case {
  let text = "";
  const identity: Span[] = [];
  const keep: Span[] = [];
  const re = /\{\{([A-Z]+):([\s\S]*?)\}\}|<<([\s\S]*?)>>/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const inner = m[2] ?? m[3];
    const span = { start: text.length, end: text.length + inner.length, kind: m[1] ?? "KEEP", text: inner };
    (m[1] ? identity : keep).push(span);
    text += inner;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { id, ctx, text, identity, keep };
}

function buildCorpus(): Case[] {
  const cases: Case[] = [];
  PERSONAS.forEach((persona, pi) => {
    // Six of the ten templates per persona (rotating), with the full name as written.
    for (let k = 0; k < 6; k++) {
      const ti = (pi + k) % TEMPLATES.length;
      const name = persona.ctx.speakers[0].name;
      cases.push(parse(`p${pi}-t${ti}`, persona.ctx, TEMPLATES[ti](persona, name)));
    }
  });
  HARD_CASES.forEach((h, i) => cases.push(parse(`hard-${i}`, PERSONAS[h.persona].ctx, h.text)));
  return cases;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function covered(span: Span, findings: Finding[]): boolean {
  let pos = span.start;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start <= pos && f.end > pos) pos = f.end;
  }
  return pos >= span.end;
}

const corpus = buildCorpus();
const results = corpus.map((c) => ({ c, findings: redactText(c.text, c.ctx, "ABSTRACT").findings }));

let identityTotal = 0;
let identityFound = 0;
const byKind = new Map<string, { total: number; found: number }>();
const missed: string[] = [];
let findingsTotal = 0;
let findingsTrue = 0;
const falsePositives: string[] = [];
let keepTotal = 0;
let keepHit = 0;
const keepLost: string[] = [];

for (const { c, findings } of results) {
  for (const s of c.identity) {
    identityTotal++;
    const k = byKind.get(s.kind) ?? { total: 0, found: 0 };
    k.total++;
    if (covered(s, findings)) {
      identityFound++;
      k.found++;
    } else missed.push(`${c.id}: ${s.kind} "${s.text}"`);
    byKind.set(s.kind, k);
  }
  for (const f of findings) {
    findingsTotal++;
    if (c.identity.some((s) => overlaps(s, f))) findingsTrue++;
    else falsePositives.push(`${c.id}: ${f.kind} "${f.text}"`);
  }
  for (const s of c.keep) {
    keepTotal++;
    if (findings.some((f) => overlaps(s, f))) {
      keepHit++;
      keepLost.push(`${c.id}: "${s.text}"`);
    }
  }
}

// Speed: warm up, then time many passes over the whole corpus.
for (let i = 0; i < 20; i++) for (const c of corpus) redactText(c.text, c.ctx, "ABSTRACT");
const passes = 200;
const t0 = performance.now();
for (let i = 0; i < passes; i++) for (const c of corpus) redactText(c.text, c.ctx, "ABSTRACT");
const msPer = (performance.now() - t0) / (passes * corpus.length);
// A fresh context per call, as when each submission builds its own: includes compiling the rules.
const t1 = performance.now();
for (let i = 0; i < passes; i++) for (const c of corpus) redactText(c.text, structuredClone(c.ctx), "ABSTRACT");
const msPerCold = (performance.now() - t1) / (passes * corpus.length);
const avgChars = corpus.reduce((n, c) => n + c.text.length, 0) / corpus.length;

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
console.log(
  `Redaction bench: ${corpus.length} abstracts (avg ${avgChars.toFixed(0)} chars), ${identityTotal} identity mentions, ${keepTotal} must-keep terms`,
);
console.log(
  `recall (identity mentions fully redacted): ${identityFound}/${identityTotal} = ${pct(identityFound, identityTotal)}`,
);
for (const [kind, k] of [...byKind].sort())
  console.log(`  ${kind.padEnd(12)} ${k.found}/${k.total} = ${pct(k.found, k.total)}`);
console.log(
  `precision (findings that are identity): ${findingsTrue}/${findingsTotal} = ${pct(findingsTrue, findingsTotal)}`,
);
console.log(`must-keep terms wrongly redacted: ${keepHit}/${keepTotal} = ${pct(keepHit, keepTotal)}`);
console.log(
  `speed: ${msPer.toFixed(3)} ms per abstract with rules cached, ${msPerCold.toFixed(3)} ms with a fresh context (${passes} passes)`,
);
if (missed.length) console.log(`missed:\n  ${missed.join("\n  ")}`);
if (falsePositives.length) console.log(`false positives:\n  ${falsePositives.join("\n  ")}`);
if (keepLost.length) console.log(`must-keep lost:\n  ${keepLost.join("\n  ")}`);
