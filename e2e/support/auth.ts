// Sign-in helpers for specs. The demo sign-in (DEMO_MODE=true, which scripts/e2e.mjs sets) lists one
// button per seeded persona, `data-persona="<key>"`; keys and e-mails are in lib/demo/personas.ts.
import { expect, type Page } from "@playwright/test";
import { DEMO_PERSONAS, findPersona, type DemoPersona } from "../../lib/demo/personas";

export type PersonaKey = (typeof DEMO_PERSONAS)[number]["key"];

type SessionJson = { user?: { email?: string | null; name?: string | null } } | null;

/** The next-auth session of the page's browser context (cookies are shared with page.request). */
export async function currentSession(page: Page): Promise<SessionJson> {
  const response = await page.request.get("/api/auth/session");
  expect(response.ok(), `GET /api/auth/session answered ${response.status()}`).toBe(true);
  const body = (await response.json()) as SessionJson;
  return body && body.user ? body : null;
}

/**
 * Signs the page in as a demo persona: opens /signin (optionally with a callbackUrl), clicks the
 * persona's button, waits until the browser has left /signin and the session names that persona.
 */
export async function signInAs(
  page: Page,
  key: PersonaKey,
  options: { callbackUrl?: string } = {},
): Promise<DemoPersona> {
  const persona = findPersona(key);
  if (!persona) throw new Error(`Unknown demo persona "${key}"; known: ${DEMO_PERSONAS.map((p) => p.key).join(", ")}`);

  const query = options.callbackUrl ? `?callbackUrl=${encodeURIComponent(options.callbackUrl)}` : "";
  await page.goto(`/signin${query}`);
  const button = page.locator(`[data-persona="${key}"]`);
  await expect(
    button,
    `No demo sign-in button for "${key}" on /signin: is DEMO_MODE=true and the database seeded (podium seed --demo)?`,
  ).toBeVisible();
  await button.click();
  const target = options.callbackUrl;
  await page.waitForURL((url) =>
    target
      ? `${url.pathname}${url.search}${url.hash}` === target
      : !url.pathname.startsWith("/signin") && !url.pathname.startsWith("/api/auth"),
  );

  const session = await currentSession(page);
  expect(session?.user, `Signed in as "${key}" but /api/auth/session has no user`).toBeTruthy();
  if (session?.user?.email) expect(session.user.email.toLowerCase()).toBe(persona.email.toLowerCase());
  return persona;
}

/** Ends the session by clearing the context's cookies (faster and UI-independent). */
export async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
  expect(await currentSession(page)).toBeNull();
}
