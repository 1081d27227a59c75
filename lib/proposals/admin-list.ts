// The organizers' (and chairs') proposal list at scale: search, filters, sorting and paging all
// in the database, so a page of 50 costs the same with 60 or 6,000 proposals. Chairs see only
// their tracks and never search or see speakers (identities are revealed, audited, elsewhere).
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ProposalStatus } from "../db/generated/enums";
import { REVIEW_PHASES, type EventPhaseName } from "../events/schema";
import { rankEachTrack, type RankedFields } from "../ranking/compute";

export const ADMIN_PAGE_SIZE = 50;
const STATUSES = ["DRAFT", "SUBMITTED", "WITHDRAWN", "ACCEPTED", "WAITLISTED", "REJECTED"] as const;
export const LIST_FLAGS = ["redactions", "edited", "override", "invited"] as const;
export const LIST_SORTS = ["updated", "title", "status", "votes", "score"] as const;

const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);
/** Query-string filters; malformed values are ignored, never an error page. */
export const adminListQuerySchema = z.object({
  q: opt(z.string().trim().max(200)),
  status: opt(z.enum(STATUSES)),
  track: opt(z.string().trim().max(60)),
  format: opt(z.string().trim().max(60)),
  flag: opt(z.enum(LIST_FLAGS)),
  sort: opt(z.enum(LIST_SORTS)),
  dir: opt(z.enum(["asc", "desc"])),
  page: opt(z.coerce.number().int().min(1).max(100_000)),
});
export type AdminListQuery = z.infer<typeof adminListQuerySchema>;

export type AdminListScope = {
  eventId: string;
  eventSlug: string;
  phase: EventPhaseName;
  organizer: boolean;
  /** Tracks the caller may see (every track for organizers). */
  tracks: { id: string; slug: string }[];
  formats: { id: string; slug: string }[];
};

function whereOf(scope: AdminListScope, q: AdminListQuery): Prisma.ProposalWhereInput {
  const and: Prisma.ProposalWhereInput[] = [{ eventId: scope.eventId }];
  if (!scope.organizer) and.push({ trackId: { in: scope.tracks.map((t) => t.id) } });
  if (q.status) and.push({ status: q.status as ProposalStatus });
  const track = q.track ? scope.tracks.find((t) => t.slug === q.track) : undefined;
  if (q.track) and.push({ trackId: track?.id ?? "-" });
  const format = q.format ? scope.formats.find((f) => f.slug === q.format) : undefined;
  if (q.format) and.push({ formatId: format?.id ?? "-" });
  if (q.flag === "redactions") and.push({ redactions: { some: {} } });
  if (q.flag === "edited") and.push({ anonymizedEditedAt: { not: null } });
  if (q.flag === "override") and.push({ allowOutsideCfp: true });
  if (q.flag === "invited") and.push({ speakers: { some: { status: "INVITED" } } });
  if (q.q) {
    const text = { contains: q.q, mode: "insensitive" as const };
    const or: Prisma.ProposalWhereInput[] = scope.organizer
      ? [
          { title: text },
          { abstract: text },
          { externalId: text },
          { speakers: { some: { user: { OR: [{ name: text }, { email: text }, { organization: { name: text } }] } } } },
          { speakers: { some: { user: { profile: { displayName: text } } } } },
        ]
      : // Chairs search what voters read: the anonymized text only.
        [{ anonymizedTitle: text }, { anonymizedAbstract: text }];
    and.push({ OR: or });
  }
  return { AND: and };
}

const rowSelect = (organizer: boolean) =>
  ({
    id: true,
    externalId: true,
    title: true,
    anonymizedTitle: true,
    status: true,
    updatedAt: true,
    anonymizedEditedAt: true,
    allowOutsideCfp: true,
    track: { select: { name: true } },
    format: { select: { name: true } },
    speakers: {
      where: organizer ? { status: { not: "DECLINED" } } : { id: "" },
      orderBy: { invitedAt: "asc" },
      select: { status: true, user: { select: { name: true, email: true, organization: { select: { name: true } } } } },
    },
    _count: { select: { redactions: true, votes: true } },
  }) satisfies Prisma.ProposalSelect;

export type AdminListRow = Prisma.ProposalGetPayload<{ select: ReturnType<typeof rowSelect> }> & {
  ranking?: RankedFields;
};

export async function listAdminProposals(scope: AdminListScope, q: AdminListQuery) {
  const where = whereOf(scope, q);
  const ranked = REVIEW_PHASES.includes(scope.phase);
  const sort = q.sort === "score" && !ranked ? "updated" : (q.sort ?? "updated");
  const dir = q.dir ?? (sort === "title" ? "asc" : "desc");
  const page = q.page ?? 1;
  const skip = (page - 1) * ADMIN_PAGE_SIZE;
  const select = rowSelect(scope.organizer);
  const [total, ranking] = await Promise.all([
    db.proposal.count({ where }),
    ranked ? rankEachTrack(scope.eventSlug) : Promise.resolve(new Map<string, RankedFields>()),
  ]);

  let rows: AdminListRow[];
  if (sort === "score") {
    // The score comes from the fitted model, not a column: order the matching ids in memory
    // (ids only, cheap even for thousands), then load the one page.
    const ids = await db.proposal.findMany({ where, select: { id: true } });
    const score = (id: string) => ranking.get(id)?.combinedScore ?? Number.NEGATIVE_INFINITY;
    ids.sort(
      (a, b) => (dir === "asc" ? score(a.id) - score(b.id) : score(b.id) - score(a.id)) || a.id.localeCompare(b.id),
    );
    const pageIds = ids.slice(skip, skip + ADMIN_PAGE_SIZE).map((r) => r.id);
    const found = await db.proposal.findMany({ where: { id: { in: pageIds } }, select });
    const byId = new Map(found.map((r) => [r.id, r]));
    rows = pageIds.map((id) => byId.get(id)!).filter(Boolean);
  } else {
    const orderBy: Prisma.ProposalOrderByWithRelationInput[] =
      sort === "title"
        ? [{ title: dir }]
        : sort === "status"
          ? [{ status: dir }, { updatedAt: "desc" }]
          : sort === "votes"
            ? [{ votes: { _count: dir } }, { updatedAt: "desc" }]
            : [{ updatedAt: dir }];
    rows = await db.proposal.findMany({
      where,
      select,
      orderBy: [...orderBy, { id: "asc" }],
      skip,
      take: ADMIN_PAGE_SIZE,
    });
  }
  for (const r of rows) r.ranking = ranking.get(r.id);
  return { total, page, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)), rows, ranked, sort, dir };
}

export async function countByStatus(scope: AdminListScope) {
  const where = whereOf(scope, {});
  const counts = await db.proposal.groupBy({ by: ["status"], where, _count: { _all: true } });
  return Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<ProposalStatus, number>>;
}
