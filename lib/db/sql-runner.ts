// Raw SQL access for the migration runner and the schema drift test: multi-statement scripts
// and catalog queries that Prisma's query API does not cover.
import pg from "pg";
import { openPglite } from "./pglite";
import type { DatabaseTarget } from "./target";

export type SqlRunner = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
};

export async function openSqlRunner(target: DatabaseTarget): Promise<SqlRunner> {
  if (target.kind === "pglite") {
    // Shares the process's PGlite instance with the Prisma client; closing is closeDb()'s job.
    const db = openPglite(target.dir);
    await db.waitReady;
    return {
      query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
      exec: async (sql) => {
        await db.exec(sql);
      },
      close: async () => {},
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as T[],
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}
