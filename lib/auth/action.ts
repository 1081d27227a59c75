import "server-only";
import type { z } from "zod";
import { fail, fieldErrorsFromIssues, type Failure, type Result } from "../errors";
import { foldDueFeedback } from "../feedback/fold";
import { enforceRateLimit } from "../rate-limit/enforce";
import type { RateLimitKind } from "../rate-limit/rules";
import { getCurrentUser } from "./current-user";
import { AuthError, isOrganizer, type CurrentUser } from "./roles";
import { getSessionIdentity, type SessionIdentity } from "./session-version";

// The one wrapper for server actions: establishes the caller, checks access, validates input
// with zod, and turns expected failures into values the form can show.

type Access = (user: CurrentUser | null) => CurrentUser;

export type FormState<T = object> = Result<T> | null;

export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("[]") ? all : all[0];
  }
  return out;
}

export async function runAction<S extends z.ZodType, T extends object>(
  access: Access,
  schema: S,
  input: unknown,
  fn: (user: CurrentUser, data: z.infer<S>) => Promise<Result<T>>,
  options: { rateLimit?: RateLimitKind } = {},
): Promise<Result<T>> {
  let user: CurrentUser;
  try {
    user = access(await getCurrentUser());
  } catch (e) {
    if (e instanceof AuthError) return fail(e.code, e.message);
    throw e;
  }
  // Counted per user in the shared database store, so the limit holds across instances.
  if (options.rateLimit) {
    const refused = await enforceRateLimit(options.rateLimit, user.id);
    if (refused) return fail(refused.code, refused.message);
  }
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed;
  let result: Result<T>;
  try {
    result = await fn(user, parsed.data);
  } catch (e) {
    if (e instanceof AuthError) return fail(e.code, e.message) as Failure;
    throw e;
  }
  // Feedback windows that have closed are folded on the next organizer action (reads never write).
  if (result.ok && isOrganizer(user)) await foldDueFeedback();
  return result;
}

function parseInput<S extends z.ZodType>(schema: S, input: unknown): Failure | { ok: true; data: z.infer<S> } {
  const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors = fieldErrorsFromIssues(parsed.error.issues);
  const first = Object.entries(fieldErrors)[0];
  return fail("invalid_input", first ? `${first[0]}: ${first[1]}` : undefined, fieldErrors);
}

/**
 * runAction for a hot path that loads the user itself in its one statement (the vote): the caller
 * is only the session cookie's identity (decoded in memory, no database read), and `fn` must
 * refuse a user that does not exist or whose session version is no longer current.
 */
export async function runSessionAction<S extends z.ZodType, T extends object>(
  schema: S,
  input: unknown,
  fn: (identity: SessionIdentity, data: z.infer<S>) => Promise<Result<T>>,
): Promise<Result<T>> {
  const identity = await getSessionIdentity();
  if (!identity) return fail("unauthenticated");
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed;
  return fn(identity, parsed.data);
}
