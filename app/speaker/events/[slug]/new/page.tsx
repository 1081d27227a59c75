import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CapAllowance } from "@/components/proposals/cap-allowance";
import { eventOptions, levelOptions } from "@/components/proposals/form-options";
import { ProposalForm } from "@/components/proposals/proposal-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { getCapStatus } from "@/lib/proposals/data";
import { cfpClosedMessage, isCfpOpen } from "@/lib/proposals/phase";

export const metadata: Metadata = { title: "New proposal" };

type Props = { params: Promise<{ slug: string }> };

export default async function NewProposalPage({ params }: Props) {
  const { slug } = await params;
  const user = await requirePageUser(`/speaker/events/${slug}/new`);
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      phase: true,
      cfpOpensAt: true,
      cfpClosesAt: true,
      tracks: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true } },
      formats: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { slug: true, name: true, durationMinutes: true },
      },
    },
  });
  // A DRAFT event is not public yet: same answer as an unknown one.
  if (!event || event.phase === "DRAFT") notFound();
  const open = isCfpOpen(event);
  const cap = await getCapStatus(event.id, user.id);
  const { tracks, formats } = eventOptions(event);

  return (
    <div className="space-y-6">
      <div>
        <PageHeader back={{ href: "/speaker", label: "My proposals" }} title="New proposal" subtitle={event.name} />
      </div>
      {open ? (
        <>
          <CapAllowance cap={cap} />
          <Card>
            <ProposalForm
              target={{ eventSlug: event.slug }}
              values={{
                title: "",
                abstract: "",
                description: "",
                track: tracks.length === 1 ? tracks[0].value : "",
                format: "",
                level: "INTERMEDIATE",
                tags: "",
                coSpeakers: "",
              }}
              tracks={tracks}
              formats={formats}
              levels={levelOptions}
              status="NEW"
              initialPreviewHtml=""
              canSubmit
            />
          </Card>
          <p className="text-sm text-slate-600">
            After saving you will see exactly what voters will read: your text without names, organization, e-mails or
            links.
          </p>
        </>
      ) : (
        <div data-testid="cfp-closed">
          <Alert tone="warning" title="The call for papers is not open">
            {cfpClosedMessage(event)}
          </Alert>
        </div>
      )}
    </div>
  );
}
