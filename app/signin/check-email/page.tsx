import Link from "next/link";
import { Card } from "@/components/ui/card";
import { isDevMailboxEnabled } from "@/lib/notifications/outbox";

export const metadata = { title: "Check your e-mail" };

export default function CheckEmailPage() {
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="text-2xl font-bold">Check your e-mail</h1>
      <p className="mt-2 text-slate-700">We sent you a sign-in link. It works once and expires in one hour.</p>
      {isDevMailboxEnabled() ? (
        <p className="mt-4 text-sm text-slate-600">
          This demo has no mail server, so the e-mail waits in the organizers&apos; demo mailbox. To look around, sign
          in as a{" "}
          <Link href="/signin" className="font-medium text-brand-700 underline">
            demo persona
          </Link>{" "}
          instead.
        </p>
      ) : null}
    </Card>
  );
}
