// Helpers for set-based writes in raw SQL (imports): one array parameter per column, expanded with
// unnest(), so a chunk of thousands of rows is one short statement on PostgreSQL and on PGlite alike
// (neither driver gives Prisma's adapters COPY, and a multi-row VALUES list would need a parameter
// per cell). Columns of type timestamp(3) hold UTC wall-clock times, as Prisma writes them.

import { randomBytes } from "node:crypto";

/** A Date as an array element for `$n::timestamptz[]`; null stays null. */
export const isoOrNull = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** SQL for a timestamptz expression stored into a timestamp(3) column, in UTC. */
export const utc = (expr: string): string => `((${expr}) AT TIME ZONE 'UTC')`;

let sequence = 0;

/**
 * n new primary keys that sort in the order they are made, across calls too: the time in
 * milliseconds (base 36, fixed width), a per-process sequence number and 8 random bytes, like
 * Prisma's cuid(). Inserted in bulk, they land at the right end of the primary-key index instead of
 * on a random page each (random UUIDs made every row of a chunk touch another index page).
 */
export function sortableIds(n: number): string[] {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = randomBytes(8 * n).toString("hex");
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    sequence = (sequence + 1) % 36 ** 6;
    ids[i] = `${time}${sequence.toString(36).padStart(6, "0")}${random.slice(16 * i, 16 * i + 16)}`;
  }
  return ids;
}
