"use client";
// The track's ranking: sortable columns, community score with its 95% interval as a bar, feedback
// component, combined score, flags in words, newcomer badge, the anonymous speaker label,
// identities hidden until revealed, each chair's own mark (disagreements highlighted) and the
// team's pending decision per proposal. Below the md breakpoint every row becomes a card (same DOM,
// CSS only), so scores and actions stay reachable on a phone.
import Link from "next/link";
import { useActionState, useMemo, useState } from "react";
import { markDecisionAction, revealAction } from "@/app/chair/[eventSlug]/[trackSlug]/actions";
import type { FormState } from "@/components/admin/form-state";
import { Badge } from "@/components/ui/badge";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { DecisionMark } from "@/lib/db/generated/enums";
import type { DashboardRow } from "@/lib/decisions/dashboard";
import { certaintyOf } from "./certainty";

type SortKey = "rank" | "communityScore" | "votes" | "feedbackComponent" | "combinedScore" | "format" | "mark";

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "rank", label: "Rank", numeric: true },
  { key: "communityScore", label: "Community score (95% interval)", numeric: true },
  { key: "votes", label: "Votes", numeric: true },
  { key: "feedbackComponent", label: "Feedback", numeric: true },
  { key: "combinedScore", label: "Combined", numeric: true },
  { key: "format", label: "Format" },
  { key: "mark", label: "Team decision" },
];

const MARKS: { mark: DecisionMark; label: string; tone: "green" | "amber" | "red" | "slate" }[] = [
  { mark: "ACCEPT", label: "Accept", tone: "green" },
  { mark: "WAITLIST", label: "Waitlist", tone: "amber" },
  { mark: "REJECT", label: "Reject", tone: "red" },
  { mark: "UNDECIDED", label: "Undecided", tone: "slate" },
];
const MARK_ORDER: Record<DecisionMark, number> = { ACCEPT: 0, WAITLIST: 1, UNDECIDED: 2, REJECT: 3 };

export type RevealNote = { actor: string; at: string };

const CHAIR_MARK_LABEL = { ACCEPT: "accept", WAITLIST: "waitlist", REJECT: "reject" } as const;
const CHAIR_MARK_TONE = { ACCEPT: "green", WAITLIST: "amber", REJECT: "red" } as const;

/** A cell's label, shown only in the phone card layout (the table header is hidden there). */
function CellLabel({ children }: { children: string }) {
  return <span className="mb-1 block text-xs font-medium text-slate-500 md:hidden">{children}</span>;
}

