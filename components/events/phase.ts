// Display names and badge tones of event phases (pure; shared by public and admin pages).
import type { EventPhase } from "@/lib/db/generated/enums";

export const PHASE_ORDER: EventPhase[] = ["DRAFT", "CFP_OPEN", "VOTING", "REVIEW", "PUBLISHED", "ARCHIVED"];

export const PHASE_LABELS: Record<EventPhase, string> = {
  DRAFT: "Draft",
  CFP_OPEN: "Call for papers open",
  VOTING: "Community voting",
  REVIEW: "Chair review",
  PUBLISHED: "Program published",
  ARCHIVED: "Archived",
};

export const PHASE_TONES: Record<EventPhase, "slate" | "brand" | "green" | "amber" | "red"> = {
  DRAFT: "slate",
  CFP_OPEN: "green",
  VOTING: "brand",
  REVIEW: "amber",
  PUBLISHED: "green",
  ARCHIVED: "slate",
};
