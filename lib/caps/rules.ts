// Pure cap arithmetic. A cap of 0 means unlimited. Counted proposals are those submitted or
// decided (not DRAFT, not WITHDRAWN); the proposal being submitted is not yet among them.
import type { ProposalStatus } from "../db/generated/enums";

export const COUNTED_STATUSES: ProposalStatus[] = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "REJECTED"];

export type SpeakerUsage = { userId: string; name: string; used: number; extra: number; isSelf: boolean };
export type OrgUsage = { organizationId: string; name: string; used: number };

export type CapViolation = {
  cap: "speaker" | "organization";
  subject: string;
  isSelf: boolean;
  used: number;
  limit: number;
};

/** null = unlimited */
export function effectiveLimit(cap: number, extra = 0): number | null {
  return cap <= 0 ? null : cap + Math.max(0, extra);
}

export function remaining(used: number, cap: number, extra = 0): number | null {
  const limit = effectiveLimit(cap, extra);
  return limit === null ? null : Math.max(0, limit - used);
}

/** First cap that one more proposal would exceed, or null when it fits. */
export function findCapViolation(
  limits: { perSpeaker: number; perOrg: number },
  speakers: SpeakerUsage[],
  orgs: OrgUsage[],
): CapViolation | null {
  for (const s of speakers) {
    const limit = effectiveLimit(limits.perSpeaker, s.extra);
    if (limit !== null && s.used + 1 > limit) {
      return { cap: "speaker", subject: s.name, isSelf: s.isSelf, used: s.used, limit };
    }
  }
  for (const o of orgs) {
    const limit = effectiveLimit(limits.perOrg);
    if (limit !== null && o.used + 1 > limit) {
      return { cap: "organization", subject: o.name, isSelf: false, used: o.used, limit };
    }
  }
  return null;
}

export function capViolationMessage(v: CapViolation): string {
  const n = (k: number) => `${k} proposal${k === 1 ? "" : "s"}`;
  if (v.cap === "speaker") {
    return v.isSelf
      ? `Per-speaker cap reached: you already have ${n(v.used)} submitted to this event and the limit is ${v.limit}. Withdraw one first, or ask the organizers for an exception.`
      : `Per-speaker cap reached for co-speaker ${v.subject}: ${n(v.used)} already submitted, the limit is ${v.limit}.`;
  }
  return `Per-organization cap reached for ${v.subject}: ${n(v.used)} already submitted by its speakers, the limit is ${v.limit}.`;
}
