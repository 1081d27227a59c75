import type { ReactNode } from "react";

export type Highlight = { start: number; end: number; kind: string; replacement: string };

/** The original text with every finding marked (plain text, whitespace kept), so the author sees what goes. */
export function HighlightedText({ text, findings }: { text: string; findings: Highlight[] }) {
  const sorted = [...findings]
    .filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue; // overlapping finding: the first one wins
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(
      <mark
        key={`${f.start}-${f.end}`}
        title={`${f.kind.toLowerCase()} → ${f.replacement}`}
        data-testid="finding-mark"
        className="rounded bg-amber-200 px-0.5 text-slate-900"
      >
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className="whitespace-pre-wrap break-words">{parts}</span>;
}
