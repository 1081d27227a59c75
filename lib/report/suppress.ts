// Small-cell suppression for the public transparency report: a count between 1 and 4 could point
// at a person (one rejected proposal from a small company, two voters who ...), so it is shown as
// "fewer than 5". Zero and counts of 5 or more are shown as they are.
export const MIN_CELL = 5;

export type Cell = { value: number | null; suppressed: boolean };

export function cell(n: number): Cell {
  return n > 0 && n < MIN_CELL ? { value: null, suppressed: true } : { value: n, suppressed: false };
}

export function showCell(c: Cell): string {
  return c.suppressed ? `<${MIN_CELL}` : String(c.value);
}

/** A share in percent, only when the count behind its numerator is not suppressed. */
export function share(part: number, whole: number): number | null {
  if (!whole || (part > 0 && part < MIN_CELL)) return null;
  return Math.round((part / whole) * 1000) / 10;
}
