// Public types of the redaction module. RedactionKind mirrors the Prisma enum of the same name.

export type IdentityContext = {
  /** Primary speaker and co-speakers. */
  speakers: { name: string; email?: string; handles?: string[]; links?: string[] }[];
  /** The speakers' organizations. */
  organizations: { name: string; aliases?: string[]; domains?: string[] }[];
};

export type RedactionKind = "NAME" | "ORGANIZATION" | "EMAIL" | "DOMAIN" | "URL" | "HANDLE" | "PHONE";

export type RedactionField = "TITLE" | "ABSTRACT";

/** One identity mention. start/end index the ORIGINAL text (UTF-16 code units, end exclusive). */
export type Finding = {
  field: RedactionField;
  kind: RedactionKind;
  text: string;
  start: number;
  end: number;
  replacement: string;
};

/** A detector's proposal before overlaps are resolved. */
export type Candidate = { kind: RedactionKind; start: number; end: number; replacement: string };

export const PLACEHOLDER = {
  NAME: "[speaker]",
  ORGANIZATION: "[organization]",
  DOMAIN: "[organization]",
  EMAIL: "[email]",
  URL: "[link]",
  HANDLE: "[handle]",
  PHONE: "[phone]",
} as const satisfies Record<RedactionKind, string>;
