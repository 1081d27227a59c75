import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

const config: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() gives a real 403 page when a signed-in user lacks a role.
  // Server-action bodies up to 6 MB (the largest upload, a 5 MB member list, plus form fields), so
  // every input limit below it answers with its own field message; beyond it, a 413.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // Fixed security headers on everything, static files included; proxy.ts adds the per-request CSP.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default config;
