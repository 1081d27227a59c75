// POST /speaker/preview: the live voter version of the proposal form (lib/proposals/preview.ts).
// A route handler rather than a server action: actions from one page run one at a time, so a slow
// preview would hold up the speaker's Save. Signed-in users only; it reads, never writes.
import { NextResponse } from "next/server";
import { z } from "zod";
import { failureResponse, withApiUser } from "@/lib/auth/api";
import { assertUser } from "@/lib/auth/roles";
import { failFromZod } from "@/lib/errors";
import { previewVoterVersion } from "@/lib/proposals/preview";
import { LIMITS } from "@/lib/proposals/schema";

const previewBody = z.object({
  title: z
    .string()
    .max(LIMITS.title * 4)
    .default(""),
  abstract: z
    .string()
    .max(LIMITS.abstract * 4)
    .default(""),
  coSpeakers: z.string().max(2000).default(""),
});

export async function POST(request: Request): Promise<Response> {
  return withApiUser(assertUser, async (user) => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return failureResponse({ ok: false, code: "invalid_input", message: "The preview request is not JSON." });
    }
    const parsed = previewBody.safeParse(body);
    if (!parsed.success) return failureResponse(failFromZod(parsed.error));
    const preview = await previewVoterVersion(user, parsed.data);
    return NextResponse.json(preview, { headers: { "cache-control": "no-store" } });
  });
}
