// The PostgreSQL connection pool, with one fix over pg-pool's own `pool.query`.
//
// @prisma/adapter-pg runs every statement outside a transaction through `pool.query(...)`, and
// pg-pool's query() releases the client with the query's error: `client.release(err)`. A release
// with any error DESTROYS the connection (pg-pool/index.js `_release`: `if (err || ...) _remove`),
// so a unique violation, a failed check constraint or a serialization failure (an ordinary,
// answered statement on a healthy connection) costs a new backend: TCP connect, authentication
// and a fork on the server. Under a burst of double submits that is one new backend per failure.
//
// Here query() checks out a client itself and gives it back healthy when PostgreSQL answered the
// statement with an error (a DatabaseError that is not FATAL/PANIC, connection still queryable);
// socket errors, timeouts and fatal errors still discard it. Transactions (pool.connect()) were
// never affected: the adapter releases those without the error.
import pg from "pg";

type QueryArgs = Parameters<pg.Pool["query"]>;

/** True when PostgreSQL answered with an error and the session is still usable. */
export function isAnsweredStatementError(e: unknown): boolean {
  return e instanceof pg.DatabaseError && e.severity !== "FATAL" && e.severity !== "PANIC";
}

export function createPgPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  // An idle connection can be cut by the server (a restart, an administrator's terminate, DROP
  // DATABASE ... WITH (FORCE) in tests). pg-pool then removes that client and emits 'error' on the
  // pool; without a listener that event would be an uncaught exception that ends the process.
  pool.on("error", (err) => {
    console.warn(
      `PostgreSQL closed an idle connection (${(err as Error & { code?: string }).code ?? err.message}); the pool opens a new one when needed.`,
    );
  });
  const keepOnStatementError = async (...args: QueryArgs) => {
    if (typeof args[args.length - 1] === "function") {
      throw new Error("createPgPool: callback-style pool.query is not supported");
    }
    const client = await pool.connect();
    // A checked-out client has no error listener of the pool's; a socket error during the query
    // must not become an unhandled 'error' event (pg-pool's own query() does the same).
    let broken: Error | undefined;
    const onError = (err: Error) => {
      broken = err;
    };
    client.on("error", onError);
    try {
      const result = await (client.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args);
      client.removeListener("error", onError);
      client.release(broken);
      return result;
    } catch (e) {
      client.removeListener("error", onError);
      client.release(broken ?? (isAnsweredStatementError(e) ? undefined : (e as Error)));
      throw e;
    }
  };
  (pool as unknown as { query: typeof keepOnStatementError }).query = keepOnStatementError;
  return pool;
}
