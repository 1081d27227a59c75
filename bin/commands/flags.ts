import type { Failure } from "../../lib/errors";
import { db } from "../../lib/db/client";
import { CliError } from "../cli-error";

/**
 * A lib failure as one CLI line naming the flag the user typed: "Track slug must be ..." with
 * flags { slug: "--slug" } and labels { slug: "Track slug" } -> "--slug must be ...".
 */
export function flagMessage(
  failure: Failure,
  flags: Record<string, string | undefined>,
  labels: Record<string, string | undefined> = {},
): string {
  const field = failure.field;
  const flag = field ? flags[field] : undefined;
  const label = field ? labels[field] : undefined;
  if (flag && label && failure.message.startsWith(label)) return `${flag}${failure.message.slice(label.length)}`;
  return flag ? `${flag}: ${failure.message}` : failure.message;
}

/** The event of --event, or a one-line refusal naming the slug. */
export async function eventBySlugOrFail(slug: string) {
  const event = await db.event.findUnique({ where: { slug: slug.trim().toLowerCase() } });
  if (!event) throw new CliError(`--event: no event with slug "${slug}" (podium event:create makes one)`);
  return event;
}
