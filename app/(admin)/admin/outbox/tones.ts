import type { OutboxStatus } from "@/lib/db/generated/enums";

export const OUTBOX_TONES: Record<OutboxStatus, "amber" | "green" | "red" | "slate"> = {
  PENDING: "amber",
  SENT: "green",
  FAILED: "red",
  CANCELLED: "slate",
};
