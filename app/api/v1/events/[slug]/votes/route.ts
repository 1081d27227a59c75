// POST /api/v1/events/:slug/votes {handle, score, revision}: cast, change or skip one vote on the
// caller's own ballot (the voting page calls this). Same-site JSON only (CSRF), signed-in voters;
// lib/votes/cast-vote.ts checks window, scale, eligibility, ownership and the rate limit in its one
// statement. 200 {score, revision}; failures are {error: {code, message}} with the code's status.
import { failureResponse } from "@/lib/auth/api";
import { runSessionAction } from "@/lib/auth/action";
import { env } from "@/lib/env";
import { fail } from "@/lib/errors";
import { checkSameOriginJson } from "@/lib/security/same-origin";
import { castVote } from "@/lib/votes/cast-vote";
import { castVoteSchema } from "@/lib/votes/schema";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const origin = checkSameOriginJson(request, env().NEXTAUTH_URL);
  if (!origin.ok)
    return failureResponse(fail(origin.status === 415 ? "invalid_input" : "forbidden", origin.message), origin.status);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return failureResponse(fail("invalid_input", "The body is not valid JSON."));
  }
  const { slug } = await params;
  const input = typeof body === "object" && body !== null && !Array.isArray(body) ? { ...body, eventSlug: slug } : body;
  const r = await runSessionAction(castVoteSchema, input, (identity, data) =>
    castVote({ id: identity.userId, sessionVersion: identity.sessionVersion }, data),
  );
  if (!r.ok) return failureResponse(r);
  return Response.json({ score: r.score, revision: r.revision }, { headers: { "cache-control": "no-store" } });
}
