import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { requirePageRole } from "./page-guards";
import type { CurrentUser } from "./roles";

/**
 * The shared setup of every /admin/events/<slug>/... page: organizers only (sign-in first, 403
 * otherwise), then the event by slug with the page's own `select`, or a 404.
 */
export async function loadAdminEvent<S extends Prisma.EventSelect>(
  slug: string,
  subpath: string,
  select: S,
): Promise<{ user: CurrentUser; event: Prisma.EventGetPayload<{ select: S }> }> {
  const user = await requirePageRole("ORGANIZER", `/admin/events/${slug}${subpath}`);
  const event = await db.event.findUnique({ where: { slug }, select });
  if (!event) notFound();
  return { user, event: event as Prisma.EventGetPayload<{ select: S }> };
}
