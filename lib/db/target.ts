// Which database this process talks to, from DATABASE_URL (see DESIGN.md, "Database selection").
import path from "node:path";

export type DatabaseTarget = { kind: "pglite"; dir: string } | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = "./.data/pglite";

/**
 * unset -> PGlite in ./.data/pglite; pglite:///abs/dir or pglite://./rel/dir -> PGlite there;
 * postgres:// or postgresql:// -> PostgreSQL. Relative PGlite folders resolve against cwd.
 */
export function resolveDatabaseTarget(url: string | undefined, cwd: string): DatabaseTarget {
  if (!url) return { kind: "pglite", dir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { kind: "postgres", url };
  if (url.startsWith("pglite://")) {
    const rest = decodeURIComponent(url.slice("pglite://".length));
    if (rest === "" || rest === "/")
      throw new Error("DATABASE_URL pglite:// needs a folder, e.g. pglite://./.data/pglite");
    return { kind: "pglite", dir: path.isAbsolute(rest) ? rest : path.resolve(cwd, rest) };
  }
  throw new Error("DATABASE_URL must start with pglite://, postgres:// or postgresql://");
}

/** A description safe to print: never includes a password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite database in ${target.dir}`;
  const u = new URL(target.url);
  return `PostgreSQL at ${u.hostname || u.searchParams.get("host") || "localhost"}${u.port ? `:${u.port}` : ""}${u.pathname}`;
}
