"use client";
// One ballot item: anonymized text, the event's scale and Skip, keyboard shortcuts, progress.
// Talks to the server only through postVote (the votes route) with the item's handle and the
// revision it saw.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { BallotProgress, type BallotProgressValue } from "./ballot-progress";
import { postVote } from "./post-vote";

export type VoteItemProps = {
  eventSlug: string;
  handle: string;
  position: number;
  title: string;
  abstractHtml: string;
  track: string;
  format: string;
  level: string;
  tags: string[];
  scale: { score: number; label: string }[];
  /** undefined = not answered yet; null = skipped. */
  score: number | null | undefined;
  revision: number | null;
  progress: BallotProgressValue;
  previousHandle: string | null;
  nextHandle: string | null;
  nextOpenHandle: string | null;
  /** null while voting is open; otherwise why votes are refused. */
  closedReason: string | null;
};

// Set just before moving to another ballot item (after a vote, or J/K): the next item takes the
// keyboard focus on its title, instead of focus falling back to the page body.
let focusNextItemTitle = false;

const LEVELS: Record<string, string> = { BEGINNER: "Beginner", INTERMEDIATE: "Intermediate", ADVANCED: "Advanced" };

function labelOf(scale: VoteItemProps["scale"], score: number | null | undefined): string {
  if (score === undefined) return "Not answered yet";
  if (score === null) return "Skipped";
  return `${score} · ${scale.find((s) => s.score === score)?.label ?? score}`;
}

