import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { AnonymizedEditForm } from "@/components/proposals/anonymized-edit-form";
import { CfpOverrideForm } from "@/components/proposals/cfp-override-form";
import { levelLabel } from "@/components/proposals/form-options";
import { Markdown } from "@/components/proposals/markdown";
import { RedactionPreview } from "@/components/proposals/redaction-preview";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageChairOf, requirePageUser } from "@/lib/auth/page-guards";
import { isAnyChair, isOrganizer } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Moderate proposal" };

type Props = { params: Promise<{ slug: string; id: string }> };

const AUDIT_LABEL: Record<string, string> = {
  "proposal.anonymized_edit": "edited the voter version",
  "proposal.cfp_override": "changed the CFP override",
  "identity.reveal": "saw the original text (identity reveal)",
};

/**
 * Redaction review for one proposal: organizers, and chairs of the proposal's track (who may
 * correct the voter version but do not see the speaker list here). The original text can name the
 * speaker, so a chair opening this page is logged as an identity reveal.
 */
export default async function ModerateProposalPage({ params }: Props) {
  const { slug, id } = await params;
  const returnTo = `/admin/events/${slug}/proposals/${id}`;
  const user = await requirePageUser(returnTo);
  if (!isAnyChair(user)) forbidden();
  const p = await db.proposal.findFirst({
    where: { id, event: { slug } },
    include: {
      event: { select: { slug: true, name: true, phase: true } },
      track: { select: { name: true } },
      format: { select: { name: true } },
      redactions: { orderBy: [{ field: "asc" }, { start: "asc" }] },
      speakers: {
        orderBy: { invitedAt: "asc" },
        select: {
          role: true,
          status: true,
          user: { select: { name: true, email: true, organization: { select: { name: true } } } },
        },
      },
    },
  });
  if (!p) notFound();
  await requirePageChairOf(p.trackId, returnTo);
  const organizer = isOrganizer(user);
  if (!organizer) {
    // The original text can name the speaker: a chair reviewing the redaction is an identity
    // reveal like any other, and is logged as one.
    await writeAudit(db, {
      actorId: user.id,
      eventId: p.eventId,
      action: "identity.reveal",
      targetType: "Proposal",
      targetId: p.id,
      details: { via: "redaction_review", proposalIds: [p.id] },
    });
  }
  const history = await db.auditLog.findMany({
    where: { targetType: "Proposal", targetId: p.id, action: { in: Object.keys(AUDIT_LABEL) } },
    orderBy: { at: "desc" },
    take: 20,
    select: { id: true, at: true, action: true, details: true, actor: { select: { name: true, email: true } } },
  });

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={
            organizer
              ? { href: `/admin/events/${p.event.slug}/proposals`, label: `Proposals of ${p.event.name}` }
              : undefined
          }
          title={p.title}
          subtitle={
            <span className="flex flex-wrap items-center gap-2">
              {p.event.name} · {p.track.name} · {p.format.name} · {levelLabel(p.level)}{" "}
              <ProposalStatusBadge status={p.status} phase={p.event.phase} audience="organizer" />
            </span>
          }
        />
      </div>

      {organizer ? (
        <Card>
          <h2 className="text-lg font-semibold">Speakers</h2>
          <ul className="mt-2 space-y-1 text-sm" data-testid="speaker-list">
            {p.speakers.map((s) => (
              <li key={s.user.email}>
                <span className="font-medium">{s.user.name ?? s.user.email}</span>{" "}
                <span className="text-slate-500">{s.user.email}</span>
                {s.user.organization ? <span className="text-slate-500"> · {s.user.organization.name}</span> : null}
                <span className="text-xs text-slate-500">
                  {" "}
                  · {s.role === "PRIMARY" ? "primary" : "co-speaker"} · {s.status.toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card>
        <RedactionPreview
          title={p.title}
          abstract={p.abstract}
          anonymizedTitle={p.anonymizedTitle}
          anonymizedAbstract={p.anonymizedAbstract}
          findings={p.redactions}
          editedAt={p.anonymizedEditedAt}
          audience="moderator"
        />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Edit the voter version</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Every edit is recorded in the audit log with the text before and after. A later edit by the speaker re-runs
          the redaction and replaces this text.
        </p>
        <AnonymizedEditForm proposalId={p.id} title={p.anonymizedTitle} abstract={p.anonymizedAbstract} />
      </Card>

      {p.description ? (
        <Card>
          <h2 className="text-lg font-semibold">Description for chairs</h2>
          <Markdown source={p.description} className="mt-2" />
        </Card>
      ) : null}

      {organizer ? (
        <Card>
          <h2 className="text-lg font-semibold">Call-for-papers override</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600" data-testid="override-state">
            {p.allowOutsideCfp
              ? "This proposal may be edited and submitted outside the CFP dates."
              : "This proposal follows the event's CFP dates."}
          </p>
          <CfpOverrideForm proposalId={p.id} allowed={p.allowOutsideCfp} />
        </Card>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">History</h2>
        {history.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600" data-testid="audit-empty">
            No moderation yet.
          </p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="audit-history">
            {history.map((h) => (
              <li key={h.id} data-testid="audit-entry" data-action={h.action}>
                {h.at.toISOString().slice(0, 16).replace("T", " ")} UTC · {h.actor?.name ?? h.actor?.email ?? "system"}{" "}
                {AUDIT_LABEL[h.action] ?? h.action}
                {h.action === "proposal.cfp_override" && typeof (h.details as { reason?: unknown }).reason === "string"
                  ? ` (${(h.details as { reason: string }).reason})`
                  : ""}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
