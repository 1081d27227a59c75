// The client's network address for per-address limits. X-Forwarded-For is written by whoever
// sent the request, so it is believed only as far as TRUST_PROXY says proxies of ours appended
// to it: with N trusted proxies, the N-th entry from the right is what our outermost proxy saw.
// Without a trusted proxy there is no trustworthy address (Next.js keeps a client-sent header
// as is), and per-address limits are skipped; per-account limits still apply.

/** The client address from the request headers, or null when no proxy is trusted or it is missing. */
export function clientAddressFrom(headers: Headers, trustedProxies: number): string | null {
  if (trustedProxies < 1) return null;
  const raw = headers.get("x-forwarded-for");
  if (!raw) return null;
  const hops = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const entry = hops[hops.length - trustedProxies];
  if (!entry || entry.length > 64 || !/^[0-9a-fA-F:.[\]]+$/.test(entry)) return null;
  return entry.replace(/^\[|\]$/g, "").toLowerCase();
}
