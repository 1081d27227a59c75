// The one check for every callback / return URL Podium follows after sign-in or an action. Only a
// path on this site survives; anything a browser could read as another host, a scheme or a
// protocol-relative URL (after the browser's own repairs: backslashes become slashes, tabs and
// newlines vanish) becomes the fallback. Pure, so every bypass in the test list runs in a unit test.

const MAX_LENGTH = 2048;
const BASE = "http://podium.invalid";

// C0 controls, DEL, and the Unicode separators browsers strip or fold.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\u0080-\u009f\u2028\u2029\\]/;
const ENCODED_SEPARATOR = /%(2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i;

function isSafePath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//")) return false;
  if (UNSAFE_CHARS.test(path) || ENCODED_SEPARATOR.test(path)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false; // malformed escapes: no browser agrees on what they mean
  }
  if (decoded.startsWith("//") || UNSAFE_CHARS.test(decoded) || ENCODED_SEPARATOR.test(decoded)) return false;
  // Belt and braces: resolved against a dummy origin it must stay there.
  const resolved = new URL(path, BASE);
  return resolved.origin === BASE;
}

/**
 * A same-site path from `value` (a path, or an absolute URL on `origin`), else `fallback`.
 * The result always starts with a single "/" and never leaves the site.
 */
export function safeReturnPath(value: unknown, options: { origin?: string; fallback?: string } = {}): string {
  const fallback = options.fallback ?? "/";
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  let path = value;
  if (!value.startsWith("/")) {
    if (!options.origin || !URL.canParse(value)) return fallback;
    if (UNSAFE_CHARS.test(value)) return fallback;
    const url = new URL(value);
    if (url.origin !== new URL(options.origin).origin) return fallback;
    path = `${url.pathname}${url.search}${url.hash}`;
  }
  return isSafePath(path) ? path : fallback;
}
