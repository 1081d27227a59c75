import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db/client";
import { env } from "../env";
import { findPersona } from "../demo/personas";
import { deliverEmail, enqueueEmail, isDevMailboxEnabled } from "../notifications/outbox";
import { safeReturnPath } from "./safe-redirect";
import { promoteConfiguredAdmin } from "../users/set-role";

type OidcProfile = { sub: string; email?: string; name?: string; preferred_username?: string };

function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const e = env();
  if (!e.oidcConfigured) return null;
  return {
    id: "oidc",
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    // The organizer's own SSO verifies e-mails; linking lets it claim users created by imports.
    allowDangerousEmailAccountLinking: true,
    profile: (p) => ({
      id: p.sub,
      email: p.email?.toLowerCase() ?? null,
      name: p.name ?? p.preferred_username ?? null,
    }),
  };
}

const demoProvider = CredentialsProvider({
  id: "demo",
  name: "Demo persona",
  credentials: { persona: { label: "Persona", type: "text" } },
  async authorize(credentials) {
    // Exists only in demo mode; checked at sign-in time too, not only when listing providers.
    if (!env().DEMO_MODE) return null;
    const key = credentials?.persona ?? "";
    if (!findPersona(key)) return null;
    const user = await db.user.findUnique({ where: { demoPersona: key } });
    return user ? { id: user.id, email: user.email, name: user.name } : null;
  },
});

function emailProvider() {
  return EmailProvider({
    // next-auth requires a server setting; sending is ours (through the outbox) below.
    server: env().SMTP_URL ?? "smtp://localhost:25",
    from: env().EMAIL_FROM,
    maxAge: 60 * 60,
    async sendVerificationRequest({ identifier, url }) {
      if (!env().smtpConfigured && !isDevMailboxEnabled()) {
        throw new Error("E-mail sign-in is not configured (set SMTP_URL).");
      }
      const host = new URL(url).host;
      const { id } = await enqueueEmail({
        to: identifier,
        kind: "magic_link",
        subject: `Sign in to Podium (${host})`,
        text: `Sign in to Podium:\n${url}\n\nThe link works once and expires in one hour. If you did not ask for it, ignore this e-mail.`,
        html: `<p>Sign in to Podium:</p><p><a href="${url}">Sign in</a></p><p>The link works once and expires in one hour. If you did not ask for it, ignore this e-mail.</p>`,
      });
      await deliverEmail(id);
    },
  });
}

let cached: NextAuthOptions | undefined;

/** next-auth settings, built on first use (never at import: `next build` has no runtime env). */
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

function buildAuthOptions(): NextAuthOptions {
  return {
    adapter: PrismaAdapter(db) as Adapter,
    // JWT sessions: the demo (credentials) provider cannot use database sessions. Roles are
    // never read from the token; lib/auth/current-user.ts loads them from the database per request.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    secret: env().authSecret,
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      emailProvider(),
      ...(env().DEMO_MODE ? [demoProvider] : []),
      ...[oidcProvider()].filter((p) => p !== null),
    ],
    events: {
      // PODIUM_ADMIN_EMAILS: a listed address becomes ADMIN when it signs in (lib/users/set-role).
      async signIn({ user }) {
        await promoteConfiguredAdmin(user.id, user.email, env().PODIUM_ADMIN_EMAILS);
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          // Read at sign-in only; lib/auth/session-version.ts compares it on every request.
          const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
          token.sv = row?.sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) {
          const u = session.user as { id?: string; sv?: number };
          u.id = token.sub;
          u.sv = typeof token.sv === "number" ? token.sv : 0;
        }
        return session;
      },
      // Every post-sign-in and post-sign-out destination passes the one redirect check.
      async redirect({ url, baseUrl }) {
        return `${baseUrl}${safeReturnPath(url, { origin: baseUrl })}`;
      },
    },
  };
}
