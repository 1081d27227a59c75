import Link from "next/link";
import type { EventPhase } from "@/lib/db/generated/enums";
import { PhaseBadge } from "./phase-badge";

/** An event's name (linking to its public page) with its phase, heading a group of items. */
export function EventHeading({ slug, name, phase }: { slug: string; name: string; phase: EventPhase }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <h2 className="text-lg font-semibold">
        <Link href={`/events/${slug}`} className="hover:underline">
          {name}
        </Link>
      </h2>
      <PhaseBadge phase={phase} />
    </div>
  );
}
