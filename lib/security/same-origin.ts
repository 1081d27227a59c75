// Cross-site request forgery guard for cookie-authenticated JSON writes (route handlers; server
// actions have Next.js's own check). A write is accepted only when the browser says it comes from
// this site: the Origin header names the request's own host (or the public NEXTAUTH_URL behind a
// proxy), and the body is declared as JSON, which a cross-site form cannot send without a CORS
// preflight that Podium never answers. The session cookie is SameSite=Lax on top of that.

export type OriginVerdict = { ok: true } | { ok: false; status: 403 | 415; message: string };

export function checkSameOriginJson(request: Request, publicUrl: string | undefined): OriginVerdict {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("application/json"))
    return { ok: false, status: 415, message: "Send the body as application/json." };
  const origin = request.headers.get("origin");
  if (!origin) return { ok: false, status: 403, message: "Cross-site request refused: no Origin header." };
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return { ok: false, status: 403, message: "Cross-site request refused: malformed Origin header." };
  }
  const allowed = new Set<string>();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) allowed.add(host.toLowerCase());
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // an invalid NEXTAUTH_URL is refused at startup (lib/env.ts); nothing to add here
    }
  }
  return allowed.has(from.host.toLowerCase())
    ? { ok: true }
    : { ok: false, status: 403, message: "Cross-site request refused: the Origin is not this site." };
}
