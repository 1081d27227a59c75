"use client";
// The ballot's items (titles, track, answer) as one client component fed plain data: the page's
// RSC payload carries the rows once as data instead of thirty server-rendered element trees.
import Link from "next/link";

export type BallotListRow = { handle: string; position: number; title: string; track: string; answer: string };

export function BallotList({ eventSlug, rows }: { eventSlug: string; rows: BallotListRow[] }) {
  return (
    <ol className="divide-y divide-slate-100" data-testid="ballot-items">
      {rows.map((i) => (
        <li key={i.handle} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
          <Link href={`/vote/${eventSlug}/b/${i.handle}`} className="font-medium text-slate-900 hover:underline">
            {i.position}. {i.title}
          </Link>
          <span className="flex shrink-0 items-center gap-2 text-sm text-slate-600">
            <span>{i.track}</span>
            <span aria-hidden>·</span>
            <span data-testid="item-answer">{i.answer}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
