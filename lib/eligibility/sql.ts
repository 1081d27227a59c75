// The eligibility rule of rules.ts (decideEligibility) as a SQL condition, for the hot statements
// that gate on it in the database (the vote, ballot assignment). When such a statement refuses,
// the caller explains the refusal with decideEligibility on the facts it returned; an integration
// test (lib/votes/cast-vote.int.test.ts) compares the two case by case.
import { normalizeEmailDomain } from "../orgs/normalize";

/** The e-mail domain and every parent domain ("eu.acme.org" -> eu.acme.org, acme.org, org): an allow-list entry matches one of them. */
export function domainSuffixes(email: string): string[] {
  const d = normalizeEmailDomain(email);
  const out = [d];
  for (let i = d.indexOf("."); i >= 0; i = d.indexOf(".", i + 1)) out.push(d.slice(i + 1));
  return out.filter((s) => s !== "");
}

// normalizeEmailDomain (lib/orgs/normalize.ts) in SQL, for the event's allow-list entries.
const normalizedDomainSql = (x: string) =>
  `rtrim(regexp_replace(regexp_replace(lower(btrim(${x})), '^.*@', ''), '^www\\.', ''), '.')`;
const NORMALIZED_DOMAIN = normalizedDomainSql("d");

/**
 * The condition over a row with "eligibility", "eligibleDomains" and "onList" columns. `verified`
 * and `suffixes` are SQL for the voter's e-mail-verified flag (boolean) and domainSuffixes of their
 * e-mail (text[]): parameters, or columns / domainSuffixesSql (evaluated only for allow-list events).
 */
export function eligibleSql(p: { verified: string; suffixes: string }): string {
  return `${p.verified}::boolean
         AND ("eligibility" = 'VERIFIED_EMAIL'
           OR ("eligibility" = 'MEMBER_LIST' AND "onList")
           OR ("eligibility" = 'DOMAIN_ALLOWLIST' AND EXISTS (
             SELECT 1 FROM unnest("eligibleDomains") d
             WHERE ${NORMALIZED_DOMAIN} <> '' AND ${NORMALIZED_DOMAIN} = ANY(${p.suffixes}::text[]))))`;
}

/**
 * domainSuffixes (above) in SQL, for a voter's e-mail held in the database: the normalized domain
 * of `email` and every parent domain, as text[] (same order and the same empty-label handling).
 */
export function domainSuffixesSql(email: string): string {
  const domain = normalizedDomainSql(email);
  return `ARRAY(SELECT array_to_string(p[i:], '.') FROM (SELECT string_to_array(${domain}, '.') AS p) s,
    generate_subscripts(s.p, 1) AS i ORDER BY i)`;
}

/** The voting window of voting-window.ts over a row with "phase", "votingOpensAt", "votingClosesAt"; `now` names a timestamp parameter. */
export function votingOpenSql(now: string): string {
  return `("votingClosesAt" IS NULL OR ${now}::timestamp(3) < "votingClosesAt")
         AND "phase" = 'VOTING'
         AND ("votingOpensAt" IS NULL OR ${now}::timestamp(3) >= "votingOpensAt")`;
}
