import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutboxActions } from "@/components/admin/outbox-actions";
import { formatEventDate } from "@/components/events/format-date";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { kindName } from "@/lib/notifications/outbox";
import { OUTBOX_TONES } from "../tones";

export const metadata: Metadata = { title: "Outbox message" };

type Props = { params: Promise<{ id: string }> };

export default async function OutboxMessagePage({ params }: Props) {
  const { id } = await params;
  await requirePageRole("ORGANIZER", `/admin/outbox/${id}`);
  const m = await db.outboxEmail.findUnique({ where: { id } });
  if (!m) notFound();
  const at = (d: Date) => formatEventDate(d, "UTC");
  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: "/admin/outbox", label: "Outbox" }}
          title={m.subject}
          subtitle={
            <span className="flex flex-wrap items-center gap-2 text-sm">
              <span data-testid="outbox-status">
                <Badge tone={OUTBOX_TONES[m.status]}>{m.status.toLowerCase()}</Badge>
              </span>
              {kindName(m.kind)}
            </span>
          }
        />
      </div>
      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">To</dt>
          <dd>{m.to}</dd>
          <dt className="text-slate-500">Queued</dt>
          <dd>{at(m.createdAt)}</dd>
          <dt className="text-slate-500">Attempts</dt>
          <dd data-testid="outbox-attempts">{m.attempts}</dd>
          {m.sentAt ? (
            <>
              <dt className="text-slate-500">Sent</dt>
              <dd>{at(m.sentAt)}</dd>
            </>
          ) : null}
          {m.nextAttemptAt && m.status !== "SENT" && m.status !== "CANCELLED" ? (
            <>
              <dt className="text-slate-500">Next attempt</dt>
              <dd>{at(m.nextAttemptAt)}</dd>
            </>
          ) : null}
          {m.lastError ? (
            <>
              <dt className="text-slate-500">Last error</dt>
              <dd className="text-red-800">{m.lastError}</dd>
            </>
          ) : null}
        </dl>
        <pre
          className="mt-4 whitespace-pre-wrap rounded bg-slate-50 p-3 text-sm text-slate-800"
          data-testid="outbox-text"
        >
          {m.text}
        </pre>
        <div className="mt-4">
          <OutboxActions id={m.id} status={m.status} to={m.to} />
        </div>
      </Card>
    </div>
  );
}
