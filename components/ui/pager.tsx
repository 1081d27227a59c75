import Link from "next/link";

/** Previous / next links that keep the other query parameters. */
export function Pager({
  page,
  pages,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pages: number;
  total: number;
  /** e.g. { one: "entry", other: "entries" } */
  noun: { one: string; other: string };
  hrefFor: (page: number) => string;
}) {
  const rule = new Intl.PluralRules("en").select(total) === "one" ? noun.one : noun.other;
  const link = "rounded-md px-3 py-1.5 font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50";
  return (
    <nav
      aria-label="Pages"
      className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600"
      data-testid="pager"
    >
      <p>
        {total.toLocaleString("en")} {rule}
        {pages > 1 ? ` · page ${page} of ${pages.toLocaleString("en")}` : ""}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={link} rel="prev" data-testid="pager-prev">
            ← Previous
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={hrefFor(page + 1)} className={link} rel="next" data-testid="pager-next">
            Next →
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

/** A URL with the given query parameters, empty ones left out. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
