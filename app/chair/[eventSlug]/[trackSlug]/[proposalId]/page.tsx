import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { certaintyOf } from "@/components/chair/certainty";
import { ChairMarks, MarkControl } from "@/components/chair/ranking-table";
import { RevealProposalButton } from "@/components/chair/reveal-button";
import { ChairReviewForm, SpeakerFeedbackForm } from "@/components/chair/review-forms";
import { ReviewKeys } from "@/components/chair/review-keys";
import { formatEventDate } from "@/components/events/format-date";
import { Markdown } from "@/components/proposals/markdown";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { loadProposalReview } from "@/lib/decisions/proposal-review";

export const metadata: Metadata = { title: "Proposal review" };

type Props = { params: Promise<{ eventSlug: string; trackSlug: string; proposalId: string }> };

const LEVELS = { BEGINNER: "Beginner", INTERMEDIATE: "Intermediate", ADVANCED: "Advanced" } as const;

export default async function ProposalReviewPage({ params }: Props) {
  const { eventSlug, trackSlug, proposalId } = await params;
  const base = `/chair/${eventSlug}/${trackSlug}`;
  const user = await requirePageUser(`${base}/${proposalId}`);
  const result = await loadProposalReview(user, eventSlug, trackSlug, proposalId);
  if (!result.ok) {
    if (result.code === "forbidden") forbidden();
    if (result.code === "not_found") notFound();
    return (
      <div className="space-y-6">
        <PageHeader title="Proposal review" />
        <Alert tone="info">{result.message}</Alert>
      </div>
    );
  }
  const { dashboard: d, row, voterVersion: v } = result.review;
  const { track } = d;
  const canDecide = track.event.phase === "REVIEW";
  const mine = row.chairReviews.find((c) => c.userId === user.id);
  const others = row.chairReviews.filter((c) => c.userId !== user.id);
  const href = (id: string) => `${base}/${id}`;
  const where = { eventSlug, trackSlug, proposalId: row.id };
  const reveal = d.trail.find((t) => t.proposalIds.includes(row.id));
  const certainty = certaintyOf(row.pAccept);

  return (
    <div className="space-y-6">
      <ReviewKeys
        previous={result.review.previous ? href(result.review.previous.id) : null}
        next={result.review.next ? href(result.review.next.id) : null}
        up={base}
      />
      <nav
        className="flex flex-wrap items-center justify-between gap-3 text-sm"
        aria-label="Proposals in ranking order"
      >
        <Link href={base} className="font-medium text-brand-700 hover:underline">
          ← {track.name} ranking
        </Link>
        <span className="flex items-center gap-3">
          {result.review.previous ? (
            <Link
              href={href(result.review.previous.id)}
              className="font-medium text-brand-700 hover:underline"
              data-testid="review-previous"
              aria-keyshortcuts="K ArrowLeft"
            >
              ← #{result.review.previous.rank} (K)
            </Link>
          ) : null}
          <span className="text-slate-600" data-testid="review-position">
            Rank {row.rank} of {d.rows.length}
          </span>
          {result.review.next ? (
            <Link
              href={href(result.review.next.id)}
              className="font-medium text-brand-700 hover:underline"
              data-testid="review-next"
              aria-keyshortcuts="J ArrowRight"
            >
              #{result.review.next.rank} (J) →
            </Link>
          ) : null}
        </span>
      </nav>

      <PageHeader
        title={v.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <span data-testid="review-speaker-label">Speaker {row.speakerLabel}</span>
            {row.newcomer ? <Badge tone="brand">Newcomer</Badge> : null}
            {certainty ? <Badge tone={certainty.tone}>{certainty.label}</Badge> : null}
            {row.disagreement ? <Badge tone="amber">Chairs disagree</Badge> : null}
          </span>
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg font-semibold">What voters saw</h2>
              <span className="text-xs text-slate-500">Anonymized version</span>
            </div>
            <div className="mt-2 flex flex-wrap gap-2 text-xs" data-testid="review-meta">
              <Badge>{track.name}</Badge>
              <Badge>
                {v.format} · {v.durationMinutes} min
              </Badge>
              <Badge>{LEVELS[v.level]}</Badge>
              {v.tags.map((t) => (
                <Badge key={t} tone="brand">
                  {t}
                </Badge>
              ))}
            </div>
            <Markdown source={v.abstract} className="mt-4" testId="review-abstract" />
            {result.review.description ? (
              <div className="mt-6 border-t border-slate-100 pt-4">
                <h3 className="text-sm font-semibold text-slate-800">Description for chairs</h3>
                <p className="text-xs text-slate-500">Not shown to voters; identity mentions are redacted.</p>
                <Markdown source={result.review.description} className="mt-2" testId="review-description" />
              </div>
            ) : null}
          </Card>

          <Card>
            <h2 className="text-lg font-semibold">Speakers</h2>
            {row.identity ? (
              <div className="mt-3 space-y-4" data-testid="review-identity">
                {reveal ? (
                  <p className="text-xs text-slate-500" data-testid="reveal-note">
                    Revealed by {reveal.actor} at {formatEventDate(reveal.at, "UTC")}
                  </p>
                ) : null}
                <ul className="space-y-3">
                  {row.identity.speakers.map((s) => (
                    <li key={s.email}>
                      <p className="font-medium text-slate-900">
                        {s.name}
                        {s.organization ? ` · ${s.organization}` : ""}{" "}
                        <span className="text-xs font-normal text-slate-500">
                          {s.role === "PRIMARY" ? "speaker" : "co-speaker"} · {s.email}
                        </span>
                      </p>
                      {s.bio ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{s.bio}</p> : null}
                    </li>
                  ))}
                </ul>
                <div className="border-t border-slate-100 pt-4">
                  <h3 className="text-sm font-semibold text-slate-800">Original text</h3>
                  <p className="mt-2 font-medium text-slate-900" data-testid="original-title">
                    {row.identity.title}
                  </p>
                  <Markdown source={row.identity.abstract} className="mt-2" testId="original-abstract" />
                  {row.identity.description ? <Markdown source={row.identity.description} className="mt-3" /> : null}
                </div>
              </div>
            ) : (
              <div className="mt-2 space-y-3">
                <p className="text-sm text-slate-600">
                  Hidden. Revealing shows names, organizations, bios, co-speakers and the original text; it is written
                  to the audit log with your name.
                </p>
                <RevealProposalButton eventSlug={eventSlug} trackSlug={trackSlug} proposalId={row.id} />
              </div>
            )}
            {result.review.sameSpeaker.length ? (
              <div className="mt-4 border-t border-slate-100 pt-4" data-testid="same-speaker">
                <h3 className="text-sm font-semibold text-slate-800">
                  Other proposals by Speaker {row.speakerLabel} in this track
                </h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {result.review.sameSpeaker.map((o) => (
                    <li key={o.id}>
                      <Link href={href(o.id)} className="text-brand-700 hover:underline">
                        #{o.rank} {o.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="mt-4 text-xs text-slate-500">No other proposal by this speaker in this track.</p>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <h2 className="text-lg font-semibold">Score breakdown</h2>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 text-sm" data-testid="score-breakdown">
              <Term label="Community score" value={row.communityScore.toFixed(2)}>
                95% interval {row.ciLow.toFixed(2)} … {row.ciHigh.toFixed(2)}
              </Term>
              <Term label="Past feedback" value={row.feedbackComponent.toFixed(2)}>
                {row.reputationRatings ? `from ${row.reputationRatings} ratings` : "no history (neutral)"} · weight{" "}
                {track.event.feedbackWeight}
              </Term>
              <Term label="Combined" value={row.combinedScore.toFixed(2)}>
                community + feedback
              </Term>
              {certainty ? (
                <Term label="In the accepted set" value={`${Math.round(row.pAccept * 100)}%`}>
                  model&rsquo;s confidence: {certainty.label}
                </Term>
              ) : null}
              <Term label="Votes" value={String(row.votes)}>
                {row.skips === 1 ? "1 skip" : `${row.skips} skips`} (not counted)
              </Term>
            </dl>
            <p className="mt-3 text-xs text-slate-500">
              Scores are in event quality-SD units: 0 is an average proposal of this event. Skips count as no vote.
            </p>
            <div className="mt-3" data-testid="review-flags">
              {row.flags.length ? (
                <ul className="list-disc space-y-1 pl-5 text-sm text-amber-900">
                  {row.flags.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">No flags: no sign of a vote campaign or conflict.</p>
              )}
            </div>
          </Card>

          <Card>
            <h2 className="text-lg font-semibold">Chairs</h2>
            <div className="mt-2">
              <ChairMarks row={row} />
            </div>
            {others.some((o) => o.comment) ? (
              <ul className="mt-3 space-y-2 text-sm" data-testid="chair-comments">
                {others
                  .filter((o) => o.comment)
                  .map((o) => (
                    <li key={o.userId}>
                      <span className="font-medium">{o.chair}:</span> {o.comment}
                    </li>
                  ))}
              </ul>
            ) : null}
            <div className="mt-4 border-t border-slate-100 pt-4">
              <ChairReviewForm
                where={where}
                note={mine?.note ?? null}
                mark={mine?.mark ?? null}
                comment={mine?.comment ?? null}
                disabled={!canDecide}
              />
            </div>
          </Card>

          <Card>
            <h2 className="text-lg font-semibold">Team decision</h2>
            <p className="mb-3 mt-1 text-sm text-slate-600">
              The track&rsquo;s decision, applied for the whole team from the ranking page.
            </p>
            <MarkControl row={row} eventSlug={eventSlug} trackSlug={trackSlug} disabled={!canDecide} />
            <div className="mt-4 border-t border-slate-100 pt-4">
              <SpeakerFeedbackForm where={where} feedback={row.speakerFeedback} disabled={!canDecide} />
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}

function Term({ label, value, children }: { label: string; value: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
      <dd className="text-xs text-slate-500">{children}</dd>
    </div>
  );
}
