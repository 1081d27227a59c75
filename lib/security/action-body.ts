// Server-action requests checked at the transport level (proxy.ts), before Next.js decodes them:
// an oversized body is a 413, a body that is not a well-formed React reply (text/plain JSON, or
// multipart/url-encoded form data) a 400, and so is an argument list of the wrong shape for the
// action called (lib/security/action-shapes.ts). Next.js itself would throw while decoding, or the
// action while reading a form it was not given, and answer with an error instead of a 4xx.
import { argumentShapeError, type ActionShape } from "./action-shapes";

export const ACTION_BODY_LIMIT = 6 * 1024 * 1024; // keep equal to serverActions.bodySizeLimit

export type ActionBodyVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string };

/** A reply's root is always the JSON array of the action's arguments; null when it is not. */
function argumentList(text: string): unknown[] | null {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

/** `shape`: what the called action takes, when known (undefined: only the body's form is checked). */
export async function checkActionBody(request: Request, shape?: ActionShape): Promise<ActionBodyVerdict> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > ACTION_BODY_LIMIT) return { ok: false, status: 413, message: "Request body too large." };
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const bad = (message: string): ActionBodyVerdict => ({ ok: false, status: 400, message });
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return bad("Malformed form data.");
    }
    const root = form.get("0");
    return checkArguments(typeof root === "string" ? argumentList(root) : null, shape);
  }
  const text = await request.clone().text();
  if (text.length > ACTION_BODY_LIMIT) return { ok: false, status: 413, message: "Request body too large." };
  return checkArguments(argumentList(text), shape);
}

function checkArguments(args: unknown[] | null, shape: ActionShape | undefined): ActionBodyVerdict {
  if (!args) return { ok: false, status: 400, message: "Malformed action arguments." };
  const wrong = shape && argumentShapeError(args, shape);
  return wrong ? { ok: false, status: 400, message: `Malformed action arguments: ${wrong}.` } : { ok: true };
}
