// Result values of lib/events. Expected failures (bad input, slug taken, not found) come back as
// values with a fixed code; thrown errors are reserved for bugs and outages.
import type { z } from "zod";

export type EventErrorCode =
  "invalid_input" | "slug_taken" | "not_found" | "invalid_transition" | "reason_required" | "user_not_found" | "in_use";

export type Failure = {
  ok: false;
  code: EventErrorCode;
  /** One user-facing sentence; names the field when there is one. */
  message: string;
  /** The input field the failure is about (first one when several are wrong). */
  field?: string;
  /** Every invalid field with its message, for forms. */
  fieldErrors?: Record<string, string>;
};

export type Result<T extends object> = ({ ok: true } & T) | Failure;

export function fail(code: EventErrorCode, message: string, field?: string): Failure {
  return field ? { ok: false, code, message, field, fieldErrors: { [field]: message } } : { ok: false, code, message };
}

/** Turns a zod error into an invalid_input failure whose message is the first issue's. */
export function failFromZod(error: z.ZodError): Failure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_";
    fieldErrors[key] ??= issue.message;
  }
  const first = error.issues[0];
  const field = first && first.path.length ? String(first.path[0]) : undefined;
  return { ok: false, code: "invalid_input", message: first?.message ?? "Invalid input", field, fieldErrors };
}

/** Prisma's unique-constraint violation (P2002), whatever the driver adapter. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
