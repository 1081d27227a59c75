// The one Prisma client of this process. The driver follows DATABASE_URL (lib/db/target.ts):
// PGlite in-process by default, PostgreSQL through a pg connection pool otherwise.
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "../env";
import { PrismaClient } from "./generated/client";
import { createPgPool } from "./pg-pool";
import { statementName } from "./prepared";
import { closePglite, openPglite } from "./pglite";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

type Holder = { client?: PrismaClient; target?: DatabaseTarget; pool?: Pool };
const holder = ((globalThis as unknown as { __podiumDb?: Holder }).__podiumDb ??= {});

export function currentTarget(): DatabaseTarget {
  holder.target ??= resolveDatabaseTarget(env().DATABASE_URL, process.cwd());
  return holder.target;
}

/**
 * Interactive-transaction defaults. PGlite is one connection: a transaction waits for the one
 * before it to finish (plain queries wait too), so Prisma's 2 s `maxWait` would fail a request
 * whenever another transaction (an import chunk, a ballot assignment under load) runs a little
 * longer. On PostgreSQL `maxWait` bounds the wait for a pooled connection at peak load.
 */
export const TRANSACTION_DEFAULTS = {
  pglite: { maxWait: 60_000, timeout: 30_000 },
  postgres: { maxWait: 15_000, timeout: 30_000 },
} as const;

function createClient(target: DatabaseTarget): PrismaClient {
  if (target.kind === "pglite") {
    return new PrismaClient({
      adapter: new PrismaPGlite(openPglite(target.dir)),
      transactionOptions: TRANSACTION_DEFAULTS.pglite,
    });
  }
  // Our pool keeps a connection after an ordinary statement error (lib/db/pg-pool.ts); the adapter
  // does not end a pool it was given, so closeDb ends it.
  const pool = createPgPool({ connectionString: target.url, max: env().DATABASE_POOL_SIZE });
  holder.pool = pool;
  // Hot statements are prepared once per connection (lib/db/prepared.ts); pg names them.
  const statementNameGenerator = (q: { sql: string }) => statementName(q.sql) as string;
  return new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator }),
    transactionOptions: TRANSACTION_DEFAULTS.postgres,
  });
}

/** The shared client, created on first use (never at import, so `next build` opens no database). */
export function getDb(): PrismaClient {
  holder.client ??= createClient(currentTarget());
  return holder.client;
}

/** `db.user.findMany()` etc.: a lazy view of getDb(). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the client and, for PGlite, the data folder. Used by the CLI and tests. */
export async function closeDb(): Promise<void> {
  const { client, target, pool } = holder;
  holder.client = undefined;
  holder.pool = undefined;
  if (client) await client.$disconnect();
  if (pool) await pool.end();
  if (target?.kind === "pglite") await closePglite(target.dir);
}

/** Points this process at another database (tests and CLI). Closes the current one first. */
export async function useDatabase(target: DatabaseTarget): Promise<void> {
  await closeDb();
  holder.target = target;
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
