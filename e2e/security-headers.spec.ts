// Security headers on every kind of response (public page, signed-in page, JSON API, auth route,
// 404, malformed path, static asset), a fresh CSP nonce per request, pages that still work under
// the CSP with no violation reported, and no page that can be framed.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support";

const FIXED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function expectFixedHeaders(headers: Record<string, string>, what: string) {
  for (const [k, v] of Object.entries(FIXED)) expect(headers[k], `${what}: ${k}`).toBe(v);
  expect(headers["permissions-policy"], `${what}: permissions-policy`).toContain("camera=()");
}

function expectCsp(headers: Record<string, string>, what: string): string {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  const script = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  // A refused malformed path is plain text: it allows nothing at all.
  if (!script && csp.startsWith("default-src 'none'")) return "";
  expect(script, `${what}: script-src`).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(script, `${what}: script-src`).not.toContain("unsafe-inline");
  expect(script, `${what}: script-src`).not.toContain("unsafe-eval");
  return /'nonce-([^']+)'/.exec(script)?.[1] ?? "";
}

/** Records CSP violations the page reports (the event fires for every blocked script or style). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test("every response kind carries the security headers, pages a fresh nonce each time", async ({ page }) => {
  const kinds: [string, string][] = [
    ["public page", "/"],
    ["event page", "/events/summit-2027"],
    ["sign-in page", "/signin"],
    ["not found", "/no-such-page"],
    ["malformed path", "/events/%00"],
    ["JSON API", "/api/v1/events/summit-2027/export"],
    ["auth route", "/api/auth/session"],
  ];
  const nonces = new Set<string>();
  for (const [what, url] of kinds) {
    const r = await page.request.get(url, { maxRedirects: 0 });
    const h = r.headers();
    expectFixedHeaders(h, what);
    const nonce = expectCsp(h, what);
    if (what.endsWith(" page")) nonces.add(nonce);
  }
  expect(nonces.size).toBe(3);
  const html = await (await page.request.get("/")).text();
  const nonce = expectCsp((await page.request.get("/")).headers(), "again");
  expect(html).not.toContain(nonce); // a new request, a new nonce

  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(css).toBeTruthy();
  expectFixedHeaders((await page.request.get(css!)).headers(), "static asset");
  // Plain http here: no HSTS (it would lock a demo on http out); https deployments send it.
  expect((await page.request.get("/")).headers()["strict-transport-security"]).toBeUndefined();

  await signInAs(page, "organizer");
  for (const url of ["/admin", "/chair", "/api/v1/events/summit-2027/export"]) {
    const h = (await page.request.get(url)).headers();
    expectFixedHeaders(h, url);
    expectCsp(h, url);
  }
});

test("pages work under the CSP: scripts run, no violation is reported", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/");
  await signInAs(page, "voter"); // the persona buttons are client components: they need scripts
  await page.goto("/vote/summit-2027");
  const first = page.getByTestId("ballot-items").locator("li a").first();
  await first.click();
  await expect(page.locator('[data-testid="vote-item"][data-ready="1"]')).toBeVisible(); // hydrated
  await page.context().clearCookies();
  await signInAs(page, "chair");
  await page.goto("/chair/platform-days-2027/cloud-native");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/admin/events/new");
  expect(violations).toEqual([]);
});

test("no Podium page can be framed by another site", async ({ page, baseURL }) => {
  await signInAs(page, "voter");
  for (const url of ["/vote/summit-2027", "/chair", "/admin"]) {
    // "load" waits for the iframe too; a frame the browser refused ends on its error page.
    await page.setContent(`<iframe id="f" src="${baseURL}${url}" width="800" height="600"></iframe>`, {
      waitUntil: "load",
    });
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(frame.url(), url).not.toContain(url);
    const text = await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    expect(text, url).not.toContain("Podium");
  }
});
