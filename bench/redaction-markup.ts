// The markup of the redaction corpora (bench/redaction-*-cases.ts):
//   {{KIND:text}}     an identity mention that must not reach voters
//   {{STRETCH:text}}  an encoding that does not render the identity (reported on its own)
//   <<text>>          an ordinary term that must survive unchanged

export type MarkedSpan = { start: number; end: number; kind: string; text: string };
export type MarkedField = { text: string; identity: MarkedSpan[]; keep: MarkedSpan[]; stretch: MarkedSpan[] };

/** Strips the markup and records the spans it marked (offsets index the stripped text). */
export function parseMarked(marked: string): MarkedField {
  let text = "";
  const out: MarkedField = { text: "", identity: [], keep: [], stretch: [] };
  const re = /\{\{([A-Z]+):([\s\S]*?)\}\}|<<([\s\S]*?)>>/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const inner = m[2] ?? m[3];
    const span = { start: text.length, end: text.length + inner.length, kind: m[1] ?? "KEEP", text: inner };
    (m[1] === "STRETCH" ? out.stretch : m[1] ? out.identity : out.keep).push(span);
    text += inner;
    last = m.index + m[0].length;
  }
  out.text = text + marked.slice(last);
  return out;
}
