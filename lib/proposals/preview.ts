import "server-only";
// Live voter-version preview for the proposal form: the same redaction the save path runs, against
// the identities Podium knows for the typing speaker and the co-speakers typed so far. Nothing is
// written; the result goes only to the speaker who typed the text.
import { findUndeclaredIdentity, describeWarning, redactProposal, summarizeFindings } from "../anonymize";
import type { IdentityContext } from "../anonymize";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { renderMarkdown } from "../markdown/render";
import { isPublicMailDomain } from "../orgs/normalize";
import { loadIdentityContext } from "./identity";
import { LIMITS } from "./schema";

export type VoterPreview = { title: string; html: string; warnings: string[]; notes: string[] };

const domainOf = (email: string) => email.split("@")[1]?.toLowerCase() ?? "";

export async function previewVoterVersion(
  user: CurrentUser,
  input: { title: string; abstract: string; coSpeakers: string },
): Promise<VoterPreview> {
  const title = input.title
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, LIMITS.title * 2);
  const abstract = input.abstract.replace(/\r\n/g, "\n").slice(0, LIMITS.abstract * 2);
  const emails = [
    ...new Set(
      input.coSpeakers
        .split(/[;,\s]+/)
        .map((e) => e.trim().toLowerCase())
        .filter((e) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)),
    ),
  ].slice(0, LIMITS.coSpeakers);
  const known = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const ctx: IdentityContext = await loadIdentityContext(db, [user.id, ...known.map((u) => u.id)]);
  // A co-speaker new to Podium is known by address only: the redactor derives a name and an
  // organization from it, as the import does.
  for (const email of emails) {
    if (known.some((u) => u.email === email)) continue;
    ctx.speakers.push({ name: "", email });
    const d = domainOf(email);
    if (d && !isPublicMailDomain(d)) ctx.organizations.push({ name: d.split(".").slice(-2, -1)[0] ?? d, domains: [d] });
  }
  const r = redactProposal({ title, abstract }, ctx);
  return {
    title: r.anonymizedTitle,
    html: renderMarkdown(r.anonymizedAbstract),
    notes: summarizeFindings(r.findings),
    warnings: findUndeclaredIdentity({ title: r.anonymizedTitle, abstract: r.anonymizedAbstract }).map(describeWarning),
  };
}
