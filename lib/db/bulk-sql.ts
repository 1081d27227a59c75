// Helpers for set-based writes in raw SQL (imports): one array parameter per column, expanded with
// unnest(), so a chunk of thousands of rows is one short statement on PostgreSQL and on PGlite alike
// (neither driver gives Prisma's adapters COPY, and a multi-row VALUES list would need a parameter
// per cell). Columns of type timestamp(3) hold UTC wall-clock times, as Prisma writes them.

/** A Date as an array element for `$n::timestamptz[]`; null stays null. */
export const isoOrNull = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** SQL for a timestamptz expression stored into a timestamp(3) column, in UTC. */
export const utc = (expr: string): string => `((${expr}) AT TIME ZONE 'UTC')`;
