import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatEventDate } from "@/components/events/format-date";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { BallotList } from "@/components/vote/ballot-list";
import { BallotProgress } from "@/components/vote/ballot-progress";
import { MoreItemsForm } from "@/components/vote/more-items-form";
import { StartBallotForm } from "@/components/vote/start-ballot-form";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getVoterBallot } from "@/lib/ballot/voter-view";
import { checkEligibilityBySlug } from "@/lib/eligibility/check";

export const metadata: Metadata = { title: "Your ballot" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ done?: string }> };

function answerLabel(scale: { score: number; label: string }[], score: number | null | undefined) {
  if (score === undefined) return "Open";
  if (score === null) return "Skipped";
  return scale.find((s) => s.score === score)?.label ?? String(score);
}

// The voter's own ballot: start it (with optional track preferences), see every item's title and
// answer, continue, ask for more. Only the anonymized projection (lib/ballot/voter-view).
export default async function BallotPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requirePageUser(`/vote/${slug}`);
  const view = await getVoterBallot(slug, user.id, new Date());
  if (!view || (view.event.phase !== "VOTING" && !view.items)) notFound();
  const { event, items, progress, batch } = view;
  const done = (await searchParams).done === "1";

  if (!items) {
    const eligibility = await checkEligibilityBySlug(slug, user);
    return (
      <div className="space-y-6">
        <PageHeader
          title={event.name}
          subtitle={event.open ? `Voting closes ${formatEventDate(event.votingClosesAt, event.timezone)}` : undefined}
        />
        <Card>
          {!event.open ? (
            <Alert tone="warning">{event.closedReason}</Alert>
          ) : eligibility && !eligibility.eligible ? (
            <div data-testid="not-eligible">
              <Alert tone="warning" title="You cannot vote in this event">
                {eligibility.reason}
              </Alert>
            </div>
          ) : (
            <div className="space-y-4">
              <p className="text-slate-700">
                You will get {event.ballotSize} anonymized proposals, chosen so that every proposal gets enough votes.
                Score each on the scale or skip it; you can change your votes until voting closes.
              </p>
              <StartBallotForm eventSlug={event.slug} ballotSize={event.ballotSize} tracks={event.tracks} />
            </div>
          )}
        </Card>
      </div>
    );
  }

  const firstOpen = items.find((i) => i.score === undefined);
  const allAnswered = !firstOpen;
  return (
    <div className="space-y-6">
      <PageHeader
        title={event.name}
        subtitle={
          event.open
            ? `Your ballot · voting closes ${formatEventDate(event.votingClosesAt, event.timezone)}`
            : "Your ballot"
        }
        actions={
          event.open && items.length ? (
            <Link
              href={`/vote/${event.slug}/b/${(firstOpen ?? items[0]).handle}`}
              className={buttonClass("primary")}
              data-testid="continue-voting"
            >
              {firstOpen ? "Continue voting" : "Review your votes"}
            </Link>
          ) : null
        }
      />
      {!event.open ? <Alert tone="warning">{event.closedReason}</Alert> : null}
      {done && allAnswered ? (
        <Alert tone="success">
          You have answered every item on your ballot. Thank you! You can change votes until voting closes, or ask for
          more.
        </Alert>
      ) : null}
      <Card>
        <BallotProgress progress={progress} label={`Ballot progress for ${event.name}`} />
      </Card>
      <Card>
        <BallotList
          eventSlug={event.slug}
          rows={items.map((i) => ({
            handle: i.handle,
            position: i.position,
            title: i.title,
            track: i.track,
            answer: answerLabel(event.scale, i.score),
          }))}
        />
      </Card>
      {event.open ? (
        <Card>
          <h2 className="text-lg font-semibold">Want to score more?</h2>
          {allAnswered ? (
            <div className="mt-3">
              <MoreItemsForm eventSlug={event.slug} batch={batch} />
            </div>
          ) : (
            <p className="mt-2 text-sm text-slate-600">
              Once every item above is scored or skipped you can ask for another {event.ballotSize}.
            </p>
          )}
        </Card>
      ) : null}
    </div>
  );
}
