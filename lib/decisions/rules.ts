// Selection-time rules, pure: which proposals would be accepted after applying a set of pending
// marks, how many per organization, the newcomer share, and which rules that breaks. Used live on
// the chair dashboard and, with the same numbers, to refuse "Apply decisions" without an override.
import type { DecisionMark, ProposalStatus } from "../db/generated/enums";

export type SelectionProposal = {
  id: string;
  trackId: string;
  status: ProposalStatus;
  /** The pending mark (null = no Decision row yet: the applied status stands). */
  mark: DecisionMark | null;
  /** Distinct (canonical) organizations of the confirmed speakers. */
  organizations: { id: string; name: string }[];
  /** No speaker has past feedback. */
  newcomer: boolean;
};

export type SelectionRules = {
  /** 0 = unlimited. */
  maxAcceptedPerOrg: number;
  /** 0..1, null = no target. */
  newcomerTarget: number | null;
};

export type MarkCounts = Record<DecisionMark, number>;

export type SelectionSummary = {
  accepted: number;
  /** Organizations with at least one accepted proposal, most first (ties by name). */
  perOrganization: { id: string; name: string; count: number }[];
  newcomers: number;
  /** Share of accepted proposals whose speakers are all newcomers; null when nothing is accepted. */
  newcomerShare: number | null;
  perTrack: Map<string, MarkCounts>;
};

export type Violation =
  | { kind: "org_cap"; organizationId: string; organization: string; count: number; limit: number; message: string }
  | { kind: "newcomer_target"; newcomers: number; accepted: number; share: number; target: number; message: string }
  | { kind: "track_slots"; trackId: string; track: string; accepted: number; slots: number; message: string };

/** A track's slot count (0 = not set: no limit). */
export type TrackSlots = { id: string; name: string; slotCount: number };

const STATUS_MARK: Partial<Record<ProposalStatus, DecisionMark>> = {
  SUBMITTED: "UNDECIDED",
  ACCEPTED: "ACCEPT",
  WAITLISTED: "WAITLIST",
  REJECTED: "REJECT",
};

export const MARK_STATUS: Record<DecisionMark, ProposalStatus> = {
  UNDECIDED: "SUBMITTED",
  ACCEPT: "ACCEPTED",
  WAITLIST: "WAITLISTED",
  REJECT: "REJECTED",
};

/** The mark a status stands for; null for drafts and withdrawn proposals (not in the selection). */
export function markOfStatus(status: ProposalStatus): DecisionMark | null {
  return STATUS_MARK[status] ?? null;
}

/**
 * The mark a proposal would carry after applying the pending marks of the tracks in `scope`
 * ("all" = every track): in scope, the pending mark; elsewhere, what has been applied.
 */
export function projectedMark(p: SelectionProposal, scope: ReadonlySet<string> | "all"): DecisionMark | null {
  const applied = markOfStatus(p.status);
  if (applied === null) return null;
  const inScope = scope === "all" || scope.has(p.trackId);
  return inScope && p.mark ? p.mark : applied;
}

export function summarizeSelection(
  proposals: SelectionProposal[],
  scope: ReadonlySet<string> | "all",
): SelectionSummary {
  const perOrg = new Map<string, { id: string; name: string; count: number }>();
  const perTrack = new Map<string, MarkCounts>();
  let accepted = 0;
  let newcomers = 0;
  for (const p of proposals) {
    const mark = projectedMark(p, scope);
    if (mark === null) continue;
    const counts = perTrack.get(p.trackId) ?? { UNDECIDED: 0, ACCEPT: 0, WAITLIST: 0, REJECT: 0 };
    counts[mark]++;
    perTrack.set(p.trackId, counts);
    if (mark !== "ACCEPT") continue;
    accepted++;
    if (p.newcomer) newcomers++;
    // A proposal with speakers from two organizations counts once for each of them.
    for (const o of p.organizations) {
      const entry = perOrg.get(o.id) ?? { id: o.id, name: o.name, count: 0 };
      entry.count++;
      perOrg.set(o.id, entry);
    }
  }
  return {
    accepted,
    perOrganization: [...perOrg.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    newcomers,
    newcomerShare: accepted ? newcomers / accepted : null,
    perTrack,
  };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The rules the selection breaks, each with the message a chair sees. `tracks`: the tracks whose
 * slot count caps their accepted proposals (the track being applied).
 */
export function findViolations(
  summary: SelectionSummary,
  rules: SelectionRules,
  tracks: TrackSlots[] = [],
): Violation[] {
  const out: Violation[] = [];
  for (const t of tracks) {
    const accepted = summary.perTrack.get(t.id)?.ACCEPT ?? 0;
    if (t.slotCount <= 0 || accepted <= t.slotCount) continue;
    out.push({
      kind: "track_slots",
      trackId: t.id,
      track: t.name,
      accepted,
      slots: t.slotCount,
      message: `${t.name} would have ${accepted} accepted proposals for ${t.slotCount} slots.`,
    });
  }
  if (rules.maxAcceptedPerOrg > 0) {
    for (const o of summary.perOrganization) {
      if (o.count <= rules.maxAcceptedPerOrg) continue;
      out.push({
        kind: "org_cap",
        organizationId: o.id,
        organization: o.name,
        count: o.count,
        limit: rules.maxAcceptedPerOrg,
        message: `${o.name} would have ${o.count} accepted proposals; the limit is ${rules.maxAcceptedPerOrg}.`,
      });
    }
  }
  const target = rules.newcomerTarget;
  if (target !== null && target > 0 && summary.newcomerShare !== null && summary.newcomerShare + 1e-9 < target) {
    out.push({
      kind: "newcomer_target",
      newcomers: summary.newcomers,
      accepted: summary.accepted,
      share: summary.newcomerShare,
      target,
      message: `Newcomers would have ${summary.newcomers} of ${summary.accepted} accepted proposals (${percent(summary.newcomerShare)}); the target is ${percent(target)}.`,
    });
  }
  return out;
}

/**
 * How many more accepted proposals an organization can take before the cap (Infinity when
 * unlimited); the dashboard uses it to warn before a mark, the apply step enforces it.
 */
export function remainingForOrganization(
  summary: SelectionSummary,
  organizationId: string,
  rules: SelectionRules,
): number {
  if (rules.maxAcceptedPerOrg <= 0) return Infinity;
  const count = summary.perOrganization.find((o) => o.id === organizationId)?.count ?? 0;
  return rules.maxAcceptedPerOrg - count;
}
