// The voting page's one write: POST /api/v1/events/:slug/votes (app/api/v1/events/[slug]/votes).
// Answers are the route's JSON; a network failure or an answer that is not ours becomes a message
// that says the vote was not saved, never an exception that would blank the page.
import type { CastVoteResult } from "@/lib/votes/cast-vote";

export type PostVoteResult = ({ ok: true } & CastVoteResult) | { ok: false; code: string; message: string };

const NOT_SAVED = "Your vote was not saved: the server could not be reached. Check your connection and try again.";

export async function postVote(
  eventSlug: string,
  vote: { handle: string; score: number | null; revision: number | null },
): Promise<PostVoteResult> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/events/${encodeURIComponent(eventSlug)}/votes`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(vote),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, code: "network", message: NOT_SAVED };
  }
  const body = (await res.json().catch(() => null)) as
    (CastVoteResult & { error?: undefined }) | { error: { code: string; message: string } } | null;
  if (res.ok && body && !body.error) return { ok: true, score: body.score, revision: body.revision };
  if (body?.error) return { ok: false, code: body.error.code, message: body.error.message };
  return {
    ok: false,
    code: "server",
    message: `Your vote was not saved (the server answered ${res.status}). Try again.`,
  };
}
