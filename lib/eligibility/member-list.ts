// The organizer's member list (eligibility MEMBER_LIST): imported from a CSV of e-mails, stored
// lower-cased, one row per address. Bad lines are reported by line number; good ones are kept.
import "server-only";
import Papa from "papaparse";
import { z } from "zod";
import { db } from "../db/client";
import { normalizeEmail } from "../orgs/normalize";

const emailSchema = z.email();

export type MemberListParse = { emails: string[]; errors: { line: number; message: string }[] };

/**
 * A CSV with an `email` (or `e-mail`) column, or a bare list with one address per line. Empty
 * lines are ignored; duplicates count once.
 */
export function parseMemberList(text: string): MemberListParse {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = header.findIndex((h) => h === "email" || h === "e-mail" || h === "email_address");
  const start = col >= 0 ? 1 : 0;
  const column = col >= 0 ? col : 0;
  const emails = new Set<string>();
  const errors: MemberListParse["errors"] = [];
  for (let i = start; i < rows.length; i++) {
    const raw = (rows[i]?.[column] ?? "").trim();
    if (!raw && (rows[i] ?? []).every((c) => !c.trim())) continue;
    const email = normalizeEmail(raw);
    if (!emailSchema.safeParse(email).success) {
      errors.push({ line: i + 1, message: raw ? `"${raw}" is not an e-mail address` : "no e-mail address" });
      continue;
    }
    emails.add(email);
  }
  return { emails: [...emails], errors };
}

export type MemberListImport = {
  added: number;
  alreadyListed: number;
  removed: number;
  total: number;
  errors: MemberListParse["errors"];
};

/** Adds the addresses (or, with replace, makes the list exactly these) in one transaction. */
export async function importMemberList(
  eventId: string,
  text: string,
  options: { replace?: boolean } = {},
): Promise<MemberListImport> {
  const { emails, errors } = parseMemberList(text);
  return db.$transaction(async (tx) => {
    let removed = 0;
    if (options.replace) {
      removed = (await tx.eventVoterListEntry.deleteMany({ where: { eventId, email: { notIn: emails } } })).count;
    }
    const created = await tx.eventVoterListEntry.createMany({
      data: emails.map((email) => ({ eventId, email })),
      skipDuplicates: true,
    });
    const total = await tx.eventVoterListEntry.count({ where: { eventId } });
    return { added: created.count, alreadyListed: emails.length - created.count, removed, total, errors };
  });
}

export async function clearMemberList(eventId: string): Promise<number> {
  return (await db.eventVoterListEntry.deleteMany({ where: { eventId } })).count;
}

/** Counts the organizer's voters page shows. */
export async function getVoterCounts(eventId: string) {
  const [listed, ballots, voters, scores, skips, listedWithBallot] = await Promise.all([
    db.eventVoterListEntry.count({ where: { eventId } }),
    db.ballot.count({ where: { eventId } }),
    db.vote.groupBy({ by: ["voterId"], where: { eventId } }).then((r) => r.length),
    db.vote.count({ where: { eventId, score: { not: null } } }),
    db.vote.count({ where: { eventId, score: null } }),
    db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*)::bigint AS n FROM "Ballot" b JOIN "User" u ON u.id = b."voterId"
      JOIN "EventVoterListEntry" e ON e."eventId" = b."eventId" AND e.email = u.email
      WHERE b."eventId" = ${eventId}`.then((r) => Number(r[0]?.n ?? 0)),
  ]);
  return { listed, ballots, voters, scores, skips, listedWithBallot };
}

/** A page of the member list for the organizer (never shown to voters). */
export async function listMembers(eventId: string, take = 50) {
  return db.eventVoterListEntry.findMany({
    where: { eventId },
    orderBy: { email: "asc" },
    take,
    select: { email: true },
  });
}
