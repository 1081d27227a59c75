import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

/** The message parseEnv throws for an environment, or undefined if it accepts it. */
function errorOf(source: Record<string, string | undefined>): string | undefined {
  try {
    parseEnv(source);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError);
    return (e as Error).message;
  }
}

describe("parseEnv", () => {
  it("accepts a minimal (empty) environment with defaults", () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.DEMO_MODE).toBe(false);
    expect(env.authSecret).toMatch(/not-for-production/);
    expect(env.oidcConfigured).toBe(false);
    expect(env.smtpConfigured).toBe(false);
  });

  it("accepts pglite and postgres DATABASE_URLs and a full OIDC config", () => {
    expect(parseEnv({ DATABASE_URL: "pglite:///tmp/x" }).DATABASE_URL).toBe("pglite:///tmp/x");
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@h/d" }).DATABASE_URL).toBe("postgresql://u:p@h/d");
    const oidc = parseEnv({ OIDC_ISSUER: "https://sso.example", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" });
    expect(oidc.oidcConfigured).toBe(true);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("rejects a DATABASE_URL with another scheme, naming the variable", () => {
    const message = errorOf({ DATABASE_URL: "mysql://localhost/podium" });
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/pglite:\/\/, postgres:\/\/ or postgresql:\/\//);
  });

  it.each([
    ["OIDC_ISSUER only", { OIDC_ISSUER: "https://sso.example" }],
    ["no issuer", { OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" }],
    ["no secret", { OIDC_ISSUER: "https://sso.example", OIDC_CLIENT_ID: "id" }],
  ])("rejects a partial OIDC config (%s), naming all three variables", (_label, source) => {
    const message = errorOf(source);
    expect(message).toMatch(/OIDC_ISSUER/);
    expect(message).toMatch(/OIDC_CLIENT_ID/);
    expect(message).toMatch(/OIDC_CLIENT_SECRET/);
  });

  it("rejects an OIDC_ISSUER that is not a URL", () => {
    const message = errorOf({ OIDC_ISSUER: "not a url", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" });
    expect(message).toMatch(/OIDC_ISSUER: OIDC_ISSUER must be a URL/);
  });

  it("requires NEXTAUTH_SECRET in production without DEMO_MODE", () => {
    const message = errorOf({ NODE_ENV: "production" });
    expect(message).toMatch(/NEXTAUTH_SECRET: NEXTAUTH_SECRET is required in production/);
  });

  it("allows production without NEXTAUTH_SECRET in DEMO_MODE, and with a secret", () => {
    expect(parseEnv({ NODE_ENV: "production", DEMO_MODE: "true" }).DEMO_MODE).toBe(true);
    const secret = "0123456789abcdef0123456789abcdef";
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it("rejects a short NEXTAUTH_SECRET, naming it", () => {
    expect(errorOf({ NEXTAUTH_SECRET: "short" })).toMatch(
      /NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 16 characters/,
    );
  });

  it("lists every malformed variable at once", () => {
    const message = errorOf({ DATABASE_POOL_SIZE: "0", DEMO_MODE: "yes", DATABASE_URL: "sqlite://x" });
    expect(message).toMatch(/DATABASE_POOL_SIZE:/);
    expect(message).toMatch(/DEMO_MODE:/);
    expect(message).toMatch(/DATABASE_URL:/);
  });

  it("rejects a malformed NEXTAUTH_URL, naming it", () => {
    expect(errorOf({ NEXTAUTH_URL: "not a url" })).toMatch(/NEXTAUTH_URL/);
  });

  it("allows the bench baseline routes only with a loopback NEXTAUTH_URL", () => {
    expect(parseEnv({ PODIUM_BENCH_ROUTES: "true", NEXTAUTH_URL: "http://127.0.0.1:3100" }).PODIUM_BENCH_ROUTES).toBe(
      true,
    );
    expect(parseEnv({}).PODIUM_BENCH_ROUTES).toBe(false);
    expect(errorOf({ PODIUM_BENCH_ROUTES: "true", NEXTAUTH_URL: "https://cfp.example.org" })).toMatch(
      /PODIUM_BENCH_ROUTES: .*loopback|PODIUM_BENCH_ROUTES: PODIUM_BENCH_ROUTES is only for benchmarks/,
    );
    expect(errorOf({ PODIUM_BENCH_ROUTES: "true" })).toMatch(/PODIUM_BENCH_ROUTES/);
    expect(errorOf({ PODIUM_BENCH_ROUTES: "yes" })).toMatch(/PODIUM_BENCH_ROUTES/);
  });

  it("reads PODIUM_ADMIN_EMAILS as a lower-cased list and rejects a non-address, naming it", () => {
    expect(parseEnv({}).PODIUM_ADMIN_EMAILS).toEqual([]);
    expect(
      parseEnv({ PODIUM_ADMIN_EMAILS: " Ada@Example.org, bob@x.org;ada@example.org " }).PODIUM_ADMIN_EMAILS,
    ).toEqual(["ada@example.org", "bob@x.org"]);
    expect(errorOf({ PODIUM_ADMIN_EMAILS: "ada@example.org, not-an-address" })).toMatch(/PODIUM_ADMIN_EMAILS/);
  });
});
