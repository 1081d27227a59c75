// The voter's path (issue 4): a fresh ballot without one's own organization's proposals, voting
// with the keyboard, changing a vote, progress; another voter opening an item URL gets 404.
import { expect, test, type Page } from "@playwright/test";
import { redactProposal } from "../lib/anonymize";
import { SEED_ORGANIZATIONS } from "../prisma/seed/organizations";
import { SUMMIT_PROPOSALS } from "../prisma/seed/proposals";
import { SEED_SPEAKERS } from "../prisma/seed/speakers";
import { signInAs, signInByEmail, signOut } from "./support";

const EVENT = "summit-2027";
const ready = (page: Page) => expect(page.locator('[data-testid="vote-item"][data-ready="1"]')).toBeVisible();

/** Both spellings a NimbusWorks proposal could have on a ballot: original and redacted title. */
function titlesOfOrganization(orgKey: string): Set<string> {
  const speakers = new Map(SEED_SPEAKERS.map((s) => [s.key, s]));
  const orgs = new Map(SEED_ORGANIZATIONS.map((o) => [o.key, o]));
  const titles = new Set<string>();
  for (const p of SUMMIT_PROPOSALS) {
    const people = [p.speaker, ...(p.co ?? [])].map((k) => speakers.get(k)!);
    if (!people.some((s) => s.org === orgKey)) continue;
    const redacted = redactProposal(
      { title: p.title, abstract: p.abstract },
      {
        speakers: people.map((s) => ({ name: s.name, email: s.email })),
        organizations: people.flatMap((s) =>
          s.org
            ? [
                {
                  name: orgs.get(s.org)!.name,
                  aliases: orgs.get(s.org)!.aliases ?? [],
                  domains: [orgs.get(s.org)!.domain],
                },
              ]
            : [],
        ),
      },
    );
    titles.add(p.title);
    titles.add(redacted.anonymizedTitle);
  }
  return titles;
}

async function ballotTitles(page: Page): Promise<string[]> {
  await page.goto(`/vote/${EVENT}`);
  const links = page.getByTestId("ballot-items").locator("li a");
  return (await links.allInnerTexts()).map((t) => t.replace(/^\d+\.\s*/, "").trim());
}

test("a voter gets a ballot without their organization's proposals, votes with the keyboard, changes a vote; another voter gets 404 on the item URL", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Samira speaks for NimbusWorks and has no ballot yet in the demo seed.
  await signInAs(page, "speaker");
  await page.goto("/vote");
  await page.getByTestId("open-ballot").first().click();
  await expect(page).toHaveURL(new RegExp(`/vote/${EVENT}$`));
  await page.getByTestId("start-voting").click();
  await expect(page).toHaveURL(new RegExp(`/vote/${EVENT}/b/[A-Za-z0-9_-]{16}$`));
  const firstItemUrl = page.url();
  await expect(page.getByTestId("progress-text")).toHaveText(/^0 of 30 answered/);

  const titles = await ballotTitles(page);
  expect(titles).toHaveLength(30);
  expect(new Set(titles).size).toBe(30);
  const nimbus = titlesOfOrganization("nimbus");
  expect(nimbus.size).toBeGreaterThan(5);
  for (const t of titles) expect(nimbus.has(t), `ballot holds a NimbusWorks proposal: ${t}`).toBe(false);

  // Keyboard: 3 = Must see, 2 = Would attend, S = skip; each first answer moves to the next item.
  await page.goto(firstItemUrl);
  const urls = [page.url()];
  for (const key of ["3", "2", "s"]) {
    await expect(page.locator('[data-testid="vote-item"][data-ready="1"]')).toBeVisible();
    await page.keyboard.press(key);
    await page.waitForURL((u) => u.toString() !== urls[urls.length - 1]);
    urls.push(page.url());
  }
  await expect(page.getByTestId("progress-text")).toHaveText(/^3 of 30 answered \(1 skipped\)/);

  // K goes back to the skipped item; 1 changes it (and stays there).
  await ready(page);
  await page.keyboard.press("k");
  await page.waitForURL(urls[2]);
  await ready(page);
  await expect(page.getByTestId("vote-status")).toHaveText("Your vote: Skipped");
  await page.keyboard.press("1");
  await expect(page.getByTestId("vote-message")).toContainText("Changed to 1 · Maybe");
  await expect(page.getByTestId("skip")).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("score-1")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("progress-text")).toHaveText(/^3 of 30 answered$/);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("vote-status")).toHaveText("Your vote: 1 · Maybe");
  // J goes forward again.
  await page.keyboard.press("j");
  await page.waitForURL(urls[3]);

  await page.goto(`/vote/${EVENT}`);
  await expect(page.getByTestId("item-answer")).toHaveText([
    "Must see",
    "Would attend",
    "Maybe",
    ...Array(27).fill("Open"),
  ]);

  // Another voter opening Samira's item URL: 404, and none of the item's text.
  const firstTitle = titles[0];
  await signOut(page);
  await signInAs(page, "voter");
  const response = await page.goto(firstItemUrl);
  expect(response?.status()).toBe(404);
  expect(await page.content()).not.toContain(firstTitle);
});

test("voting shows the scale labels and works on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAs(page, "voter");
  await page.goto(`/vote/${EVENT}`);
  await page.getByTestId("continue-voting").click();
  await expect(page.locator('[data-testid="vote-item"][data-ready="1"]')).toBeVisible();
  for (const label of ["Must see", "Would attend", "Maybe", "Not for me"])
    await expect(page.getByRole("button", { name: new RegExp(label) })).toBeVisible();
  const before = page.url();
  await page.getByTestId("score-2").tap();
  await page.waitForURL((u) => u.toString() !== before);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await context.close();
});

test("the votes route takes same-site JSON only: a forged cross-site vote with the voter's cookie writes nothing", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByEmail(browser, page, `csrf-${Date.now().toString(36)}@example.org`);
  await page.goto(`/vote/${EVENT}`);
  await page.getByTestId("start-voting").click();
  await ready(page);
  const handle = page.url().split("/").pop()!;
  const url = `/api/v1/events/${EVENT}/votes`;
  const own = new URL(page.url()).origin;
  const vote = { handle, score: 3, revision: null };
  const forged = await page.request.post(url, {
    data: vote,
    headers: { "content-type": "application/json", origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("forbidden");
  const asForm = await page.request.post(url, {
    data: JSON.stringify(vote),
    headers: { "content-type": "text/plain", origin: own },
  });
  expect(asForm.status()).toBe(415);
  // Nothing was written: a first vote (revision null) is still accepted, once.
  const real = await page.request.post(url, {
    data: vote,
    headers: { "content-type": "application/json", origin: own },
  });
  expect(await real.json()).toEqual({ score: 3, revision: 1 });
  const again = await page.request.post(url, {
    data: vote,
    headers: { "content-type": "application/json", origin: own },
  });
  expect(again.status()).toBe(409);
  const bad = await page.request.post(url, {
    data: { handle, score: 7, revision: 1 },
    headers: { "content-type": "application/json", origin: own },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/Score must be a whole number from 0 to 3/);
  await context.close();
});
