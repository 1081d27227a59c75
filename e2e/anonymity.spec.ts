// Anonymity against a speaker who games it: every evasion technique of bench/redaction-evasion-cases.ts,
// applied to the speaker's own name and organization in the real proposal form, leaves no identity
// in what voters would read (the live preview and the saved voter version); hostile characters
// are refused with field messages, in the form and in the organizer's voter-version edit.
// Drafts only (never submitted), so no cap or ballot of another spec moves.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { EVASIONS } from "../bench/redaction-evasion-cases";
import { visibleSkeleton } from "../lib/anonymize/normalize";
import { signInAs, signOut } from "./support";

const EVENT = "summit-eu-2027";
const run = Date.now().toString(36);
// The "speaker" persona: Samira Haddad of NimbusWorks, Inc.
const IDENTITY = ["samira", "haddad", "nimbusworks", "nimbus"];
let draftId = "";

test.describe.configure({ mode: "serial" });
// Each evasion test types, previews and saves about 1,500 characters of disguised text twice over:
// slower than a plain form test on a shared machine, so it gets more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** What a reader sees in an element, folded the way the detector folds (look-alikes, spacing). */
async function readable(locator: Locator): Promise<string> {
  const text = (await locator.textContent()) ?? "";
  return visibleSkeleton(text)
    .toLowerCase()
    .replace(/[\s.\-·]+/g, "");
}

async function expectNoIdentity(locator: Locator, what: string) {
  const seen = await readable(locator);
  for (const id of IDENTITY) expect(seen, `${what} shows "${id}"`).not.toContain(id);
}

async function fill(page: Page, title: string, abstract: string) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Abstract").fill(abstract);
  await page.getByLabel("Track").selectOption("platform");
  await page.getByLabel("Format").selectOption("talk");
}

// Two drafts keep each abstract under the 3,000-character limit.
const halves = [EVASIONS.slice(0, Math.ceil(EVASIONS.length / 2)), EVASIONS.slice(Math.ceil(EVASIONS.length / 2))];

for (const [i, techniques] of halves.entries()) {
  test(`evasions ${i + 1}/2 of the speaker's own name and organization never reach the voter version`, async ({
    page,
  }) => {
    await signInAs(page, "speaker");
    await page.goto(`/speaker/events/${EVENT}/new`);
    const abstract = techniques
      .map((ev, k) => `${k + 1}. ${ev.apply("Haddad")} of ${ev.apply("NimbusWorks")} (${ev.id}).`)
      .join("\n");
    const title = `${techniques[0].apply("Samira")} ${techniques[1].apply("Haddad")} on ${techniques[2].apply("NimbusWorks")} upgrades ${run}`;
    await fill(page, title, abstract);

    // The live preview is the voter version while typing.
    const preview = page.getByTestId("voter-preview");
    await expect(preview.getByTestId("abstract-preview")).toContainText(techniques.at(-1)!.id);
    await expect(preview.getByTestId("voter-preview-title")).toContainText(run);
    await expectNoIdentity(preview, "live preview");
    await expect(preview.getByTestId("voter-preview-notes")).toContainText("it was redacted all the same");

    await page.getByTestId("save-draft").click();
    await page.waitForURL(/\/speaker\/proposals\/[^/?]+\?saved=1/);
    draftId = new URL(page.url()).pathname.split("/").pop()!;
    const voter = page.getByTestId("redaction-anonymized");
    await expect(voter.getByTestId("anonymized-abstract")).toContainText(techniques.at(-1)!.id);
    await expectNoIdentity(voter, "saved voter version");
    // The findings name the disguise, so the reviewing chair sees it too.
    await page.getByTestId("findings-list").locator("summary").click();
    await expect(page.getByTestId("finding-evasion").first()).toBeVisible();
  });
}

test("the form refuses control characters, direction overrides and invisible-only titles, keeping the text", async ({
  page,
}) => {
  await signInAs(page, "speaker");
  await page.goto(`/speaker/events/${EVENT}/new`);
  await fill(page, "\u200b\u200b", "A perfectly normal abstract about \u202Eupgrades.");
  await page.getByTestId("save-draft").click();
  const message = page.getByTestId("proposal-message");
  await expect(message).toHaveAttribute("data-ok", "false");
  await expect(page.locator("#title-error")).toHaveText("Title is required");
  await expect(page.locator("#abstract-error")).toHaveText(
    "Abstract contains a text-direction control (U+202E) that changes how it displays; remove it",
  );
  await expect(page.getByLabel("Abstract")).toHaveValue("A perfectly normal abstract about \u202Eupgrades.");
});

test("the organizer's voter-version edit refuses the same characters with a field message", async ({ page }) => {
  expect(draftId).not.toBe("");
  await signOut(page);
  await signInAs(page, "organizer");
  await page.goto(`/admin/events/${EVENT}/proposals/${draftId}`);
  await page.getByLabel("Voter title").fill("Upgrades \u202Egnp.exe");
  await page.getByLabel("Voter abstract (Markdown)").fill("Fine text.\u0007");
  await page.getByTestId("save-anonymized").click();
  await expect(page.getByTestId("anonymized-message")).toHaveAttribute("data-ok", "false");
  await expect(page.locator("#anonymizedTitle-error")).toHaveText(
    "Anonymized title contains a text-direction control (U+202E) that changes how it displays; remove it",
  );
  await expect(page.locator("#anonymizedAbstract-error")).toHaveText(
    "Anonymized abstract contains a control character (U+0007), which is not allowed",
  );
  // Nothing was written: the voter version is still the redacted one.
  await expect(page.getByTestId("anonymized-edited-note")).toHaveCount(0);
});

test("a voter-version edit that still names the speaker is refused, unless the chair keeps it knowingly", async ({
  page,
}) => {
  expect(draftId).not.toBe("");
  await signInAs(page, "organizer");
  await page.goto(`/admin/events/${EVENT}/proposals/${draftId}`);
  await page.getByLabel("Voter title").fill("Upgrades at N1mbusWorks");
  await page.getByLabel("Voter abstract (Markdown)").fill("Samira Haddad shows how the upgrades are automated.");
  await page.getByTestId("save-anonymized").click();
  await expect(page.getByTestId("anonymized-message")).toHaveAttribute("data-ok", "false");
  await expect(page.locator("#anonymizedTitle-error")).toContainText("“N1mbusWorks”");
  await expect(page.locator("#anonymizedAbstract-error")).toContainText("“Samira Haddad”");
  await expect(page.getByTestId("anonymized-edited-note")).toHaveCount(0);
  // The chair keeps exactly this text on purpose: saved, and the audit entry records it.
  await page.getByTestId("keep-flagged-checkbox").check();
  await page.getByTestId("save-anonymized").click();
  await expect(page.getByTestId("anonymized-message")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("anonymized-edited-note")).toBeVisible();
});
