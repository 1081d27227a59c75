// Signing in a fresh, non-demo user through a real magic link: the link is requested like the
// sign-in form does, and read from the dev mailbox by an organizer (the mailbox is theirs only).
import { expect, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./auth";

/** POSTs a sign-in e-mail request as the form would; returns the URL next-auth sends the browser to. */
export async function requestSignInEmail(page: Page, email: string): Promise<{ status: number; url: string }> {
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/signin/email", {
    form: { email, csrfToken: csrf.csrfToken, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return { status: response.status(), url: body.url ?? "" };
}

/** Signs `page` in as `email` (created on first sign-in) through the magic link in the mailbox. */
export async function signInByEmail(browser: Browser, page: Page, email: string): Promise<void> {
  const requested = await requestSignInEmail(page, email);
  expect(requested.url, `sign-in e-mail for ${email} was refused`).toMatch(/verify-request|check-email/);
  const organizer = await browser.newContext();
  try {
    const mailbox = await organizer.newPage();
    await signInAs(mailbox, "organizer");
    await mailbox.goto("/dev/mailbox");
    const text = await mailbox
      .getByTestId("mail-text")
      .filter({ hasText: encodeURIComponent(email) })
      .first()
      .innerText();
    const link = /https?:\/\/\S+callback\/email\S+/.exec(text)?.[0];
    expect(link, `no sign-in link for ${email} in the mailbox`).toBeTruthy();
    await page.goto(link!);
    await expect(page.getByTestId("nav-profile")).toHaveText(email);
  } finally {
    await organizer.close();
  }
}
