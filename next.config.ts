import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() gives a real 403 page when a signed-in user lacks a role.
  experimental: { authInterrupts: true },
};

export default config;
