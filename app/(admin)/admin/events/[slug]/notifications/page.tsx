import type { Metadata } from "next";
import Link from "next/link";
import { PhaseBadge } from "@/components/events/phase-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { loadAdminEvent } from "@/lib/auth/admin-page";
import { previewPublish } from "@/lib/decisions/publish";
import { db } from "@/lib/db/client";
import { DECISION_KINDS, KIND_LABELS, PLACEHOLDERS } from "@/lib/notifications/decision-templates";
import { loadDecisionTemplates, loadPreviewProposals } from "@/lib/notifications/decisions";
import { DeleteForm } from "@/components/admin/delete-form";
import { deleteTemplateAction } from "./actions";
import { SendForm, TemplateForm } from "./forms";

export const metadata: Metadata = { title: "Decision e-mails" };

type Props = { params: Promise<{ slug: string }> };

export default async function NotificationsPage({ params }: Props) {
  const { slug } = await params;
  const { user, event } = await loadAdminEvent(slug, "/notifications", {
    id: true,
    slug: true,
    name: true,
    phase: true,
    timezone: true,
  });
  const [templates, decisions, proposals, pendingMail] = await Promise.all([
    loadDecisionTemplates(event.id),
    db.decision.groupBy({
      by: ["appliedMark"],
      where: { proposal: { eventId: event.id }, appliedMark: { not: null } },
      _count: { _all: true, notifiedAt: true },
    }),
    loadPreviewProposals(event.id),
    previewPublish(event.id),
  ]);
  const published = event.phase === "PUBLISHED" || event.phase === "ARCHIVED";

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: `/admin/events/${event.slug}`, label: event.name }}
          title="Decision e-mails"
          subtitle={
            <span className="flex flex-wrap items-center gap-2">
              <PhaseBadge phase={event.phase} />
              <Link href="/admin/outbox" className="text-sm text-brand-700 hover:underline">
                Outbox
              </Link>
            </span>
          }
        />
      </div>

      <Card>
        <h2 className="text-lg font-semibold">Send</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          One e-mail per speaker per applied decision. Publishing the event sends them automatically; sending again only
          sends what was not sent yet (a changed decision gets a new e-mail).
        </p>
        <table className="mb-4 text-sm" data-testid="decision-counts">
          <thead className="text-left text-slate-600">
            <tr>
              <th className="py-1 pr-6 font-medium">Decision</th>
              <th className="py-1 pr-6 text-right font-medium">Applied</th>
              <th className="py-1 text-right font-medium">Notified</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.appliedMark}>
                <td className="py-1 pr-6">{d.appliedMark?.toLowerCase()}</td>
                <td className="py-1 pr-6 text-right tabular-nums">{d._count._all}</td>
                <td className="py-1 text-right tabular-nums">{d._count.notifiedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <SendForm eventSlug={event.slug} published={published} toSend={pendingMail.emails} />
      </Card>

      <div className="space-y-4">
        <h2 className="text-xl font-semibold">Templates</h2>
        <p className="text-sm text-slate-600">
          Placeholders: {PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}. {"{{feedback}}"} is the chairs&rsquo; feedback
          for the speaker when they wrote one (otherwise empty); the preview uses a real proposal of this event.
        </p>
        {DECISION_KINDS.map((kind) => (
          <Card key={kind}>
            <h3 className="mb-3 font-semibold">
              {KIND_LABELS[kind]}{" "}
              <span className="text-xs font-normal text-slate-500">
                {templates[kind].custom ? "edited" : "default"}
              </span>
            </h3>
            <TemplateForm
              eventSlug={event.slug}
              eventName={event.name}
              proposals={proposals}
              me={user.email}
              kind={kind}
              subject={templates[kind].subject}
              body={templates[kind].body}
            />
            {templates[kind].custom ? (
              <div className="mt-3">
                <DeleteForm
                  action={deleteTemplateAction}
                  fields={{ eventSlug: event.slug, kind }}
                  label="Delete template"
                  what={`the edited “${KIND_LABELS[kind]}” template; the default text is used again`}
                />
              </div>
            ) : null}
          </Card>
        ))}
      </div>
    </div>
  );
}
