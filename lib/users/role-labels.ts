// Human names of the global roles, for pages and messages (never the enum names).
import type { GlobalRole } from "../db/generated/enums";

export const ROLE_LABELS: Record<GlobalRole, { name: string; article: string }> = {
  ADMIN: { name: "Admin", article: "an" },
  ORGANIZER: { name: "Organizer", article: "an" },
  MEMBER: { name: "Member", article: "a" },
};
