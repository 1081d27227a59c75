import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { BulkStatusForm } from "@/components/admin/bulk-status-form";
import { PROPOSAL_STATUSES, ProposalStatusBadge, statusLabel } from "@/components/proposals/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Field, FilterSelect, TextInput } from "@/components/ui/field";
import { Pager, withQuery } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/page-guards";
import { isOrganizer } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { EventPhaseName } from "@/lib/events/schema";
import {
  adminListQuerySchema,
  countByStatus,
  listAdminProposals,
  type AdminListQuery,
  type AdminListScope,
} from "@/lib/proposals/admin-list";

export const metadata: Metadata = { title: "Proposals" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FLAG_LABELS = {
  redactions: "Has redactions",
  edited: "Voter text edited",
  override: "CFP override",
  invited: "Co-speaker invited",
} as const;
const SORT_LABELS = {
  updated: "Last change",
  title: "Title",
  status: "Status",
  votes: "Votes",
  score: "Score",
} as const;

const plural = (n: number, one: string, other: string) =>
  `${n.toLocaleString("en")} ${new Intl.PluralRules("en").select(n) === "one" ? one : other}`;

/** Organizers' list of an event's proposals (with identities); chairs get their tracks, anonymized. */
export default async function EventProposalsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requirePageUser(`/admin/events/${slug}/proposals`);
  const organizer = isOrganizer(user);
  if (!organizer && user.chairTrackIds.length === 0) forbidden();
  const found = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      phase: true,
      tracks: { orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } },
      formats: { orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } },
    },
  });
  if (!found) notFound();
  const tracks = organizer ? found.tracks : found.tracks.filter((t) => user.chairTrackIds.includes(t.id));
  if (!organizer && tracks.length === 0) forbidden();
  const raw = await searchParams;
  const q: AdminListQuery = adminListQuerySchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const scope: AdminListScope = {
    eventId: found.id,
    eventSlug: found.slug,
    phase: found.phase as EventPhaseName,
    organizer,
    tracks,
    formats: found.formats,
  };
  const [list, counts] = await Promise.all([listAdminProposals(scope, q), countByStatus(scope)]);
  const all = Object.values(counts).reduce((n, c) => n + (c ?? 0), 0);
  const base = `/admin/events/${found.slug}/proposals`;
  const { page: _page, ...filters } = q;
  const href = (over: Partial<AdminListQuery>) => withQuery(base, { ...filters, ...over });
  const sortLink = (key: keyof typeof SORT_LABELS) => {
    const active = list.sort === key;
    const dir = active && list.dir === "desc" ? "asc" : active ? "desc" : key === "title" ? "asc" : "desc";
    return (
      <Link
        href={href({ sort: key, dir, page: undefined })}
        className="hover:underline"
        aria-current={active ? "true" : undefined}
      >
        {SORT_LABELS[key]}
        {active ? (list.dir === "asc" ? " ↑" : " ↓") : ""}
      </Link>
    );
  };

  const rows = list.rows.map((p) => (
    <tr key={p.id} data-testid="admin-proposal" className="align-top">
      {organizer ? (
        <td className="px-3 py-3">
          <input
            type="checkbox"
            name="proposalIds[]"
            value={p.id}
            aria-label={`Select ${p.title}`}
            className="h-4 w-4"
          />
        </td>
      ) : null}
      <td className="max-w-md px-3 py-3">
        <Link href={`${base}/${p.id}`} className="break-words font-medium text-slate-900 hover:underline">
          {organizer ? p.title : p.anonymizedTitle}
        </Link>
        <p className="text-xs text-slate-500">
          {p.track.name} · {p.format.name}
          {p._count.redactions ? ` · ${plural(p._count.redactions, "redaction", "redactions")}` : ""}
          {p.anonymizedEditedAt ? " · voter text edited" : ""}
          {p.allowOutsideCfp ? " · CFP override" : ""}
        </p>
        {organizer && p.speakers.length ? (
          <p className="text-xs text-slate-600">
            {p.speakers
              .map(
                (s) =>
                  `${s.user.name ?? s.user.email}${s.user.organization ? ` (${s.user.organization.name})` : ""}${s.status === "INVITED" ? " – invited" : ""}`,
              )
              .join(", ")}
          </p>
        ) : null}
      </td>
      <td className="px-3 py-3">
        <ProposalStatusBadge status={p.status} phase={found.phase} audience="organizer" />
      </td>
      {list.ranked ? (
        <>
          <td className="px-3 py-3 text-right tabular-nums">{p._count.votes}</td>
          <td className="px-3 py-3 text-right tabular-nums" data-testid="score">
            {p.ranking ? p.ranking.combinedScore.toFixed(2) : "–"}
          </td>
        </>
      ) : null}
    </tr>
  ));

  const table = (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="admin-proposals">
        <thead className="text-left text-slate-600">
          <tr>
            {organizer ? (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Select</span>
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 font-medium">
              {sortLink("title")} <span className="text-slate-400">·</span> {sortLink("updated")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {sortLink("status")}
            </th>
            {list.ranked ? (
              <>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {sortLink("votes")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {sortLink("score")}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{rows}</tbody>
      </table>
    </div>
  );

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={organizer ? { href: `/admin/events/${found.slug}`, label: found.name } : undefined}
          title="Proposals"
          subtitle={
            organizer
              ? `${found.name}: ${plural(all, "proposal", "proposals")}. Organizers see speakers; voters only ever see the anonymized version.`
              : `${found.name}: ${plural(all, "proposal", "proposals")} in your ${tracks.length === 1 ? "track" : "tracks"}. Review and correct what voters will read.`
          }
          actions={
            organizer ? (
              <>
                <a
                  href={`/api/v1/events/${found.slug}/export?format=csv`}
                  className={buttonClass("secondary")}
                  data-testid="download-csv"
                  download
                >
                  Download CSV
                </a>
                <a
                  href={`/api/v1/events/${found.slug}/export`}
                  className={buttonClass("secondary")}
                  data-testid="download-json"
                  download
                >
                  Download JSON
                </a>
              </>
            ) : null
          }
        />
      </div>

      <Card>
        <form
          method="get"
          action={base}
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
          data-testid="proposal-filters"
          role="search"
        >
          <div className="sm:col-span-2">
            <Field label="Search" name="q">
              <TextInput
                type="search"
                name="q"
                defaultValue={q.q ?? ""}
                placeholder={organizer ? "Title, abstract, speaker, organization" : "Title or abstract"}
              />
            </Field>
          </div>
          <FilterSelect
            label="Status"
            name="status"
            value={q.status}
            anyLabel="Any status"
            options={PROPOSAL_STATUSES.map((s) => ({
              value: s,
              label: `${statusLabel(s)} (${(counts[s] ?? 0).toLocaleString("en")})`,
            }))}
          />
          <FilterSelect
            label="Track"
            name="track"
            value={q.track}
            anyLabel="Any track"
            options={tracks.map((t) => ({ value: t.slug, label: t.name }))}
          />
          <FilterSelect
            label="Format"
            name="format"
            value={q.format}
            anyLabel="Any format"
            options={found.formats.map((f) => ({ value: f.slug, label: f.name }))}
          />
          <FilterSelect
            label="Flag"
            name="flag"
            value={q.flag}
            anyLabel="Any"
            options={Object.entries(FLAG_LABELS).map(([k, l]) => ({ value: k, label: l }))}
          />
          {q.sort ? <input type="hidden" name="sort" value={q.sort} /> : null}
          {q.dir ? <input type="hidden" name="dir" value={q.dir} /> : null}
          <div className="flex gap-2 lg:col-span-6">
            <button type="submit" className={buttonClass()} data-testid="apply-filters">
              Search
            </button>
            <Link href={base} className={buttonClass("ghost")}>
              Clear
            </Link>
          </div>
        </form>
      </Card>

      <Pager
        page={list.page}
        pages={list.pages}
        total={list.total}
        noun={{ one: "match", other: "matches" }}
        hrefFor={(p) => href({ page: p })}
      />
      <Card>
        {list.rows.length === 0 ? (
          <p className="text-slate-600" data-testid="no-proposals">
            No proposals match{q.status ? ` the status ${statusLabel(q.status).toLowerCase()}` : ""}
            {q.q ? ` “${q.q}”` : ""}.
          </p>
        ) : organizer ? (
          <BulkStatusForm eventId={found.id}>{table}</BulkStatusForm>
        ) : (
          table
        )}
      </Card>
    </div>
  );
}
