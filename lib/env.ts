// The only module that reads process.env. Every variable Podium understands is declared and
// validated here; a missing or malformed one stops start-up with a message that names it.
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const optionalUrl = (name: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || URL.canParse(v), { message: `${name} must be a URL` });

// Comma/space-separated e-mail addresses that are made ADMIN when they sign in.
const adminEmails = z
  .string()
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? "")
        .split(/[\s,;]+/)
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.every((e) => z.email().safeParse(e).success), {
    message: "PODIUM_ADMIN_EMAILS must be e-mail addresses separated by commas",
  });

const databaseUrl = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v))
  .refine((v) => v === undefined || /^(pglite|postgres|postgresql):\/\//.test(v), {
    message: "DATABASE_URL must start with pglite://, postgres:// or postgresql://",
  });

function isLoopbackUrl(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const host = new URL(url).hostname;
  return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
}

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: databaseUrl,
    /** Maximum connections per app instance when DATABASE_URL is PostgreSQL. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    DEMO_MODE: bool,
    NEXTAUTH_URL: optionalUrl("NEXTAUTH_URL"),
    NEXTAUTH_SECRET: z.string().optional(),
    EMAIL_FROM: z.string().default("Podium <no-reply@podium.local>"),
    SMTP_URL: optionalUrl("SMTP_URL"),
    OIDC_ISSUER: optionalUrl("OIDC_ISSUER"),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default("Single sign-on"),
    /**
     * Reverse proxies in front of Podium that append to X-Forwarded-For: unset/false = none (the
     * header is client-controlled and ignored), true = 1, or a number of hops.
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === "" || v === "false" || v === "0") return 0;
        if (v === "true") return 1;
        const n = Number(v);
        if (Number.isInteger(n) && n >= 1 && n <= 10) return n;
        ctx.addIssue({ code: "custom", message: "TRUST_PROXY must be true, false or a number of proxies (1-10)" });
        return z.NEVER;
      }),
    PODIUM_ADMIN_EMAILS: adminEmails,
    /** Enables the bare baseline routes under /api/bench (bench/http.ts only; never in a real deployment). */
    PODIUM_BENCH_ROUTES: bool,
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC needs all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
      });
    }
    if (env.NODE_ENV === "production" && !env.DEMO_MODE && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET is required in production (generate one with: openssl rand -base64 32)",
      });
    }
    if (env.PODIUM_BENCH_ROUTES && !isLoopbackUrl(env.NEXTAUTH_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["PODIUM_BENCH_ROUTES"],
        message:
          "PODIUM_BENCH_ROUTES is only for benchmarks on this machine: NEXTAUTH_URL must be http://127.0.0.1:PORT or http://localhost:PORT",
      });
    }
    if (env.NEXTAUTH_SECRET !== undefined && env.NEXTAUTH_SECRET.length < 16) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET must be at least 16 characters",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & {
  /** Secret for next-auth: the configured one, or a fixed development value outside production. */
  authSecret: string;
  smtpConfigured: boolean;
  oidcConfigured: boolean;
};

export class EnvError extends Error {}

/** Parses an environment (process.env by default) into Podium's settings, or throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "environment"}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  return {
    ...env,
    authSecret: env.NEXTAUTH_SECRET ?? "podium-development-secret-not-for-production",
    smtpConfigured: Boolean(env.SMTP_URL),
    oidcConfigured: Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET),
  };
}

let cached: Env | undefined;

/** Validated settings of this process, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** True in the Node.js server runtime (not Edge); used by instrumentation.ts. */
export function isNodeRuntime(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/** True while `next build` runs the app's modules (no server, no background work). */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
