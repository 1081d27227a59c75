// Server-action requests checked at the transport level (proxy.ts), before Next.js decodes them:
// an oversized body is a 413, a body that is not a well-formed React reply (text/plain JSON, or
// multipart/url-encoded form data) a 400. Next.js itself would throw while decoding and answer
// with an error page instead of a 4xx.

export const ACTION_BODY_LIMIT = 6 * 1024 * 1024; // keep equal to serverActions.bodySizeLimit

export type ActionBodyVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string };

/** A reply's root is always the JSON array of the action's arguments. */
function isArgumentList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

export async function checkActionBody(request: Request): Promise<ActionBodyVerdict> {
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
    if (typeof root !== "string" || !isArgumentList(root)) return bad("Malformed action arguments.");
    return { ok: true };
  }
  const text = await request.clone().text();
  if (text.length > ACTION_BODY_LIMIT) return { ok: false, status: 413, message: "Request body too large." };
  if (!isArgumentList(text)) return bad("Malformed action arguments.");
  return { ok: true };
}
