// Used by Prisma's own CLI (generate; migrate deploy/status where its engine is available).
// Podium's runtime never reads this: lib/db chooses the driver from DATABASE_URL.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/podium" },
});
