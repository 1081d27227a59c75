// Issue 13's findings, each as the attacker reproduced it: sign-in e-mail flood, the dev mailbox
// open to anyone, the backslash open redirect, 500s for bad paths and bodies, cookies that survive
// "sign out", focus lost after a vote. Each test failed on the code before the fix.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { requestSignInEmail, signInAs, signInByEmail } from "./support";

const run = Date.now().toString(36);

test("sign-in e-mails to one address are limited, and the refusal names the wait", async ({ page }) => {
  const email = `flood-${run}@example.org`;
  const results = [];
  for (let i = 0; i < 30; i++) results.push(await requestSignInEmail(page, email));
  const sent = results.filter((r) => /verify-request|check-email/.test(r.url));
  const refused = results.filter((r) => r.url.includes("error=EmailRateLimited"));
  // 5 per fixed 15-minute window (10 if the window happens to turn over during these requests).
  expect(sent.length === 5 || (sent.length > 5 && sent.length <= 10)).toBe(true);
  expect(refused).toHaveLength(30 - sent.length);
  expect(refused[0]!.status).toBe(429);
  await page.goto(refused[0]!.url);
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toContainText(
    /Too many sign-in e-mails for this address\. Try again in \d+ (minutes?|seconds?)\./,
  );
});

test("the dev mailbox is an organizer's demo tool: not linked or shown to anyone else", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page.getByTestId("nav-mailbox")).toHaveCount(0);
  expect((await page.request.get("/dev/mailbox")).status()).toBe(404);
  await signInAs(page, "voter");
  await expect(page.getByTestId("nav-mailbox")).toHaveCount(0);
  expect((await page.request.get("/dev/mailbox")).status()).toBe(404);

  const organizer = await browser.newPage();
  await signInAs(organizer, "organizer");
  await expect(organizer.getByTestId("nav-mailbox")).toBeVisible();
  await organizer.goto("/dev/mailbox");
  await expect(organizer.getByRole("heading", { level: 1 })).toContainText("Demo mailbox");
  await expect(organizer.getByText(/demo tool/)).toBeVisible();
  await organizer.close();
});

test("callbackUrl bypasses never send a signed-in user off-site", async ({ page }) => {
  await signInAs(page, "voter");
  for (const bypass of [
    "/%5C127.0.0.1:8899/pwned",
    "/%09/127.0.0.1:8899/pwned",
    "/\\127.0.0.1:8899/pwned",
    "//127.0.0.1:8899/pwned",
    "/%2F%2F127.0.0.1:8899/pwned",
    "https://evil.example/",
    "javascript:alert(1)",
  ]) {
    const r = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(bypass)}`, { maxRedirects: 0 });
    expect(r.status(), bypass).toBeGreaterThanOrEqual(300);
    expect(r.status(), bypass).toBeLessThan(400);
    const location = r.headers()["location"] ?? "";
    expect(new URL(location, page.url()).origin, `${bypass} -> ${location}`).toBe(new URL(page.url()).origin);
    expect(location, bypass).not.toMatch(/\\|127\.0\.0\.1:8899|evil|javascript/i);
  }
  // next-auth's own redirect after sign-in goes through the same check.
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const r = await page.request.post("/api/auth/signin/email", {
    form: {
      email: `redir-${run}@example.org`,
      csrfToken: csrf.csrfToken,
      callbackUrl: "/\\evil.example",
      json: "true",
    },
  });
  expect(((await r.json()) as { url: string }).url).not.toContain("evil");
});

test("bad paths answer 400/404, never 500", async ({ page }) => {
  for (const path of [
    "/events/%00",
    "/events/%ZZ",
    "/api/v1/events/%00/export",
    "/api/v1/events/%00/ranking",
    "/vote/%ZZ",
    "/vote/%00/b/%00",
    "/chair/%00/%00",
    "/speaker/proposals/%00",
    "/api/auth/callback/demo",
    "/api/auth/callback/nope",
  ]) {
    const r = await page.request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBeLessThan(500);
  }
});

test("a 1 MB abstract gets a field message, and a malformed action body or argument list a 4xx", async ({ page }) => {
  await signInAs(page, "newcomer");
  await page.goto("/speaker/events/summit-eu-2027/new");
  await page.getByLabel("Title", { exact: true }).fill("Oversized abstract");
  await page.locator('textarea[name="abstract"]').evaluate((el: HTMLTextAreaElement) => {
    el.removeAttribute("maxlength");
    // The textarea is a controlled React input: set the value through the native setter so React's
    // state (what the form submits) sees it, as if the speaker had pasted it.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, "x".repeat(1024 * 1024));
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/Abstract is too long/).first()).toBeVisible();

  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveProposalAction")?.[0];
  for (const body of ["{not json", "\u0000\u0001", "x".repeat(7 * 1024 * 1024)]) {
    const r = await page.request.post("/speaker/events/summit-eu-2027/new", {
      headers: { "next-action": id ?? "x", "content-type": "text/plain;charset=UTF-8" },
      data: body,
      maxRedirects: 0,
    });
    expect(r.status(), `body ${body.slice(0, 10)}`).toBeGreaterThanOrEqual(400);
    expect(r.status(), `body ${body.slice(0, 10)}`).toBeLessThan(500);
  }
  // A form action called with a string, an object or nothing (not the (state, FormData) React
  // sends) is refused by proxy.ts with a 400 before the action could read a form it was not given.
  for (const args of ['["x"]', '[{"title":"x","abstract":"y"}]', "[]"]) {
    const r = await page.request.post("/speaker/events/summit-eu-2027/new", {
      headers: { "next-action": id!, "content-type": "text/plain;charset=UTF-8" },
      data: args,
      maxRedirects: 0,
    });
    expect(r.status(), `arguments ${args}`).toBe(400);
    expect(await r.text()).toBe("Malformed action arguments: this action takes a form.");
  }
  const unknown = await page.request.post("/speaker", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(unknown.status()).toBeLessThan(500);
});

test("sign out everywhere cuts a cookie saved before it", async ({ browser, page }) => {
  const email = `revoke-${run}@example.org`;
  await signInByEmail(browser, page, email);
  const saved = await page.context().storageState();
  const thief = await browser.newContext({ storageState: saved });
  const stolen = await thief.newPage();
  await stolen.goto("/profile");
  await expect(stolen.getByTestId("nav-profile")).toHaveText(email);

  await page.goto("/profile");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await stolen.goto("/profile");
  await expect(stolen).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);
  const session = (await (await stolen.request.get("/api/auth/session")).json()) as { user?: unknown };
  expect(session.user).toBeUndefined();
  await thief.close();
});

test("after a vote, keyboard focus is on the next ballot item, not the page body", async ({ browser, page }) => {
  await signInByEmail(browser, page, `focus-${run}@example.org`);
  await page.goto("/vote/summit-2027");
  await page.getByTestId("start-voting").click();
  await expect(page.locator('[data-testid="vote-item"][data-ready="1"]')).toBeVisible();
  const first = page.url();
  await page.keyboard.press("2");
  await expect(page).not.toHaveURL(first);
  await expect(page.locator('[data-testid="vote-item"][data-ready="1"]')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="vote-item"]') !== null))
    .toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("item-title");
});
