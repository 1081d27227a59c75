// Stands in for "server-only" under Vitest: lib modules are server code, and tests run on the server.
export {};
