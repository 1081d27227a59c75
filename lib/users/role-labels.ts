// Human names of the global roles, for pages and messages (never the enum names).
import type { GlobalRole } from "../db/generated/enums";

export const ROLE_LABELS: Record<GlobalRole, { name: string; article: string; can: string }> = {
  ADMIN: { name: "Admin", article: "an", can: "everything an organizer can, and manages organizers and admins" },
  ORGANIZER: { name: "Organizer", article: "an", can: "creates and runs events, tracks, chairs, imports and e-mails" },
  MEMBER: { name: "Member", article: "a", can: "submits, votes and chairs the tracks they are assigned" },
};
