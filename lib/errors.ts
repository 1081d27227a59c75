// The one result type for expected failures. lib functions (events, proposals, votes, ...) return
// them as values; the action and API wrappers and the CLI pass them to the user with these
// messages (or a more specific one). Thrown errors are reserved for bugs and outages.

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
  invalid_transition: "The event cannot move to that phase from here.",
  reason_required: "Give a reason for this change.",
  user_not_found: "No user with that e-mail address.",
  in_use: "This is still in use.",
  last_admin: "The last admin cannot be removed.",
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type Failure = {
  ok: false;
  code: ErrorCode;
  /** One user-facing sentence; names the field when there is one. */
  message: string;
  /** The input field the failure is about (the first one when several are wrong). */
  field?: string;
  /** Every invalid field with its message, for forms (all at once). */
  fieldErrors?: Record<string, string>;
};
export type Success<T> = { ok: true } & T;
export type Result<T = object> = Success<T> | Failure;

/**
 * An expected failure. The third argument is either the one field it is about (its message then
 * keys fieldErrors too) or every field's message.
 */
export function fail(code: ErrorCode, message?: string, fields?: string | Record<string, string>): Failure {
  const text = message ?? ERROR_MESSAGES[code];
  if (typeof fields === "string")
    return { ok: false, code, message: text, field: fields, fieldErrors: { [fields]: text } };
  if (fields) {
    const first = Object.keys(fields)[0];
    return { ok: false, code, message: text, ...(first ? { field: first } : {}), fieldErrors: fields };
  }
  return { ok: false, code, message: text };
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
  invalid_transition: 409,
  reason_required: 400,
  user_not_found: 404,
  in_use: 409,
  last_admin: 409,
};

/** A zod error as an invalid_input failure: the first issue's message, every field's message. */
export function failFromZod(error: { issues: { path: PropertyKey[]; message: string }[] }): Failure {
  const fieldErrors = fieldErrorsFromIssues(error.issues);
  const first = error.issues[0];
  const field = first && first.path.length ? first.path.map(String).join(".") : undefined;
  return {
    ok: false,
    code: "invalid_input",
    message: first?.message ?? ERROR_MESSAGES.invalid_input,
    ...(field ? { field } : {}),
    fieldErrors,
  };
}

/** Prisma's unique-constraint violation (P2002), whatever the driver adapter. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
