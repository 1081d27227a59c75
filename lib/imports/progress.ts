// Progress of a long import, printed to a stream (the CLI passes stderr). Only worth printing
// when someone watches (a terminal) or the file is long; otherwise it is noise in logs.

export type ProgressSink = { isTTY?: boolean; write: (chunk: string) => unknown };
export type ProgressCallback = (done: number, total: number) => void;

export const PROGRESS_MIN_ROWS = 500;

/** A callback that prints `label: 120/1000 rows (12%)` every 5% (every row on a small file), or a no-op. */
export function createProgressPrinter(sink: ProgressSink, label: string): ProgressCallback {
  let lastPercent = -1;
  return (done, total) => {
    if (!sink.isTTY && total <= PROGRESS_MIN_ROWS) return;
    if (total === 0) return;
    const percent = Math.floor((done / total) * 100);
    if (done !== total && percent < lastPercent + 5) return;
    lastPercent = percent;
    const text = `${label}: ${done}/${total} rows (${percent}%)`;
    // On a terminal the line is rewritten in place; in a log each report is its own line.
    if (sink.isTTY) sink.write(`\r${text}${done === total ? "\n" : ""}`);
    else sink.write(`${text}\n`);
  };
}
