import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { isDevMailboxEnabled, listOutbox } from "@/lib/notifications/outbox";

export const metadata = { title: "Development mailbox" };

/** Dev-only: shows the outbox when no SMTP is configured, so magic links work without mail. */
export default async function MailboxPage() {
  if (!isDevMailboxEnabled()) notFound();
  const mails = await listOutbox(50);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Development mailbox"
        subtitle="No SMTP server is configured, so e-mails stay here. Production deployments never show this page."
      />
      {mails.length === 0 ? <Card>No e-mails yet.</Card> : null}
      {mails.map((m) => (
        <Card key={m.id}>
          <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <Badge tone={m.status === "SENT" ? "green" : "slate"}>{m.status.toLowerCase()}</Badge>
            <span>to {m.to}</span>
            <span>· {m.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</span>
            <span>· {m.kind}</span>
          </div>
          <h2 className="mt-2 font-semibold">{m.subject}</h2>
          <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm text-slate-800" data-testid="mail-text">
            {m.text}
          </pre>
        </Card>
      ))}
    </div>
  );
}
