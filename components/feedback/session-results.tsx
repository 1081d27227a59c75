import type { SessionResults as Results } from "@/lib/feedback/data";

/** Aggregate of a session's ratings; comments only when the caller may read them. */
export function SessionResults({ results, commentsNote }: { results: Results; commentsNote?: string }) {
  const max = Math.max(1, ...results.distribution);
  return (
    <div className="space-y-3" data-testid="session-results">
      <p className="text-sm text-slate-700">
        <span className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="session-average">
          {results.average === null ? "–" : results.average.toFixed(2)}
        </span>{" "}
        / 5 from{" "}
        <span className="tabular-nums" data-testid="session-count">
          {results.count}
        </span>{" "}
        rating{results.count === 1 ? "" : "s"}
      </p>
      <ul className="space-y-1 text-xs text-slate-600" aria-label="Ratings by value">
        {results.distribution.map((n, i) => (
          <li key={i} className="flex items-center gap-2">
            <span className="w-3 tabular-nums">{i + 1}</span>
            <span className="h-2 rounded bg-brand-600" style={{ width: `${(n / max) * 8}rem` }} aria-hidden />
            <span className="tabular-nums">{n}</span>
          </li>
        ))}
      </ul>
      {results.comments === null ? (
        commentsNote ? (
          <p className="text-xs text-slate-500">{commentsNote}</p>
        ) : null
      ) : results.comments.length ? (
        <ul className="space-y-2" data-testid="session-comments">
          {results.comments.map((c, i) => (
            <li key={i} className="rounded-md bg-slate-50 p-2 text-sm text-slate-800 ring-1 ring-inset ring-slate-200">
              {c}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-500">No comments.</p>
      )}
    </div>
  );
}
