import "server-only";
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { db } from "../db/client";
import { env } from "../env";
import { clientAddressFrom } from "../rate-limit/client-address";
import { enforceRateLimit, type LimitRefusal } from "../rate-limit/enforce";
import { authOptions } from "./options";
import { safeReturnPath } from "./safe-redirect";
import { identityOf, isSessionCurrent } from "./session-version";

// The /api/auth/* route around next-auth: what next-auth does not do itself. Sign-in e-mails are
// rate-limited (per address, and per client address behind a trusted proxy) before next-auth
// sends anything; unknown providers and wrong methods get 404/405 instead of an exception; the
// session endpoint honours revoked sessions like every page does.

type Context = { params: Promise<{ nextauth?: string[] }> };

const ACTIONS = new Set(["signin", "signout", "callback", "session", "csrf", "providers", "verify-request", "error"]);

function normalizeEmail(value: string): string {
  return value.trim().toLowerCase().split(",")[0]!.slice(0, 320);
}

function refusalResponse(refusal: LimitRefusal, which: "address" | "client", json: boolean, callbackUrl: string) {
  const query = new URLSearchParams({
    error: "EmailRateLimited",
    limit: which,
    retryAfter: String(Math.ceil(refusal.retryAfterMs / 1000)),
    callbackUrl: safeReturnPath(callbackUrl),
  });
  const url = `/signin?${query}`;
  const retryAfter = String(Math.ceil(refusal.retryAfterMs / 1000));
  if (json) return NextResponse.json({ url }, { status: 429, headers: { "Retry-After": retryAfter } });
  return new NextResponse(null, { status: 303, headers: { Location: url, "Retry-After": retryAfter } });
}

async function limitSignInEmail(req: Request): Promise<Response | null> {
  let form: FormData;
  try {
    form = await req.clone().formData();
  } catch {
    return NextResponse.json(
      { error: { code: "invalid_input", message: "Malformed sign-in request." } },
      { status: 400 },
    );
  }
  const email = form.get("email");
  if (typeof email !== "string" || email.trim() === "") return null; // next-auth answers this itself
  const json = form.get("json") === "true";
  const callbackUrl = String(form.get("callbackUrl") ?? "/");
  const client = clientAddressFrom(req.headers, env().TRUST_PROXY);
  if (client) {
    const refused = await enforceRateLimit("signInEmailPerClient", client);
    if (refused) return refusalResponse(refused, "client", json, callbackUrl);
  }
  const refused = await enforceRateLimit("signInEmailPerAddress", normalizeEmail(email));
  return refused ? refusalResponse(refused, "address", json, callbackUrl) : null;
}

/** Is this session JSON's cookie still valid (not revoked)? */
async function sessionIsCurrent(body: unknown): Promise<boolean> {
  const identity = identityOf((body as { user?: { id?: string; sv?: number } } | null)?.user);
  if (!identity) return true; // nothing to revoke
  const row = await db.user.findUnique({ where: { id: identity.userId }, select: { sessionVersion: true } });
  return isSessionCurrent(identity, row);
}

export async function handleAuthRequest(req: Request, context: Context): Promise<Response> {
  const segments = (await context.params).nextauth ?? [];
  const [action, provider] = segments;
  if (!action || !ACTIONS.has(action) || segments.length > 2) return new NextResponse("Not found", { status: 404 });
  if ((action === "signin" || action === "callback") && provider !== undefined) {
    // Provider factories keep the caller's settings (id included) under `options` until next-auth merges them.
    const p = authOptions().providers.find(
      (x) => ((x as { options?: { id?: string } }).options?.id ?? x.id) === provider,
    );
    if (!p) return new NextResponse("Not found", { status: 404 });
    // Credentials (the demo sign-in) answer only POST; next-auth throws on GET.
    if (p.type === "credentials" && req.method !== "POST")
      return new NextResponse("Method not allowed", { status: 405, headers: { Allow: "POST" } });
  }
  if (action === "signin" && provider === "email" && req.method === "POST") {
    const limited = await limitSignInEmail(req);
    if (limited) return limited;
  }
  const response: Response = await NextAuth(req as never, { params: { nextauth: segments } } as never, authOptions());
  if (action === "session" && req.method === "GET" && response.ok) {
    const body = await response
      .clone()
      .json()
      .catch(() => null);
    if (!(await sessionIsCurrent(body))) {
      const out = NextResponse.json({});
      for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"])
        out.cookies.set(name, "", { maxAge: 0, path: "/" });
      return out;
    }
  }
  return response;
}
