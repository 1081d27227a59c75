import Link from "next/link";
import { Card } from "@/components/ui/card";

export default function Forbidden() {
  return (
    <Card className="mx-auto max-w-lg text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-1 text-2xl font-bold" data-testid="forbidden">
        You do not have access to this page
      </h1>
      <p className="mt-2 text-slate-600">
        Your account does not have the role this page needs. If you think it should, ask the event organizer.
      </p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 hover:underline">
        Back to events
      </Link>
    </Card>
  );
}
