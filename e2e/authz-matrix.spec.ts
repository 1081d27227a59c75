// Exercises test/authz-matrix.ts against the production build: every page, API route and server
// action, as every role, compared with the expected outcome. Server actions are called the way
// the browser calls them (Next-Action header + React's reply encoding), with inputs that are
// refused after the caller check, so no cell changes shared data.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { ACTIONS, API, matrixCellCount, PAGES, ROLE_PERSONA, ROLES, type Role } from "../test/authz-matrix";
import { signInAs, type PersonaKey } from "./support";

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

async function contextFor(browser: Browser, role: Role) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (role !== "anonymous") await signInAs(page, ROLE_PERSONA[role] as PersonaKey);
  return { context, page, request: page.request };
}

async function firstHref(request: APIRequestContext, url: string, pattern: RegExp): Promise<string> {
  const html = await (await request.get(url)).text();
  const m = pattern.exec(html);
  if (!m) throw new Error(`no link matching ${pattern} on ${url}`);
  return m[1]!;
}

let placeholders: Record<string, string> | undefined;
async function resolvePlaceholders(browser: Browser): Promise<Record<string, string>> {
  if (placeholders) return placeholders;
  const speaker = await contextFor(browser, "speaker");
  const voter = await contextFor(browser, "voter");
  const chair = await contextFor(browser, "chair");
  placeholders = {
    speakerProposal: await firstHref(speaker.request, "/speaker", /href="\/speaker\/proposals\/([\w-]+)"/),
    voterHandle: await firstHref(voter.request, "/vote/summit-2027", /href="\/vote\/summit-2027\/b\/([\w-]+)"/),
    cnProposal: await firstHref(
      chair.request,
      "/admin/events/platform-days-2027/proposals",
      /href="\/admin\/events\/platform-days-2027\/proposals\/([\w-]+)"/,
    ),
  };
  await Promise.all([speaker.context.close(), voter.context.close(), chair.context.close()]);
  return placeholders;
}

const fill = (url: string, p: Record<string, string>) => url.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? k);

async function pageOutcome(request: APIRequestContext, url: string): Promise<string> {
  let r = await request.get(url, { maxRedirects: 0 });
  if (r.status() >= 300 && r.status() < 400) {
    const location = r.headers()["location"] ?? "";
    if (/^(https?:\/\/[^/]+)?\/signin\?callbackUrl=/.test(location)) return "signin";
    r = await request.get(location);
  }
  return { 200: "ok", 403: "forbidden", 404: "notfound" }[r.status()] ?? `status ${r.status()}`;
}

function actionId(file: string, name: string): { id: string; url: string } {
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!entry) throw new Error(`${file}#${name} is not in the build's server-reference manifest`);
  const [id, v] = entry;
  const worker = Object.keys(v.workers).find((w) => w.startsWith("app/") && w.endsWith("/page"))!;
  const route = `/${worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/")}`.replace(/^\/$/, "/");
  const row = PAGES.find((p) => p.route === (route === "/page" ? "/" : route));
  if (!row) throw new Error(`no page row for ${route} (worker of ${name})`);
  return { id, url: row.url };
}

async function actionOutcome(request: APIRequestContext, row: (typeof ACTIONS)[number], p: Record<string, string>) {
  const { id, url } = actionId(row.file, row.name);
  let args: unknown[];
  if (row.call.kind === "form") {
    const form = new FormData();
    for (const [k, v] of Object.entries(row.call.fields ?? {})) form.set(k, v);
    args = [null, form];
  } else args = [row.call.value];
  const body = await encodeReply(args);
  const headers = { "next-action": id, accept: "text/x-component" };
  const r =
    typeof body === "string"
      ? await request.post(fill(url, p), {
          headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
          data: body,
          maxRedirects: 0,
        })
      : await request.post(fill(url, p), {
          headers,
          // A FormData keeps the entry order (an object would put "0" first, before the parts it references).
          multipart: body,
          maxRedirects: 0,
        });
  expect(r.status(), `${row.name}: HTTP status`).toBeLessThan(500);
  const text = await r.text();
  const result = /"ok":(true|false)(?:,"code":"(\w+)")?/.exec(text);
  if (result) return result[1] === "true" ? "ok" : result[2]!;
  const html = /"html":"((?:[^"\\]|\\.)*)"/.exec(text);
  if (html) return html[1] ? "ok" : "unauthenticated"; // previewMarkdownAction: refusal = empty preview
  if (r.headers()["x-action-redirect"]) return "redirect";
  return `unrecognized (${r.status()}): ${text.slice(0, 120)}`;
}

for (const role of ROLES) {
  test(`authorization matrix as ${role}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const p = await resolvePlaceholders(browser);
    const { context, request } = await contextFor(browser, role);
    const mismatches: string[] = [];
    for (const row of PAGES) {
      const got = await pageOutcome(request, fill(row.url, p));
      if (got !== row.expect[role]) mismatches.push(`page ${row.route}: expected ${row.expect[role]}, got ${got}`);
    }
    for (const row of API) {
      const url = fill(row.url, p);
      const status = (
        await request.fetch(url, {
          method: row.method,
          maxRedirects: 0,
          ...(row.body === undefined
            ? {}
            : {
                data: row.body,
                headers: {
                  "content-type": "application/json",
                  origin: new URL(test.info().project.use.baseURL!).origin,
                },
              }),
        })
      ).status();
      if (status !== row.expect[role]) mismatches.push(`api ${row.route}: expected ${row.expect[role]}, got ${status}`);
    }
    for (const row of ACTIONS) {
      if (row.skip) continue;
      const got = await actionOutcome(request, row, p);
      if (got !== row.expect[role]) mismatches.push(`action ${row.name}: expected ${row.expect[role]}, got ${got}`);
    }
    await context.close();
    expect(mismatches, `as ${role}`).toEqual([]);
  });
}

test("the matrix covers routes x roles", () => {
  const skipped = ACTIONS.filter((a) => a.skip).length * ROLES.length;
  console.log(
    `[authz-matrix] ${matrixCellCount()} cells (${matrixCellCount() - skipped} requested, ${skipped} covered elsewhere)`,
  );
  expect(matrixCellCount()).toBeGreaterThan(400);
});
