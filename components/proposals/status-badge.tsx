import { Badge } from "@/components/ui/badge";
import type { EventPhase, ProposalStatus } from "@/lib/db/generated/enums";

type Tone = "slate" | "brand" | "green" | "amber" | "red";

const STATUS: Record<ProposalStatus, { label: string; tone: Tone }> = {
  DRAFT: { label: "Draft", tone: "slate" },
  SUBMITTED: { label: "Submitted", tone: "brand" },
  WITHDRAWN: { label: "Withdrawn", tone: "slate" },
  ACCEPTED: { label: "Accepted", tone: "green" },
  WAITLISTED: { label: "Waitlisted", tone: "amber" },
  REJECTED: { label: "Not selected", tone: "red" },
};

const DECIDED: ProposalStatus[] = ["ACCEPTED", "WAITLISTED", "REJECTED"];

/**
 * A proposal's status as a badge. Speakers (audience "speaker") learn decisions only once the
 * program is published; until then a decided proposal reads "Submitted".
 */
export function ProposalStatusBadge({
  status,
  phase,
  audience = "speaker",
}: {
  status: ProposalStatus;
  phase: EventPhase;
  audience?: "speaker" | "organizer";
}) {
  const hidden = audience === "speaker" && DECIDED.includes(status) && phase !== "PUBLISHED" && phase !== "ARCHIVED";
  const s = hidden ? STATUS.SUBMITTED : STATUS[status];
  return (
    <span data-testid="proposal-status" data-status={hidden ? "SUBMITTED" : status}>
      <Badge tone={s.tone}>{s.label}</Badge>
    </span>
  );
}

export const PROPOSAL_STATUSES = Object.keys(STATUS) as ProposalStatus[];
export const statusLabel = (s: ProposalStatus) => STATUS[s].label;
