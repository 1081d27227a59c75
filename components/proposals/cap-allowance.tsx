import { Alert } from "@/components/ui/alert";
import type { CapStatus } from "@/lib/proposals/data";

function more(n: number) {
  return `${n} more proposal${n === 1 ? "" : "s"}`;
}

/** "You can submit 2 more proposals to this event; NimbusWorks can submit 7 more." */
export function capAllowanceText(cap: CapStatus): string {
  const you =
    cap.speaker.remaining === null
      ? "There is no per-speaker limit on submissions to this event"
      : cap.speaker.remaining === 0
        ? `You have reached the per-speaker limit of ${cap.speaker.limit} submitted proposals for this event`
        : `You can submit ${more(cap.speaker.remaining)} to this event`;
  const org = cap.organization;
  if (!org || org.remaining === null) return `${you}.`;
  const orgText =
    org.remaining === 0
      ? `${org.name} has reached its limit of ${org.limit}`
      : `${org.name} can submit ${org.remaining} more`;
  return `${you}; ${orgText}.`;
}

export function CapAllowance({ cap }: { cap: CapStatus }) {
  const full = cap.speaker.remaining === 0 || cap.organization?.remaining === 0;
  return (
    <div data-testid="cap-allowance" data-full={full}>
      <Alert tone={full ? "warning" : "info"}>
        {capAllowanceText(cap)}
        {full
          ? " Drafts can still be saved; withdraw a submitted proposal or ask the organizers for an exception to submit another."
          : " Drafts do not count; submitted proposals do."}
      </Alert>
    </div>
  );
}
