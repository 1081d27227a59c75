import type { EventPhase } from "@/lib/db/generated/enums";
import { formatEventDate } from "./format-date";

type Dates = {
  timezone: string;
  phase: EventPhase;
  cfpOpensAt: Date | null;
  cfpClosesAt: Date | null;
  votingOpensAt: Date | null;
  votingClosesAt: Date | null;
  reviewEndsAt: Date | null;
  eventStartsAt: Date | null;
  eventEndsAt: Date | null;
};

type Step = { key: string; label: string; phase: EventPhase; from: Date | null; to: Date | null };

const ORDER: EventPhase[] = ["DRAFT", "CFP_OPEN", "VOTING", "REVIEW", "PUBLISHED", "ARCHIVED"];

type State = "current" | "done" | "upcoming";

/**
 * The event's schedule as an ordered list with the step it is at now. Phases say where the
 * selection stands; once the results are out, the event itself is "now" only between its start
 * and end dates (before: the program is published; after: the event is over).
 */
export function EventTimeline({ event, now = new Date() }: { event: Dates; now?: Date }) {
  const steps: Step[] = [
    { key: "cfp", label: "Call for papers", phase: "CFP_OPEN", from: event.cfpOpensAt, to: event.cfpClosesAt },
    { key: "voting", label: "Community voting", phase: "VOTING", from: event.votingOpensAt, to: event.votingClosesAt },
    { key: "review", label: "Chair review", phase: "REVIEW", from: event.votingClosesAt, to: event.reviewEndsAt },
    { key: "program", label: "Program published", phase: "PUBLISHED", from: event.reviewEndsAt, to: null },
    { key: "event", label: "The event", phase: "PUBLISHED", from: event.eventStartsAt, to: event.eventEndsAt },
  ];
  const current = ORDER.indexOf(event.phase);
  const started = !!event.eventStartsAt && now >= event.eventStartsAt;
  const ended = !!event.eventEndsAt && now > event.eventEndsAt;
  const stateOf = (s: Step): State => {
    const idx = ORDER.indexOf(s.phase);
    if (event.phase === "ARCHIVED") return "done";
    if (idx !== current) return idx < current ? "done" : "upcoming";
    if (s.key === "program") return started ? "done" : "current";
    if (s.key === "event") return ended ? "done" : started ? "current" : "upcoming";
    return "current";
  };
  return (
    <ol className="space-y-4" data-testid="event-timeline">
      {steps.map((s) => {
        const state = stateOf(s);
        return (
          <li key={s.key} className="flex gap-3" data-step={s.key} data-state={state}>
            <span
              aria-hidden
              className={`mt-1.5 h-3 w-3 shrink-0 rounded-full ring-2 ${
                state === "current"
                  ? "bg-brand-600 ring-brand-100"
                  : state === "done"
                    ? "bg-slate-400 ring-slate-200"
                    : "bg-white ring-slate-300"
              }`}
            />
            <div className="min-w-0">
              <p className={`text-sm font-semibold ${state === "current" ? "text-brand-700" : "text-slate-800"}`}>
                {s.label}
                {state === "current" ? <span className="ml-2 text-xs font-medium text-brand-600">now</span> : null}
              </p>
              <p className="text-sm text-slate-600">
                {s.key === "program" ? (
                  state === "upcoming" ? (
                    s.from ? (
                      `Planned after ${formatEventDate(s.from, event.timezone)}`
                    ) : (
                      "After the review"
                    )
                  ) : (
                    "Accepted sessions are listed on this page"
                  )
                ) : s.key === "event" && ended ? (
                  <>
                    {formatEventDate(s.from, event.timezone)} – {formatEventDate(s.to, event.timezone)} (over)
                  </>
                ) : s.from || s.to ? (
                  <>
                    {formatEventDate(s.from, event.timezone)} – {formatEventDate(s.to, event.timezone)}
                  </>
                ) : (
                  "Dates to be announced"
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
