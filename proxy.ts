// Next.js 16 Proxy (the former middleware), on every page and API request: a fresh CSP nonce per
// request (Next.js reads it from the request's CSP header and puts it on its own scripts), the
// security headers, HSTS over https, and malformed paths refused before any route decodes them.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { contentSecurityPolicy, HSTS, newNonce, staticSecurityHeaders } from "./lib/security/headers";
import { checkActionBody } from "./lib/security/action-body";
import { actionShapeById } from "./lib/security/action-shapes";
import { isMalformedPath } from "./lib/security/path";

function isHttps(request: NextRequest): boolean {
  // Behind a TLS-terminating proxy the request arrives as http; NEXTAUTH_URL names the public URL.
  return request.nextUrl.protocol === "https:" || (env().NEXTAUTH_URL ?? "").startsWith("https://");
}

function refuse(status: number, message: string): NextResponse {
  const r = new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  for (const h of staticSecurityHeaders()) r.headers.set(h.key, h.value);
  r.headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  return r;
}

export async function proxy(request: NextRequest) {
  const https = isHttps(request);
  if (isMalformedPath(request.nextUrl.pathname)) return refuse(400, "Bad request: malformed URL path.");
  if (request.method === "POST" && request.headers.has("next-action")) {
    const verdict = await checkActionBody(request, actionShapeById(request.headers.get("next-action")!));
    if (!verdict.ok) return refuse(verdict.status, verdict.message);
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set(HSTS.key, HSTS.value);
  return response;
}

export const config = {
  matcher: [
    {
      // Static files get the fixed headers from next.config.ts; they need no nonce.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
    },
  ],
};
