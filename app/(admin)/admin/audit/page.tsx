import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Field, FilterSelect, TextInput } from "@/components/ui/field";
import { Pager, withQuery } from "@/components/ui/pager";
import { CardTable, Th } from "@/components/ui/table";
import { auditFilterOptions, auditFilterSchema, listAuditEntries } from "@/lib/audit/data";
import { describeKind, summarizeDetails } from "@/lib/audit/describe";
import { requirePageRole } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function AuditPage({ searchParams }: Props) {
  await requirePageRole("ORGANIZER", "/admin/audit");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [{ total, page, pages, entries }, options] = await Promise.all([
    listAuditEntries(filter),
    auditFilterOptions(),
  ]);
  const { page: _page, ...query } = filter;
  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: "/admin", label: "All events" }}
          title="Audit log"
          subtitle="Every sensitive action: who did what, when, to what. Entries are only ever added, never changed or removed."
          actions={
            <a
              href={withQuery("/admin/audit/export", query)}
              className={buttonClass("secondary")}
              data-testid="audit-csv"
              download
            >
              Download CSV
            </a>
          }
        />
      </div>
      <Card>
        <form
          method="get"
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_10rem_10rem_auto] lg:items-end"
          data-testid="audit-filters"
        >
          <FilterSelect
            label="Event"
            name="event"
            value={filter.event}
            anyLabel="All events"
            options={options.events.map((e) => ({ value: e.slug, label: e.name }))}
          />
          <Field label="Who" name="actor" hint='E-mail or part of it; "system" for the CLI and start-up'>
            <TextInput name="actor" defaultValue={filter.actor ?? ""} placeholder="olivia@" />
          </Field>
          <FilterSelect
            label="What"
            name="kind"
            value={filter.kind}
            anyLabel="Everything"
            options={options.kinds.map((k) => ({ value: k.kind, label: k.label }))}
          />
          <Field label="From" name="from">
            <TextInput type="date" name="from" defaultValue={filter.from ?? ""} />
          </Field>
          <Field label="To" name="to">
            <TextInput type="date" name="to" defaultValue={filter.to ?? ""} />
          </Field>
          <div className="flex gap-2">
            <button type="submit" className={buttonClass()} data-testid="audit-filter">
              Filter
            </button>
            <Link href="/admin/audit" className={buttonClass("ghost")}>
              Clear
            </Link>
          </div>
        </form>
      </Card>
      <Pager
        page={page}
        pages={pages}
        total={total}
        noun={{ one: "entry", other: "entries" }}
        hrefFor={(p) => withQuery("/admin/audit", { ...query, page: p })}
      />
      {entries.length === 0 ? (
        <Card>
          <p className="text-slate-700">No entries match these filters.</p>
        </Card>
      ) : (
        <CardTable
          testId="audit-table"
          head={
            <>
              <Th>When (UTC)</Th>
              <Th>Who</Th>
              <Th>What</Th>
              <Th>Target</Th>
            </>
          }
        >
          <tbody className="divide-y divide-slate-100 align-top">
            {entries.map((e) => (
              <tr key={e.id} data-testid="audit-row">
                <td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-600">{when.format(e.at)}</td>
                <td className="px-4 py-3">
                  {e.actor ? (
                    e.actor.name ? (
                      `${e.actor.name} (${e.actor.email})`
                    ) : (
                      e.actor.email
                    )
                  ) : (
                    <span className="text-slate-500">System</span>
                  )}
                </td>
                <td className="px-4 py-3">
                  <p className="font-medium text-slate-900">{describeKind(e.action)}</p>
                  <p className="max-w-md break-words text-xs text-slate-500">{summarizeDetails(e.details)}</p>
                </td>
                <td className="px-4 py-3 text-slate-700">
                  {e.event ? (
                    <Link href={`/admin/events/${e.event.slug}`} className="text-brand-700 hover:underline">
                      {e.event.name}
                    </Link>
                  ) : null}
                  {e.targetType ? (
                    <p className="text-xs text-slate-500">
                      {e.targetType} {e.targetId}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </CardTable>
      )}
    </div>
  );
}
