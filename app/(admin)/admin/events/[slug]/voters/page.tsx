import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { ClearMemberListForm, MemberListForm } from "@/components/vote/member-list-form";
import { loadAdminEvent } from "@/lib/auth/admin-page";
import { getVoterCounts, listMembers } from "@/lib/eligibility/member-list";

export const metadata: Metadata = { title: "Voters" };

type Props = { params: Promise<{ slug: string }> };

const MODES = {
  VERIFIED_EMAIL: "Any signed-in user with a verified e-mail address",
  DOMAIN_ALLOWLIST: "E-mail addresses at the allowed domains",
  MEMBER_LIST: "Addresses on the imported member list",
} as const;

// Organizer view of who may vote: the eligibility rule, the domain allow-list (edited with the
// event settings), the member list (imported here) and counts of ballots and votes.
export default async function VotersPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await loadAdminEvent(slug, "/voters", {
    id: true,
    slug: true,
    name: true,
    eligibility: true,
    eligibleDomains: true,
  });
  const [counts, members] = await Promise.all([getVoterCounts(event.id), listMembers(event.id, 50)]);

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: `/admin/events/${event.slug}`, label: event.name }}
          title="Voters"
          subtitle="Who may vote, and how many have."
        />
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="voter-counts">
        {[
          ["On the member list", counts.listed],
          ["Ballots", counts.ballots],
          ["Voters who voted", counts.voters],
          ["Scores", counts.scores],
          ["Skips", counts.skips],
        ].map(([label, n]) => (
          <div key={label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>

      <Card>
        <h2 className="text-lg font-semibold">Eligibility</h2>
        <p className="mt-2 text-slate-700" data-testid="eligibility-mode">
          <Badge tone="brand">{event.eligibility}</Badge> {MODES[event.eligibility]}
        </p>
        {event.eligibility === "DOMAIN_ALLOWLIST" ? (
          <p className="mt-2 text-sm text-slate-700">
            Allowed domains: {event.eligibleDomains.join(", ") || "none"} (subdomains included).
          </p>
        ) : null}
        <p className="mt-2 text-sm text-slate-600">
          Change the rule and the domain allow-list in the{" "}
          <Link href={`/admin/events/${event.slug}`} className="text-brand-700 underline">
            event settings
          </Link>
          . Refused users see why on their voting page.
        </p>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Member list</h2>
        <p className="mt-1 text-sm text-slate-600">
          Used when eligibility is MEMBER_LIST. A CSV with an <code>email</code> column, or one address per line.
          Addresses are stored lower-cased;
          {counts.listedWithBallot} listed member(s) have a ballot.
        </p>
        <div className="mt-4">
          <MemberListForm slug={event.slug} />
        </div>
        {members.length ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-slate-700">
              First {members.length} addresses
            </summary>
            <ul className="mt-2 columns-1 text-sm text-slate-700 sm:columns-2">
              {members.map((m) => (
                <li key={m.email}>{m.email}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {counts.listed ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <ClearMemberListForm slug={event.slug} />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