export function RankingTable({
  rows,
  eventSlug,
  trackSlug,
  canDecide,
  reveals,
}: {
  rows: DashboardRow[];
  eventSlug: string;
  trackSlug: string;
  canDecide: boolean;
  /** Latest reveal per proposal id, for "Revealed by ... at ...". */
  reveals: Record<string, RevealNote>;
}) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "rank", desc: false });
  const sorted = useMemo(() => {
    const value = (r: DashboardRow): number | string =>
      sort.key === "mark" ? MARK_ORDER[r.mark] : sort.key === "format" ? r.format : r[sort.key];
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return (sort.desc ? -c : c) || a.rank - b.rank;
    });
  }, [rows, sort]);
  const lo = Math.min(-1, ...rows.map((r) => r.ciLow));
  const hi = Math.max(1, ...rows.map((r) => r.ciHigh));

  const toggle = (key: SortKey) =>
    setSort((s) =>
      s.key === key ? { key, desc: !s.desc } : { key, desc: key !== "rank" && key !== "format" && key !== "mark" },
    );

  return (
    <div className="md:overflow-x-auto">
      <table className="block min-w-full text-sm md:table" data-testid="ranking-table">
        <thead className="hidden text-left text-slate-600 md:table-header-group">
          <tr>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              <SortButton k="rank" label="Rank" sort={sort} onSort={toggle} />
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Proposal
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Chairs
            </th>
            {COLUMNS.filter((c) => c.key !== "rank").map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`px-2 py-2 font-medium ${c.numeric ? "text-right" : ""}`}
                aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"}
              >
                <SortButton k={c.key} label={c.label} sort={sort} onSort={toggle} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block space-y-3 align-top md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100">
          {sorted.map((r) => {
            const certainty = certaintyOf(r.pAccept);
            return (
              <tr
                key={r.id}
                data-testid="ranking-row"
                data-proposal-id={r.id}
                data-mark={r.mark}
                data-disagreement={r.disagreement ? "true" : "false"}
                className={`grid grid-cols-2 gap-x-3 gap-y-2 rounded-lg p-3 ring-1 md:table-row md:rounded-none md:p-0 md:ring-0 ${
                  r.disagreement ? "bg-amber-50 ring-amber-300" : "ring-slate-200"
                }`}
              >
                <td className="col-span-2 flex items-baseline gap-2 font-semibold tabular-nums md:table-cell md:px-2 md:py-3 md:text-right">
                  <span className="md:hidden">Rank</span>
                  {r.rank}
                </td>
                <td className="col-span-2 md:table-cell md:min-w-64 md:px-2 md:py-3">
                  <Link
                    href={`/chair/${eventSlug}/${trackSlug}/${r.id}`}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                    data-testid="review-link"
                  >
                    {r.anonymizedTitle}
                  </Link>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <span className="text-xs text-slate-600" data-testid="speaker-label">
                      Speaker {r.speakerLabel}
                    </span>
                    {r.newcomer ? <Badge tone="brand">Newcomer</Badge> : null}
                    {certainty ? (
                      <span data-testid="certainty">
                        <Badge tone={certainty.tone}>{certainty.label}</Badge>
                      </span>
                    ) : null}
                    {r.flags.map((f) => (
                      <Badge key={f} tone="amber">
                        {f}
                      </Badge>
                    ))}
                  </div>
                  <Identity row={r} eventSlug={eventSlug} trackSlug={trackSlug} note={reveals[r.id]} />
                </td>
                <td className="col-span-2 md:table-cell md:px-2 md:py-3" data-testid="chair-marks">
                  <CellLabel>Chairs</CellLabel>
                  <ChairMarks row={r} />
                </td>
                <td className="col-span-2 md:table-cell md:px-2 md:py-3">
                  <CellLabel>Community score (95% interval)</CellLabel>
                  <div className="flex items-center gap-2 tabular-nums md:justify-end">
                    <IntervalBar low={r.ciLow} high={r.ciHigh} value={r.communityScore} min={lo} max={hi} />
                    <span className="w-14 text-right">{r.communityScore.toFixed(2)}</span>
                  </div>
                  <p className="text-xs text-slate-500 tabular-nums md:text-right">
                    {r.ciLow.toFixed(2)} … {r.ciHigh.toFixed(2)}
                  </p>
                </td>
                <td className="tabular-nums md:table-cell md:px-2 md:py-3 md:text-right">
                  <CellLabel>Votes</CellLabel>
                  {r.votes}
                </td>
                <td className="tabular-nums md:table-cell md:px-2 md:py-3 md:text-right" data-testid="feedback-cell">
                  <CellLabel>Feedback</CellLabel>
                  {r.feedbackComponent.toFixed(2)}
                  <p className="text-xs text-slate-500">
                    {r.reputationRatings ? `${r.reputationRatings} ratings` : "no history"}
                  </p>
                </td>
                <td className="font-semibold tabular-nums md:table-cell md:px-2 md:py-3 md:text-right">
                  <CellLabel>Combined</CellLabel>
                  {r.combinedScore.toFixed(2)}
                </td>
                <td className="md:table-cell md:px-2 md:py-3 md:whitespace-nowrap">
                  <CellLabel>Format</CellLabel>
                  {r.format}
                </td>
                <td className="col-span-2 md:table-cell md:px-2 md:py-3">
                  <CellLabel>Team decision</CellLabel>
                  <MarkControl row={r} eventSlug={eventSlug} trackSlug={trackSlug} disabled={!canDecide} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SortButton({
  k,
  label,
  sort,
  onSort,
}: {
  k: SortKey;
  label: string;
  sort: { key: SortKey; desc: boolean };
  onSort: (k: SortKey) => void;
}) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="hover:underline"
      disabled={!hydrated}
      onClick={() => onSort(k)}
      data-testid={`sort-${k}`}
    >
      {label}
      {sort.key === k ? (sort.desc ? " ↓" : " ↑") : ""}
    </button>
  );
}

function IntervalBar({
  low,
  high,
  value,
  min,
  max,
}: {
  low: number;
  high: number;
  value: number;
  min: number;
  max: number;
}) {
  const pos = (x: number) => `${((x - min) / (max - min)) * 100}%`;
  return (
    <span className="relative inline-block h-3 w-40 rounded bg-slate-100" aria-hidden="true">
      <span
        className="absolute top-1 h-1 rounded bg-brand-300"
        style={{ left: pos(low), width: `calc(${pos(high)} - ${pos(low)})` }}
      />
      <span className="absolute top-0 h-3 w-px bg-slate-400" style={{ left: pos(0) }} />
      <span
        className="absolute top-0 h-3 w-1.5 -translate-x-1/2 rounded-sm bg-brand-700"
        style={{ left: pos(value) }}
      />
    </span>
  );
}

/** Each chair's own mark side by side, and whether they disagree. */
export function ChairMarks({ row }: { row: DashboardRow }) {
  const marked = row.chairReviews.filter((c) => c.mark);
  if (!marked.length) return <p className="text-xs text-slate-500">No chair marks yet</p>;
  return (
    <div className="space-y-1">
      <ul className="flex flex-wrap gap-1">
        {marked.map((c) => (
          <li key={c.userId} data-testid="chair-mark" title={c.comment ?? undefined}>
            <Badge tone={CHAIR_MARK_TONE[c.mark!]}>
              {c.chair}: {CHAIR_MARK_LABEL[c.mark!]}
            </Badge>
          </li>
        ))}
      </ul>
      {row.disagreement ? (
        <p className="text-xs font-semibold text-amber-800" data-testid="disagreement">
          Chairs disagree
        </p>
      ) : null}
    </div>
  );
}

export function Identity({
  row,
  eventSlug,
  trackSlug,
  note,
}: {
  row: DashboardRow;
  eventSlug: string;
  trackSlug: string;
  note?: RevealNote;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(revealAction, null);
  if (row.identity) {
    return (
      <div className="mt-2 rounded-md bg-slate-50 p-2 text-xs" data-testid="identity">
        <p className="font-medium text-slate-800">{row.identity.title}</p>
        <p className="text-slate-700">
          {row.identity.speakers.map((s) => `${s.name}${s.organization ? ` · ${s.organization}` : ""}`).join("; ")}
        </p>
        {note ? (
          <p className="mt-1 text-slate-500" data-testid="reveal-note">
            Revealed by {note.actor} at {note.at}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="trackSlug" value={trackSlug} />
      <input type="hidden" name="proposalId" value={row.id} />
      <input type="hidden" name="scope" value="proposal" />
      <button
        type="submit"
        disabled={pending}
        className="text-xs font-medium text-brand-700 hover:underline"
        data-testid="reveal"
      >
        {pending ? "Revealing…" : "Reveal speakers (logged)"}
      </button>
      {state && !state.ok ? (
        <p className="text-xs text-red-700" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function MarkControl({
  row,
  eventSlug,
  trackSlug,
  disabled,
}: {
  row: DashboardRow;
  eventSlug: string;
  trackSlug: string;
  disabled: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(markDecisionAction, null);
  const applied = row.appliedMark ?? (row.status === "SUBMITTED" ? null : undefined);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="eventSlug" value={eventSlug} />
      <input type="hidden" name="trackSlug" value={trackSlug} />
      <input type="hidden" name="proposalId" value={row.id} />
      <div role="group" aria-label="Decision" className="flex flex-wrap gap-1">
        {MARKS.map((m) => {
          const active = row.mark === m.mark;
          return (
            <button
              key={m.mark}
              type="submit"
              name="mark"
              value={m.mark}
              disabled={disabled || pending}
              aria-pressed={active}
              data-testid={`mark-${m.mark.toLowerCase()}`}
              className={`rounded px-2 py-1 text-xs font-medium ring-1 ring-inset disabled:cursor-not-allowed disabled:opacity-60 ${
                active
                  ? "bg-slate-800 text-white ring-slate-800"
                  : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"
              }`}
            >
              {m.label}
            </button>
          );
        })}
      </div>
      <p className="text-xs text-slate-500" data-testid="applied-note">
        {row.status !== "SUBMITTED" ? `Applied: ${row.status.toLowerCase()}` : applied === null ? "Not applied" : ""}
        {statusMark(row.status) !== row.mark ? " · pending" : ""}
      </p>
      {state && !state.ok ? (
        <p className="text-xs text-red-700" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

function statusMark(status: DashboardRow["status"]): DecisionMark {
  return status === "ACCEPTED"
    ? "ACCEPT"
    : status === "WAITLISTED"
      ? "WAITLIST"
      : status === "REJECTED"
        ? "REJECT"
        : "UNDECIDED";
}
