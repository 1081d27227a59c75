// The small fixed set of expected failures. lib functions return them as values; the action and
// API wrappers pass them to the user with these messages (or a more specific one).

export const ERROR_MESSAGES = {
  unauthenticated: "Sign in first.",
  forbidden: "You do not have access to this.",
  not_found: "Not found.",
  invalid_input: "Some fields need attention.",
  slug_taken: "That slug is already used by another event.",
  phase_closed: "This is not possible in the event's current phase.",
  cap_reached: "A submission cap has been reached.",
  conflict: "Someone else changed this at the same time. Reload and try again.",
  rate_limited: "Too many requests. Wait a moment and try again.",
  not_eligible: "You are not eligible for this.",
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type Failure = { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> };
export type Success<T> = { ok: true } & T;
export type Result<T = object> = Success<T> | Failure;

export function fail(code: ErrorCode, message?: string, fieldErrors?: Record<string, string>): Failure {
  return { ok: false, code, message: message ?? ERROR_MESSAGES[code], ...(fieldErrors ? { fieldErrors } : {}) };
}

/** zod issues -> { field: first message } for forms. */
export function fieldErrorsFromIssues(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  slug_taken: 409,
  phase_closed: 409,
  cap_reached: 409,
  conflict: 409,
  rate_limited: 429,
  not_eligible: 403,
};

/** A zod error as an invalid_input failure: the first issue's message, every field's message. */
export function failFromZod(error: { issues: { path: PropertyKey[]; message: string }[] }): Failure {
  const fieldErrors = fieldErrorsFromIssues(error.issues);
  return fail("invalid_input", error.issues[0]?.message ?? ERROR_MESSAGES.invalid_input, fieldErrors);
}

/** Prisma's unique-constraint violation (P2002), whatever the driver adapter. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
