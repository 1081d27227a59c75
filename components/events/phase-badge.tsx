import { Badge } from "@/components/ui/badge";
import type { EventPhase } from "@/lib/db/generated/enums";
import { PHASE_LABELS, PHASE_TONES } from "./phase";

export function PhaseBadge({ phase }: { phase: EventPhase }) {
  return (
    <span data-testid="phase-badge" data-phase={phase} className="shrink-0 whitespace-nowrap">
      <Badge tone={PHASE_TONES[phase]}>{PHASE_LABELS[phase]}</Badge>
    </span>
  );
}
