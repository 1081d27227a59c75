// The ballot's progress bar: answered (scored or skipped) of assigned. Counts only.
export type BallotProgressValue = { total: number; answered: number; skipped: number };

export function BallotProgress({ progress, label }: { progress: BallotProgressValue; label: string }) {
  const pct = progress.total ? Math.round((progress.answered / progress.total) * 100) : 0;
  return (
    <div data-testid="ballot-progress">
      <div className="flex justify-between text-sm text-slate-700">
        <span data-testid="progress-text">
          {progress.answered} of {progress.total} answered{progress.skipped ? ` (${progress.skipped} skipped)` : ""}
        </span>
        <span className="tabular-nums">{pct}%</span>
      </div>
      <div
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.answered}
        aria-label={label}
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
