import { Badge } from "@/components/ui/badge";
import type { EventPhase } from "@/lib/db/generated/enums";

export const PHASE_LABELS: Record<EventPhase, string> = {
  DRAFT: "Draft",
  CFP_OPEN: "Call for papers open",
  VOTING: "Voting open",
  REVIEW: "Under review",
  PUBLISHED: "Program published",
  ARCHIVED: "Archived",
};

const TONES = { DRAFT: "slate", CFP_OPEN: "green", VOTING: "brand", REVIEW: "amber", PUBLISHED: "green", ARCHIVED: "slate" } as const;

export function PhaseBadge({ phase }: { phase: EventPhase }) {
  return <Badge tone={TONES[phase]}>{PHASE_LABELS[phase]}</Badge>;
}
