import "server-only";
import { NextResponse } from "next/server";
import { HTTP_STATUS, type Failure } from "../errors";
import { getCurrentUser } from "./current-user";
import { AuthError, type CurrentUser } from "./roles";

// The one wrapper for /api/v1 route handlers: caller and role checked here, in the handler,
// never by a page being hidden.

/** `status` overrides the code's usual one (a 415 for a body of the wrong type, say). */
export function failureResponse(f: Failure, status = HTTP_STATUS[f.code]): NextResponse {
  return NextResponse.json({ error: { code: f.code, message: f.message, fieldErrors: f.fieldErrors } }, { status });
}

export async function withApiUser(
  access: (user: CurrentUser | null) => CurrentUser,
  fn: (user: CurrentUser) => Promise<Response>,
): Promise<Response> {
  try {
    return await fn(access(await getCurrentUser()));
  } catch (e) {
    if (e instanceof AuthError) return failureResponse({ ok: false, code: e.code, message: e.message });
    throw e;
  }
}
