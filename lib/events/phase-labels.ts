// Human names of event phases, for pages, CLI output and messages (never the enum names).
import type { EventPhase } from "../db/generated/enums";

export const PHASE_LABELS: Record<EventPhase, string> = {
  DRAFT: "Draft",
  CFP_OPEN: "Call for papers open",
  VOTING: "Community voting",
  REVIEW: "Chair review",
  PUBLISHED: "Program published",
  ARCHIVED: "Archived",
};
