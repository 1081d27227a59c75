// Display names and badge tones of event phases (pure; shared by public and admin pages).
import type { EventPhase } from "@/lib/db/generated/enums";

export const PHASE_ORDER: EventPhase[] = ["DRAFT", "CFP_OPEN", "VOTING", "REVIEW", "PUBLISHED", "ARCHIVED"];

export { PHASE_LABELS } from "@/lib/events/phase-labels";

export const PHASE_TONES: Record<EventPhase, "slate" | "brand" | "green" | "amber" | "red"> = {
  DRAFT: "slate",
  CFP_OPEN: "green",
  VOTING: "brand",
  REVIEW: "amber",
  PUBLISHED: "green",
  ARCHIVED: "slate",
};
