import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ApplyForm, RevealAllForm, type PendingByMark } from "@/components/chair/apply-form";
import { NewcomerShare, OrganizationConcentration, ScoreDistribution } from "@/components/chair/lazy-charts";
import { RankingTable, type RevealNote } from "@/components/chair/ranking-table";
import { formatEventDate } from "@/components/events/format-date";
import { PhaseBadge } from "@/components/events/phase-badge";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { loadTrackDashboard } from "@/lib/decisions/dashboard";
import { markOfStatus } from "@/lib/decisions/rules";

export const metadata: Metadata = { title: "Track review" };

type Props = { params: Promise<{ eventSlug: string; trackSlug: string }> };

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);

export default async function TrackDashboardPage({ params }: Props) {
  const { eventSlug, trackSlug } = await params;
  const user = await requirePageUser(`/chair/${eventSlug}/${trackSlug}`);
  const result = await loadTrackDashboard(user, eventSlug, trackSlug);
  if (!result.ok) {
    if (result.code === "forbidden") forbidden();
    if (result.code === "not_found") notFound();
    return (
      <div className="space-y-6">
        <PageHeader back={{ href: "/chair", label: "Review" }} title="Track review" />
        <Alert tone="info">{result.message}</Alert>
      </div>
    );
  }
  const d = result.dashboard;
  const { track } = d;
  const canDecide = track.event.phase === "REVIEW";
  const at = (date: Date) => formatEventDate(date, "UTC");
  // Latest reveal per proposal (the trail is newest first).
  const reveals: Record<string, RevealNote> = {};
  for (const entry of d.trail)
    for (const id of entry.proposalIds) reveals[id] ??= { actor: entry.actor, at: at(entry.at) };
  const hidden = d.rows.filter((r) => !r.identity).length;
  const byMark: PendingByMark = { ACCEPT: 0, WAITLIST: 0, REJECT: 0, UNDECIDED: 0 };
  for (const r of d.rows) if (markOfStatus(r.status) !== r.mark) byMark[r.mark]++;
  const disagreements = d.rows.filter((r) => r.disagreement).length;
  const slotsLeft = d.slots.total ? d.slots.total - d.slots.accepted : null;

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: "/chair", label: "Review" }}
          title={`${track.name} · ${track.event.name}`}
          subtitle={
            <span className="flex flex-wrap items-center gap-2">
              <PhaseBadge phase={track.event.phase} />
              <span className="text-sm">
                {d.rows.length} proposals · {d.voters.total} voters ({d.voters.downweighted} down-weighted) · feedback
                weight {track.event.feedbackWeight}
              </span>
            </span>
          }
        />
      </div>

      <section className="grid gap-3 sm:grid-cols-4" data-testid="selection-summary">
        <Stat
          label="Accepted / slots (track)"
          value={`${d.slots.accepted} / ${d.slots.total || "–"}`}
          detail={
            slotsLeft === null
              ? "no slot count set"
              : slotsLeft >= 0
                ? `${slotsLeft} slot${slotsLeft === 1 ? "" : "s"} left`
                : `${-slotsLeft} over the slots`
          }
          warn={d.slots.total > 0 && d.slots.accepted > d.slots.total}
          testId="slots"
        />
        <Stat label="Accepted (event)" value={String(d.accepted)} />
        <Stat
          label="Max accepted per organization"
          value={d.rules.maxAcceptedPerOrg ? String(d.rules.maxAcceptedPerOrg) : "no limit"}
        />
        <Stat
          label="Newcomer share / target"
          value={`${pct(d.newcomerShare)} / ${d.rules.newcomerTarget === null ? "none" : pct(d.rules.newcomerTarget)}`}
          warn={d.violations.some((v) => v.kind === "newcomer_target")}
          testId="newcomer-share"
        />
      </section>

      {d.violations.length ? (
        <div data-testid="live-violations">
          <Alert tone="warning" title="If applied now, this selection breaks a rule">
            <ul className="list-disc pl-5">
              {d.violations.map((v) => (
                <li key={v.message}>{v.message}</li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}

      <Card>
        <div className="grid gap-6 lg:grid-cols-3">
          <ScoreDistribution
            points={d.rows.map((r) => ({ combinedScore: r.combinedScore, accepted: r.mark === "ACCEPT" }))}
          />
          <OrganizationConcentration organizations={d.perOrganization} limit={d.rules.maxAcceptedPerOrg} />
          <NewcomerShare newcomers={d.newcomers} accepted={d.accepted} target={d.rules.newcomerTarget} />
        </div>
        <p className="mt-3 text-xs text-slate-500">
          Organization and newcomer numbers count the whole event: this track as marked, other tracks as applied.
        </p>
      </Card>

      <Card>
        <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h2 className="text-lg font-semibold">Ranking</h2>
            <p className="mt-1 text-sm text-slate-600">
              Community score in event quality-SD units (0 = average) with its 95% interval; combined = community +
              feedback. Speakers are hidden ({hidden} of {d.rows.length}); every reveal is logged. Open a title to read
              the proposal, leave your note and mark.
            </p>
            {disagreements ? (
              <p className="mt-1 text-sm font-medium text-amber-800" data-testid="disagreement-count">
                Chairs disagree on {disagreements === 1 ? "1 proposal" : `${disagreements} proposals`} (highlighted).
              </p>
            ) : null}
          </div>
          {hidden > 0 ? <RevealAllForm eventSlug={track.event.slug} trackSlug={track.slug} hidden={hidden} /> : null}
        </div>
        <RankingTable
          rows={d.rows}
          eventSlug={track.event.slug}
          trackSlug={track.slug}
          canDecide={canDecide}
          reveals={reveals}
        />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Apply decisions</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          {canDecide
            ? "Team marks stay pending until applied. Applying sets every marked proposal's status in one step; the track's slots, the organization cap and the newcomer target are checked first."
            : "Decisions are final: the event is no longer in review."}
        </p>
        {canDecide ? (
          <ApplyForm
            eventSlug={track.event.slug}
            trackSlug={track.slug}
            trackName={track.name}
            pending={d.pendingChanges}
            byMark={byMark}
            needsReason={d.violations.length > 0}
          />
        ) : null}
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Identity reveals</h2>
        {d.trail.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No one has revealed identities in this track.</p>
        ) : (
          <ul className="mt-3 space-y-2 text-sm" data-testid="reveal-trail">
            {d.trail.map((e, i) => (
              <li key={i} data-testid="reveal-entry">
                Revealed by <strong>{e.actor}</strong> at {at(e.at)}:{" "}
                {e.scope === "track"
                  ? `the whole track (${e.proposalIds.length} proposals)`
                  : e.proposalIds.map((id) => d.titles[id] ?? id).join(", ")}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function Stat({
  label,
  value,
  detail,
  warn,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  warn?: boolean;
  testId?: string;
}) {
  return (
    <div
      className={`rounded-xl bg-white p-4 shadow-sm ring-1 ${warn ? "ring-amber-400" : "ring-slate-200"}`}
      data-testid={testId}
    >
      <p className="text-xs text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
      {detail ? <p className="text-xs text-slate-500">{detail}</p> : null}
    </div>
  );
}
