// Pure eligibility rule: may this user vote in this event, and if not, why (the voter sees the
// reason, so it names what to do, never anyone else's data).
import { normalizeEmail, normalizeEmailDomain } from "../orgs/normalize";

export type EligibilityMode = "VERIFIED_EMAIL" | "DOMAIN_ALLOWLIST" | "MEMBER_LIST";

export type EligibilityEvent = { eligibility: EligibilityMode; eligibleDomains: string[] };
export type EligibilityUser = { email: string; emailVerified: boolean };

export type EligibilityDecision = { eligible: true } | { eligible: false; reason: string };

/** True when `domain` is an allowed domain or a subdomain of one ("eu.acme.org" under "acme.org"). */
export function domainAllowed(domain: string, allowed: string[]): boolean {
  const d = normalizeEmailDomain(domain);
  return allowed.some((a) => {
    const n = normalizeEmailDomain(a);
    return n !== "" && (d === n || d.endsWith(`.${n}`));
  });
}

export function decideEligibility(
  event: EligibilityEvent,
  user: EligibilityUser,
  onMemberList: boolean,
): EligibilityDecision {
  if (!user.emailVerified) {
    return {
      eligible: false,
      reason: "Your e-mail address is not verified yet. Sign in with the link we e-mail you to verify it.",
    };
  }
  const email = normalizeEmail(user.email);
  if (event.eligibility === "DOMAIN_ALLOWLIST") {
    if (domainAllowed(normalizeEmailDomain(email), event.eligibleDomains)) return { eligible: true };
    const list = event.eligibleDomains.join(", ");
    return {
      eligible: false,
      reason: `Voting in this event is open to e-mail addresses at ${list || "the organizer's allowed domains"}. You are signed in as ${email}; sign in with an address at one of those domains.`,
    };
  }
  if (event.eligibility === "MEMBER_LIST") {
    if (onMemberList) return { eligible: true };
    return {
      eligible: false,
      reason: `Voting in this event is open to the organizer's member list, and ${email} is not on it. If you are a member, sign in with the address the organizer has, or ask the organizer to add you.`,
    };
  }
  return { eligible: true };
}
