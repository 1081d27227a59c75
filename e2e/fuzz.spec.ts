// Property-based fuzzing of the transport level (fast-check): every route of the authorization
// matrix with random and hostile path parameters and query strings, and every server action with
// random and hostile bodies, as an anonymous and a signed-in caller. Nothing may answer 5xx, a call
// with the wrong argument shape (a form action given an object, the vote action given a form) is a
// 400 from proxy.ts, and the server's log must show no unhandled rejection, uncaught exception or
// TypeError (an action reading a form it was not given) while it runs.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACTIONS, API, PAGES } from "../test/authz-matrix";
import { signInAs } from "./support";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};
type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};
const manifest = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json"), "utf8"),
) as Manifest;

const HOSTILE = [
  "%00",
  "%ZZ",
  "%",
  "%E0%A4%A",
  "%C0%AE%C0%AE",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "%5C",
  "%0d%0aSet-Cookie:%20x=1",
  "%F0%9F%92%A9",
  "'%20OR%201=1--",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "a".repeat(300),
  "%u0000",
  "%EF%BF%BF",
  "null",
  "undefined",
  "__proto__",
  "constructor",
];
const segment = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: "binary", maxLength: 40 }).map(encodeURIComponent),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/),
);
const queryValue = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 30 }).map(encodeURIComponent));
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "\u0000",
    "\uFFFF",
    "\uD800",
    "x".repeat(20_000),
    "[]",
    "{}",
    "$K1",
    "$@0",
    "$F0",
    "-1",
    "1e309",
    "NaN",
  ),
);

const routes = [...PAGES.map((r) => r.route), ...API.map((r) => r.route)].filter((r) => !r.startsWith("/api/auth"));
const path$ = fc.record({
  route: fc.constantFrom(...routes),
  params: fc.array(segment, { minLength: 4, maxLength: 4 }),
  query: fc.option(fc.tuple(fc.constantFrom("callbackUrl", "track", "format", "error", "page", "q"), queryValue)),
});

function urlFor(route: string, params: string[], query: [string, string] | null): string {
  let i = 0;
  const p = route.replace(/\[(?:\.\.\.)?\w+\]/g, () => params[i++ % params.length]!);
  return query ? `${p}?${query[0]}=${query[1]}` : p;
}

const actions = ACTIONS.filter((a) => !a.skip).map((a) => {
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === a.file && v.exportedName === a.name)!;
  return { name: a.name, id: entry[0], kind: a.call.kind };
});
const action$ = fc.record({
  action: fc.constantFrom(...actions),
  shape: fc.constantFrom("form", "value", "raw", "multipart"),
  fields: fc.dictionary(
    fc.constantFrom(
      "eventSlug",
      "proposalId",
      "title",
      "abstract",
      "score",
      "handle",
      "slug",
      "file",
      "id",
      "$ACTION_ID",
      "0",
    ),
    text,
    { maxKeys: 5 },
  ),
  raw: text,
});

let cases = 0;

type ActionCase = {
  action: { name: string; id: string; kind: "form" | "value" };
  shape: string;
  fields: Record<string, string>;
  raw: string;
};
/** The encoded call does not fit what the action takes (the other React shape). */
const wrongShape = (c: ActionCase) =>
  (c.shape === "value" && c.action.kind === "form") || (c.shape === "form" && c.action.kind === "value");
let wrongShapeCalls = 0;

async function post(request: APIRequestContext, c: ActionCase) {
  // fast-check's dictionaries have no prototype; React only sends plain objects.
  c = { ...c, fields: { ...c.fields } };
  const headers = { "next-action": c.action.id, accept: "text/x-component" };
  const url = "/speaker";
  if (c.shape === "raw") {
    return request.post(url, {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: c.raw,
      maxRedirects: 0,
    });
  }
  if (c.shape === "multipart") {
    return request.post(url, { headers, multipart: { ...c.fields, "0": c.raw }, maxRedirects: 0 });
  }
  const form = new FormData();
  for (const [k, v] of Object.entries(c.fields)) form.set(k, v);
  const body = await encodeReply(c.shape === "form" ? [null, form] : [c.fields]);
  return typeof body === "string"
    ? request.post(url, {
        headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
        data: body,
        maxRedirects: 0,
      })
    : request.post(url, {
        headers,
        // A FormData keeps the entry order (an object would put "0" first, before the parts it references).
        multipart: body,
        maxRedirects: 0,
      });
}

function serverLogSince(offset: number): string {
  const file = process.env.PODIUM_E2E_SERVER_LOG;
  if (!file || !fs.existsSync(file)) return "";
  return fs.readFileSync(file, "utf8").slice(offset);
}
const logOffset = () => (process.env.PODIUM_E2E_SERVER_LOG ? fs.statSync(process.env.PODIUM_E2E_SERVER_LOG).size : 0);

for (const who of ["anonymous", "speaker"] as const) {
  test(`fuzz: routes and actions as ${who} never answer 5xx`, async ({ page }) => {
    test.setTimeout(240_000);
    if (who !== "anonymous") await signInAs(page, who);
    const start = logOffset();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(path$, async ({ route, params, query }) => {
        const url = urlFor(route, params, query);
        cases++;
        const r = await page.request.get(url, { maxRedirects: 0 }).catch((e: Error) => ({ status: () => -1, e }));
        if (r.status() >= 500 || r.status() < 0) failures.push(`GET ${url} -> ${r.status()}`);
      }),
      { numRuns: 150, seed: who === "anonymous" ? 13 : 1313 },
    );
    await fc.assert(
      fc.asyncProperty(action$, async (c) => {
        cases++;
        const status = await post(page.request, c).then(
          (r) => r.status(),
          (e: Error) => `request failed: ${e.message.split("\n")[0]}`,
        );
        if (typeof status !== "number" || status >= 500)
          failures.push(`action ${c.action.name} (${c.shape}) ${JSON.stringify(c.fields).slice(0, 80)} -> ${status}`);
        else if (wrongShape(c) && (wrongShapeCalls++, status !== 400))
          failures.push(`action ${c.action.name} called with the wrong shape (${c.shape}) -> ${status}, not 400`);
      }),
      { numRuns: 150, seed: who === "anonymous" ? 31 : 3131 },
    );
    const log = serverLogSince(start);
    expect(failures).toEqual([]);
    expect(log).not.toMatch(/unhandled ?rejection|uncaught ?exception/i);
    expect(log).not.toMatch(/TypeError/);
    expect(wrongShapeCalls).toBeGreaterThan(10);
    console.log(
      `[fuzz] ${who}: ${cases} cases so far, 0 answered 5xx; ${wrongShapeCalls} wrong-shape action calls so far, all 400`,
    );
  });
}
