// GET /api/v1/events/:slug/ranking[?track=T&format=json|csv]: the event's ranking for its track
// chairs (their tracks only) and organizers (all tracks). Everyone else: 401/403 JSON.
import { NextResponse } from "next/server";
import { failureResponse, withApiUser } from "@/lib/auth/api";
import { assertUser } from "@/lib/auth/roles";
import { computeRankingFor, rankingToCsv } from "@/lib/ranking/compute";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return withApiUser(assertUser, async (user) => {
    const { slug } = await params;
    const query = new URL(request.url).searchParams;
    const result = await computeRankingFor(user, slug, { track: query.get("track") ?? undefined });
    if (!result.ok) return failureResponse(result);
    if (query.get("format") === "csv") {
      return new Response(rankingToCsv(result.ranking), {
        headers: { "content-type": "text/csv; charset=utf-8", "cache-control": "no-store" },
      });
    }
    return NextResponse.json(result.ranking, { headers: { "cache-control": "no-store" } });
  });
}
