// Accessibility (axe-core, WCAG 2.1 A + AA) on every main page as every role that can open it,
// and on the forms after a validation error (sign-in, proposal, profile, new and edited event,
// notification template, session rating). Zero violations allowed. The error states write nothing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PAGES, ROLE_PERSONA, type Role } from "../test/authz-matrix";
import { signInAs, type PersonaKey } from "./support";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let scanned = 0;

async function scan(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  scanned++;
  return results.violations.map(
    (v) =>
      `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ""}`,
  );
}

async function placeholders(page: Page): Promise<Record<string, string>> {
  const html = await (await page.request.get("/speaker")).text();
  const vote = await (await page.request.get("/vote/summit-2027")).text();
  const chairList = await (await page.request.get("/admin/events/platform-days-2027/proposals")).text();
  return {
    speakerProposal: /href="\/speaker\/proposals\/([\w-]+)"/.exec(html)?.[1] ?? "",
    voterHandle: /href="\/vote\/summit-2027\/b\/([\w-]+)"/.exec(vote)?.[1] ?? "",
    cnProposal: /href="\/admin\/events\/platform-days-2027\/proposals\/([\w-]+)"/.exec(chairList)?.[1] ?? "",
  };
}

const ROLES_SCANNED: Role[] = ["anonymous", "voter", "speaker", "chair", "organizer", "admin"];

for (const role of ROLES_SCANNED) {
  test(`axe: every page ${role} can open has no WCAG 2.1 AA violation`, async ({ page }) => {
    test.setTimeout(180_000);
    if (role !== "anonymous") await signInAs(page, ROLE_PERSONA[role] as PersonaKey);
    const p = await placeholders(page);
    const violations: string[] = [];
    const before = scanned;
    for (const row of PAGES) {
      if (row.expect[role] !== "ok" || row.route === "/signin") continue;
      // An admin sees the organizer's pages (scanned as organizer) plus the admin-only ones.
      if (role === "admin" && row.expect.organizer === "ok") continue;
      const url = row.url.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? k);
      if (url.includes("{") || /\/$/.test(url.replace(/^\/$/, "x"))) continue; // placeholder not available to this role
      await page.goto(url);
      violations.push(...(await scan(page, `${role} ${url}`)));
    }
    if (role === "anonymous") {
      await page.goto("/signin");
      violations.push(...(await scan(page, "anonymous /signin")));
    }
    console.log(`[a11y] ${role}: ${scanned - before} pages scanned`);
    expect(violations).toEqual([]);
  });
}

test("axe: forms after a validation error have no WCAG 2.1 AA violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  const before = scanned;
  await page.goto("/signin");
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page.getByText(/Enter an e-mail address/)).toBeVisible();
  violations.push(...(await scan(page, "sign-in error")));

  await signInAs(page, "newcomer");
  await page.goto("/speaker/events/summit-eu-2027/new");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  violations.push(...(await scan(page, "proposal form error")));

  await page.goto("/profile");
  await page.getByLabel("Name", { exact: true }).fill("");
  await page.getByRole("button", { name: /Save profile/ }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  violations.push(...(await scan(page, "profile form error")));

  // A session rating without a rating (the newcomer rated nothing in the demo).
  await page.goto("/feedback/cloud-day-2026");
  const rating = page.getByTestId("rating-form").first();
  await expect(rating.locator('input[name="rating"]:checked')).toHaveCount(0);
  await rating.getByTestId("rating-submit").click();
  await expect(rating.getByRole("alert").first()).toContainText("Choose a rating from 1 to 5");
  violations.push(...(await scan(page, "feedback rating error")));

  await page.context().clearCookies();
  await signInAs(page, "organizer");
  await page.goto("/admin/events/new");
  await page.getByRole("button", { name: /Create event/ }).click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  violations.push(...(await scan(page, "event form error")));

  await page.goto("/admin/events/summit-eu-2027");
  const edit = page.getByTestId("event-form-edit");
  await edit.getByLabel("Name", { exact: true }).fill("");
  await edit.getByTestId("event-form-submit").click();
  await expect(edit.locator('[aria-invalid="true"]').first()).toBeVisible();
  violations.push(...(await scan(page, "event settings error")));

  await page.goto("/admin/events/summit-eu-2027/notifications");
  const template = page.getByTestId("template-decision_accept");
  await template.getByLabel("Subject", { exact: true }).fill("");
  await template.getByRole("button", { name: "Save template" }).click();
  await expect(template.locator('[aria-invalid="true"]').first()).toBeVisible();
  violations.push(...(await scan(page, "notification template error")));
  console.log(`[a11y] forms after a validation error: ${scanned - before} states scanned`);
  expect(violations).toEqual([]);
});
