import type { EventPhase } from "../db/generated/enums";

/** Whether speakers may create, edit and submit now: phase CFP_OPEN and within the CFP dates. */
export function isCfpOpen(
  event: { phase: EventPhase; cfpOpensAt: Date | null; cfpClosesAt: Date | null },
  now: Date = new Date(),
): boolean {
  if (event.phase !== "CFP_OPEN") return false;
  if (event.cfpOpensAt && now < event.cfpOpensAt) return false;
  if (event.cfpClosesAt && now >= event.cfpClosesAt) return false;
  return true;
}

export function cfpClosedMessage(
  event: { phase: EventPhase; cfpOpensAt: Date | null; cfpClosesAt: Date | null },
  now = new Date(),
): string {
  if (event.phase === "CFP_OPEN" && event.cfpOpensAt && now < event.cfpOpensAt) {
    return `The call for papers opens on ${event.cfpOpensAt.toISOString().slice(0, 10)}.`;
  }
  return "The call for papers is closed for this event; proposals can no longer be created, edited or submitted.";
}
