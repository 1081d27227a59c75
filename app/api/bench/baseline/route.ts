// The bare baseline of bench/http.ts: one Prisma write (POST) or one indexed read (GET) in the same
// server, no session, no checks. It exists only when PODIUM_BENCH_ROUTES is set (lib/env.ts allows
// that only with a loopback NEXTAUTH_URL); otherwise it answers 404 like any unknown path.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404 });

/** One indexed read: a ballot item by its unique handle. */
export async function GET(request: Request): Promise<Response> {
  if (!env().PODIUM_BENCH_ROUTES) return notFound();
  const handle = new URL(request.url).searchParams.get("handle") ?? "";
  const item = await db.ballotItem.findUnique({ where: { handle }, select: { position: true } });
  return Response.json({ ok: true, found: item !== null });
}

/** One write: a row in a table the app already has (bench/http.ts deletes its keys afterwards). */
export async function POST(): Promise<Response> {
  if (!env().PODIUM_BENCH_ROUTES) return notFound();
  await db.rateLimitBucket.create({ data: { key: `bench:${randomUUID()}`, windowStart: new Date(), count: 1 } });
  return Response.json({ ok: true });
}
