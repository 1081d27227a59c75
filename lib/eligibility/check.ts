// Eligibility against the database: reads the event's rule and, for member lists, the one entry.
import "server-only";
import { db } from "../db/client";
import { normalizeEmail } from "../orgs/normalize";
import { decideEligibility, type EligibilityDecision, type EligibilityEvent, type EligibilityUser } from "./rules";

export async function checkEligibility(
  event: EligibilityEvent & { id: string },
  user: EligibilityUser,
): Promise<EligibilityDecision> {
  const onList =
    event.eligibility === "MEMBER_LIST"
      ? (await db.eventVoterListEntry.count({ where: { eventId: event.id, email: normalizeEmail(user.email) } })) > 0
      : false;
  return decideEligibility(event, user, onList);
}

/** The same check by event slug (pages know slugs); null when there is no such event. */
export async function checkEligibilityBySlug(slug: string, user: EligibilityUser): Promise<EligibilityDecision | null> {
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, eligibility: true, eligibleDomains: true },
  });
  return event ? checkEligibility(event, user) : null;
}