export function VoteItem(props: VoteItemProps) {
  const router = useRouter();
  const [score, setScore] = useState(props.score);
  const [revision, setRevision] = useState(props.revision);
  const [progress, setProgress] = useState(props.progress);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const busy = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const base = `/vote/${props.eventSlug}`;
  const itemHref = (h: string) => `${base}/b/${h}`;
  const digitKeys = props.scale.every((s) => s.score >= 0 && s.score <= 9);

  const submit = useCallback(
    (next: number | null) => {
      if (busy.current || props.closedReason) return;
      busy.current = true;
      const wasAnswered = score !== undefined;
      startTransition(async () => {
        const r = await postVote(props.eventSlug, { handle: props.handle, score: next, revision });
        busy.current = false;
        if (!r.ok) {
          setMessage({ tone: "error", text: r.message });
          return;
        }
        setScore(r.score);
        setRevision(r.revision);
        setProgress((p) => ({
          total: p.total,
          answered: p.answered + (wasAnswered ? 0 : 1),
          skipped: p.skipped + (r.score === null ? 1 : 0) - (score === null ? 1 : 0),
        }));
        setMessage({
          tone: "success",
          text: wasAnswered
            ? `Changed to ${labelOf(props.scale, r.score)}.`
            : `Saved: ${labelOf(props.scale, r.score)}.`,
        });
        // A first answer moves on to the next open item; a change stays, so you see it took.
        if (!wasAnswered) {
          focusNextItemTitle = props.nextOpenHandle !== null;
          router.push(props.nextOpenHandle ? itemHref(props.nextOpenHandle) : `${base}?done=1`);
        }
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [score, revision, props.handle, props.nextOpenHandle, props.closedReason],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const key = e.key.toLowerCase();
      if (digitKeys && /^[0-9]$/.test(key) && props.scale.some((s) => s.score === Number(key))) {
        e.preventDefault();
        submit(Number(key));
      } else if (key === "s") {
        e.preventDefault();
        submit(null);
      } else if ((key === "j" || key === "arrowright") && props.nextHandle) {
        e.preventDefault();
        focusNextItemTitle = true;
        router.push(itemHref(props.nextHandle));
      } else if ((key === "k" || key === "arrowleft") && props.previousHandle) {
        e.preventDefault();
        focusNextItemTitle = true;
        router.push(itemHref(props.previousHandle));
      }
    }
    window.addEventListener("keydown", onKey);
    // Tells tests (and nothing else) that the shortcuts are live.
    root.current?.setAttribute("data-ready", "1");
    return () => window.removeEventListener("keydown", onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submit, props.nextHandle, props.previousHandle]);

  useEffect(() => {
    if (!focusNextItemTitle) return;
    focusNextItemTitle = false;
    title.current?.focus();
  }, [props.handle]);

  return (
    <div ref={root} className="space-y-5" data-testid="vote-item">
      <BallotProgress progress={progress} label="Ballot progress" />
      <article className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
          Item {props.position} of {progress.total}
        </p>
        <h1
          ref={title}
          tabIndex={-1}
          className="mt-1 text-xl font-bold tracking-tight text-slate-900 sm:text-2xl"
          data-testid="item-title"
        >
          {props.title}
        </h1>
        <div className="mt-3 flex flex-wrap gap-2">
          <Badge tone="brand">{props.track}</Badge>
          <Badge>{props.format}</Badge>
          <Badge>{LEVELS[props.level] ?? props.level}</Badge>
          {props.tags.map((t) => (
            <Badge key={t} tone="slate">
              #{t}
            </Badge>
          ))}
        </div>
        <div
          className="prose prose-slate mt-4 max-w-none text-slate-800 [&_a]:text-brand-700 [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-2 [&_ul]:list-disc"
          dangerouslySetInnerHTML={{ __html: props.abstractHtml }}
        />
      </article>

      <section aria-label="Your vote" className="space-y-3">
        {props.closedReason ? <Alert tone="warning">{props.closedReason}</Alert> : null}
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-label="Score">
          {[...props.scale].reverse().map((s) => (
            <button
              key={s.score}
              type="button"
              onClick={() => submit(s.score)}
              disabled={pending || !!props.closedReason}
              aria-pressed={score === s.score}
              data-testid={`score-${s.score}`}
              className="flex min-h-14 flex-col items-center justify-center rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-60 aria-pressed:bg-brand-600 aria-pressed:text-white aria-pressed:ring-brand-600"
            >
              <span>{s.label}</span>
              {digitKeys ? <kbd className="mt-0.5 text-xs font-normal opacity-70">{s.score}</kbd> : null}
            </button>
          ))}
        </div>
        <button
          type="button"
          onClick={() => submit(null)}
          disabled={pending || !!props.closedReason}
          aria-pressed={score === null}
          data-testid="skip"
          className="w-full rounded-lg px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-200 hover:bg-slate-50 disabled:opacity-60 aria-pressed:bg-slate-700 aria-pressed:text-white"
        >
          Skip <kbd className="text-xs opacity-70">S</kbd>
        </button>
        <p className="text-sm text-slate-700" data-testid="vote-status" aria-live="polite">
          {pending ? "Saving…" : `Your vote: ${labelOf(props.scale, score)}`}
        </p>
        {message ? (
          <div data-testid="vote-message" data-ok={message.tone === "success"}>
            <Alert tone={message.tone}>{message.text}</Alert>
          </div>
        ) : null}
      </section>

      <nav className="flex items-center justify-between gap-2" aria-label="Ballot items">
        {props.previousHandle ? (
          <Link
            href={itemHref(props.previousHandle)}
            className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-200"
            data-testid="prev-item"
          >
            ← Previous <kbd className="text-xs opacity-70">K</kbd>
          </Link>
        ) : (
          <span />
        )}
        <Link href={base} className="text-sm text-slate-600 hover:underline">
          Whole ballot
        </Link>
        {props.nextHandle ? (
          <Link
            href={itemHref(props.nextHandle)}
            className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-200"
            data-testid="next-item"
          >
            Next <kbd className="text-xs opacity-70">J</kbd> →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <p className="hidden text-xs text-slate-500 sm:block">
        Keyboard: {digitKeys ? `${props.scale[0].score}–${props.scale[props.scale.length - 1].score} score, ` : ""}S
        skip, J / → next, K / ← previous.
      </p>
    </div>
  );
}
