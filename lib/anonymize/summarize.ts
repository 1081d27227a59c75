// Human-readable warnings shown to the speaker next to the redaction preview.

import { EVASION_LABEL, evasionsOf, type EvasionTag } from "./normalize";
import type { Finding, RedactionKind } from "./types";

type Group = "NAME" | "ORGANIZATION" | "EMAIL" | "URL" | "HANDLE" | "PHONE";

const GROUP_OF: Record<RedactionKind, Group> = {
  NAME: "NAME",
  ORGANIZATION: "ORGANIZATION",
  DOMAIN: "ORGANIZATION",
  EMAIL: "EMAIL",
  URL: "URL",
  HANDLE: "HANDLE",
  PHONE: "PHONE",
};

const WHAT: Record<Group, { verb: string; one: string; many: string; placeholder: string }> = {
  NAME: { verb: "mentions", one: "a speaker's name", many: "a speaker's name", placeholder: "[speaker]" },
  ORGANIZATION: {
    verb: "mentions",
    one: "your organization",
    many: "your organization",
    placeholder: "[organization]",
  },
  EMAIL: { verb: "contains", one: "an e-mail address", many: "e-mail addresses", placeholder: "[email]" },
  URL: { verb: "contains", one: "a link", many: "links", placeholder: "[link]" },
  HANDLE: { verb: "contains", one: "a social media handle", many: "social media handles", placeholder: "[handle]" },
  PHONE: { verb: "contains", one: "a phone number", many: "phone numbers", placeholder: "[phone]" },
};

const GROUP_ORDER: Group[] = ["NAME", "ORGANIZATION", "EMAIL", "URL", "HANDLE", "PHONE"];

/** e.g. "Your abstract mentions your organization 4 times: voters will see [organization]." */
export function summarizeFindings(findings: Finding[]): string[] {
  const lines: string[] = [];
  for (const field of ["TITLE", "ABSTRACT"] as const) {
    for (const group of GROUP_ORDER) {
      const n = findings.filter((f) => f.field === field && GROUP_OF[f.kind] === group).length;
      if (n === 0) continue;
      const w = WHAT[group];
      const where = field === "TITLE" ? "title" : "abstract";
      const what =
        w.verb === "mentions" ? `${w.one} ${n === 1 ? "once" : `${n} times`}` : n === 1 ? w.one : `${n} ${w.many}`;
      lines.push(`Your ${where} ${w.verb} ${what}: voters will see ${w.placeholder}.`);
    }
    const tricks = new Set<EvasionTag>();
    for (const f of findings) if (f.field === field) for (const t of evasionsOf(f.text)) tricks.add(t);
    if (tricks.size > 0) {
      const where = field === "TITLE" ? "title" : "abstract";
      const how = [...tricks].map((t) => EVASION_LABEL[t]).join(", ");
      lines.push(
        `Your ${where} writes an identity mention with ${how}: it was redacted all the same, and chairs see this note.`,
      );
    }
  }
  return lines;
}
