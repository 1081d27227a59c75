// The foundation's promises: every demo persona signs in and sees the navigation of its role;
// pages refuse (403), not just hide, what a role may not open; magic-link sign-in works offline.
import { expect, test } from "@playwright/test";
import { signInAs, type PersonaKey } from "./support";

const NAV: Record<PersonaKey, { has: string[]; lacks: string[] }> = {
  organizer: { has: ["nav-speaker", "nav-vote", "nav-chair", "nav-admin"], lacks: [] },
  chair: { has: ["nav-speaker", "nav-vote", "nav-chair"], lacks: ["nav-admin"] },
  speaker: { has: ["nav-speaker", "nav-vote"], lacks: ["nav-chair", "nav-admin"] },
  newcomer: { has: ["nav-speaker", "nav-vote"], lacks: ["nav-chair", "nav-admin"] },
  voter: { has: ["nav-speaker", "nav-vote"], lacks: ["nav-chair", "nav-admin"] },
};

for (const [persona, nav] of Object.entries(NAV) as [PersonaKey, (typeof NAV)[PersonaKey]][]) {
  test(`${persona} signs in and sees the ${persona}'s navigation`, async ({ page }) => {
    const p = await signInAs(page, persona);
    await page.goto("/");
    await expect(page.getByTestId("nav-profile")).toHaveText(p.name);
    for (const id of nav.has) await expect(page.getByTestId(id)).toBeVisible();
    for (const id of nav.lacks) await expect(page.getByTestId(id)).toHaveCount(0);
  });
}

test("a voter opening the admin pages is refused with 403", async ({ page }) => {
  await signInAs(page, "voter");
  for (const path of ["/admin", "/admin/events/new", "/admin/events/summit-2027", "/chair"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  }
});

test("anonymous visitors are sent to sign in, then back", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  await page.locator('[data-persona="organizer"]').click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("magic-link sign-in works through the demo mailbox (organizers read it) when no SMTP is configured", async ({
  page,
  browser,
}) => {
  const email = `e2e-${Date.now()}@example.org`;
  await page.goto("/signin");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  const organizer = await browser.newPage();
  await signInAs(organizer, "organizer");
  await organizer.goto("/dev/mailbox");
  const text = await organizer
    .getByTestId("mail-item")
    .filter({ hasText: `to ${email}` })
    .first()
    .innerText();
  await organizer.close();
  const link = /https?:\/\/\S+callback\/email\S+/.exec(text)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByTestId("nav-profile")).toHaveText(email);
});

test("the public event page shows phase and tracks but no proposals", async ({ page }) => {
  await page.goto("/events/summit-2027");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Open Cloud Summit 2027");
  await expect(page.getByText("Cloud Native").first()).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain("Samira Haddad");
  expect(html).not.toContain("NimbusWorks");
});
