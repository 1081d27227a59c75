import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PhaseBadge } from "@/components/events/phase-badge";
import { CapAllowance, capAllowanceText } from "@/components/proposals/cap-allowance";
import { eventOptions, levelLabel, levelOptions } from "@/components/proposals/form-options";
import { InvitationForm } from "@/components/proposals/invitation-form";
import { Markdown } from "@/components/proposals/markdown";
import { ProposalForm } from "@/components/proposals/proposal-form";
import { RedactionPreview } from "@/components/proposals/redaction-preview";
import { ResubmitForm } from "@/components/proposals/resubmit-form";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { WithdrawForm } from "@/components/proposals/withdraw-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { ERROR_MESSAGES, type ErrorCode } from "@/lib/errors";
import { renderMarkdown } from "@/lib/markdown/render";
import { getCapStatus, getSpeakerProposal } from "@/lib/proposals/data";
import { cfpClosedMessage, isCfpOpen } from "@/lib/proposals/phase";

export const metadata: Metadata = { title: "Proposal" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; submitted?: string; notSubmitted?: string }>;
};

export default async function SpeakerProposalPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/speaker/proposals/${id}`);
  // Ownership is in the query: someone else's proposal is "not found", exactly like a missing one.
  const p = await getSpeakerProposal(user.id, id);
  if (!p) notFound();
  const me = p.speakers.find((s) => s.userId === user.id)!;
  const isOwner = p.createdById === user.id;
  const open = p.allowOutsideCfp || isCfpOpen(p.event);
  const query = await searchParams;

  const speakerList = (
    <ul className="space-y-1 text-sm" data-testid="speaker-list">
      {p.speakers.map((s) => (
        <li key={s.userId} className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-slate-900">{s.user.name ?? s.user.email}</span>
          <span className="text-slate-500">{s.user.email}</span>
          <span className="text-xs text-slate-500">
            {s.role === "PRIMARY" ? "primary speaker" : "co-speaker"}
            {s.status === "INVITED" ? " · invited, not confirmed yet" : ""}
          </span>
        </li>
      ))}
    </ul>
  );
  const header = (
    <div>
      <PageHeader
        back={{ href: "/speaker", label: "My proposals" }}
        title={p.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            {p.event.name} <PhaseBadge phase={p.event.phase} />{" "}
            <ProposalStatusBadge status={p.status} phase={p.event.phase} />
          </span>
        }
      />
    </div>
  );

  if (me.status === "INVITED") {
    return (
      <div className="space-y-6">
        {header}
        <Card>
          <h2 className="text-lg font-semibold">You were invited as a co-speaker</h2>
          <p className="mt-1 text-sm text-slate-600">
            Confirm to appear on this proposal. Once confirmed it counts against your own submission cap for this event.
          </p>
          <div className="mt-4">{speakerList}</div>
          <Markdown source={p.abstract} className="mt-4" />
          <div className="mt-4">
            <InvitationForm proposalId={p.id} />
          </div>
        </Card>
      </div>
    );
  }

  const preview = (
    <RedactionPreview
      title={p.title}
      abstract={p.abstract}
      anonymizedTitle={p.anonymizedTitle}
      anonymizedAbstract={p.anonymizedAbstract}
      findings={p.redactions}
      editedAt={p.anonymizedEditedAt}
      audience="speaker"
    />
  );

  if (!isOwner) {
    return (
      <div className="space-y-6">
        {header}
        <Alert>
          You are a confirmed co-speaker. Only the primary speaker can edit, submit or withdraw this proposal.
        </Alert>
        <Card>
          <p className="text-sm text-slate-600">
            {p.track.name} · {p.format.name} · {levelLabel(p.level)}
          </p>
          <Markdown source={p.abstract} className="mt-3" testId="proposal-abstract" />
          <div className="mt-4">{speakerList}</div>
        </Card>
        <Card>{preview}</Card>
      </div>
    );
  }

  const editable = open && (p.status === "DRAFT" || p.status === "SUBMITTED");
  const cap = p.status === "SUBMITTED" ? null : await getCapStatus(p.event.id, user.id);
  const event = await db.event.findUniqueOrThrow({
    where: { id: p.event.id },
    select: {
      tracks: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true } },
      formats: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { slug: true, name: true, durationMinutes: true },
      },
    },
  });
  const { tracks, formats } = eventOptions(event);
  const coSpeakers = p.speakers.filter((s) => s.role === "CO_SPEAKER").map((s) => s.user.email);
  const notSubmitted = query.notSubmitted as ErrorCode | undefined;

  return (
    <div className="space-y-6">
      {header}
      {query.saved === "1" && !notSubmitted ? (
        <div data-testid="saved-notice">
          <Alert tone="success">
            {query.submitted === "1"
              ? "Proposal submitted. Check below what voters will see; you can still edit it until the call for papers closes."
              : "Draft saved. Check below what voters will see, then submit when you are happy with it."}
          </Alert>
        </div>
      ) : null}
      {notSubmitted ? (
        <div data-testid="proposal-message" data-ok="false" data-code={notSubmitted}>
          <Alert tone="error" title={notSubmitted === "cap_reached" ? "Submission cap reached" : "Not submitted"}>
            Your draft is saved, but it was not submitted.{" "}
            {notSubmitted === "cap_reached" && cap ? capAllowanceText(cap) : (ERROR_MESSAGES[notSubmitted] ?? "")}
          </Alert>
        </div>
      ) : null}
      {!open ? (
        <div data-testid="cfp-closed">
          <Alert tone="warning" title="The call for papers is closed">
            {cfpClosedMessage(p.event)}
          </Alert>
        </div>
      ) : null}
      {cap && open ? <CapAllowance cap={cap} /> : null}

      <Card>{preview}</Card>

      {editable ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold">
            {p.status === "SUBMITTED" ? "Edit your proposal" : "Edit and submit"}
          </h2>
          <ProposalForm
            target={{ proposalId: p.id }}
            values={{
              title: p.title,
              abstract: p.abstract,
              description: p.description ?? "",
              track: p.track.slug,
              format: p.format.slug,
              level: p.level,
              tags: p.tags.join(", "),
              coSpeakers: coSpeakers.join(", "),
            }}
            tracks={tracks}
            formats={formats}
            levels={levelOptions}
            status={p.status as "DRAFT" | "SUBMITTED"}
            initialPreviewHtml={renderMarkdown(p.anonymizedAbstract)}
            canSubmit={open}
          />
        </Card>
      ) : (
        <Card>
          <p className="text-sm text-slate-600">
            {p.track.name} · {p.format.name} · {levelLabel(p.level)}
          </p>
          <Markdown source={p.abstract} className="mt-3" testId="proposal-abstract" />
          {p.status === "WITHDRAWN" && open ? (
            <div className="mt-4">
              <ResubmitForm proposalId={p.id} />
            </div>
          ) : null}
        </Card>
      )}

      <Card>
        <h2 className="text-lg font-semibold">Speakers</h2>
        <div className="mt-2">{speakerList}</div>
      </Card>

      {p.status === "SUBMITTED" && open ? (
        <Card>
          <h2 className="text-lg font-semibold">Withdraw</h2>
          <p className="mb-3 mt-1 text-sm text-slate-600">
            A withdrawn proposal is not voted on and frees a slot under your cap. You can submit it again while the call
            for papers is open.
          </p>
          <WithdrawForm proposalId={p.id} />
        </Card>
      ) : null}
    </div>
  );
}
