import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VoteItem } from "@/components/vote/vote-item";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getVoterBallotItem } from "@/lib/ballot/voter-view";
import { handleSchema } from "@/lib/votes/schema";

export const metadata: Metadata = { title: "Vote", robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string; handle: string }> };

// One item of the signed-in voter's ballot, addressed by a handle that exists only on that ballot.
// Anyone else (another voter, an organizer, a link shared on social media) gets a plain 404.
export default async function BallotItemPage({ params }: Props) {
  const { slug, handle } = await params;
  const user = await requirePageUser(`/vote/${slug}/b/${handle}`);
  if (!handleSchema.safeParse(handle).success) notFound();
  const view = await getVoterBallotItem(slug, user.id, handle, new Date());
  if (!view) notFound();
  const { item, event } = view;
  return (
    <VoteItem
      key={item.handle}
      eventSlug={event.slug}
      handle={item.handle}
      position={item.position}
      title={item.title}
      abstractHtml={item.abstractHtml}
      track={item.track}
      format={item.format}
      level={item.level}
      tags={item.tags}
      scale={event.scale}
      score={item.score}
      revision={item.revision}
      progress={view.progress}
      previousHandle={view.previousHandle}
      nextHandle={view.nextHandle}
      nextOpenHandle={view.nextOpenHandle}
      closedReason={event.open ? null : event.closedReason}
    />
  );
}
