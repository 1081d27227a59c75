// The hot statements (the vote, ballot assignment, the voter pages, the session's user) are fixed
// texts; on PostgreSQL each is prepared once per connection under its name, so the server parses
// it once and can reuse its plan, instead of parsing and planning a statement of a dozen CTEs on
// every request (planning alone measured 2-6 ms for the ballot statement). Only registered texts
// get a name: Prisma's own queries vary with their arguments (IN lists) and stay unnamed. PGlite
// has no named statements; there the registry is unused.
const names = new Map<string, string>();

/** Registers `sql` as the hot statement `name` and returns it unchanged. */
export function preparedSql(name: string, sql: string): string {
  const existing = names.get(sql);
  if (existing && existing !== `podium_${name}`) throw new Error(`preparedSql: ${name} repeats ${existing}`);
  names.set(sql, `podium_${name}`);
  return sql;
}

/** The prepared-statement name of a registered text, undefined (unnamed) for every other. */
export function statementName(sql: string): string | undefined {
  return names.get(sql);
}
