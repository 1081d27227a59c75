// Call for papers: a speaker drafts, sees the redaction preview, submits and runs into the
// per-speaker cap; another speaker can neither open nor change that proposal (page and forged
// server-action call); an organizer corrects the voter version and the edit is audit-logged.
import { expect, test, type Page } from "@playwright/test";
import { signInAs, signOut } from "./support";

const EVENT = "summit-eu-2027";
const run = Date.now().toString(36);
let proposalId = "";
let proposalTitle = "";

test.describe.configure({ mode: "serial" });

async function fillProposal(page: Page, title: string, abstract: string) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Abstract").fill(abstract);
  await page.getByLabel("Track").selectOption("platform");
  await page.getByLabel("Format").selectOption("talk");
  await page.getByLabel("Tags").fill("kubernetes, e2e");
}

async function newDraft(page: Page, title: string, abstract: string): Promise<string> {
  await page.goto(`/speaker/events/${EVENT}/new`);
  await fillProposal(page, title, abstract);
  await page.getByTestId("save-draft").click();
  await page.waitForURL(/\/speaker\/proposals\/[^/?]+\?saved=1/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("a speaker drafts, sees the redaction preview, submits, and hits the per-speaker cap", async ({ page }) => {
  await signInAs(page, "speaker");
  await page.goto("/speaker");
  await page.getByTestId(`new-proposal-${EVENT}`).click();
  await expect(page).toHaveURL(new RegExp(`/speaker/events/${EVENT}/new$`));
  await expect(page.getByTestId("cap-allowance")).toContainText(
    /You can submit \d+ more proposals? to this event; NimbusWorks, Inc\. can submit \d+ more/,
  );

  // Live preview shows the voter version (redacted, rendered, sanitized) as the speaker types.
  proposalTitle = `Upgrading NimbusWorks clusters weekly ${run}`;
  await fillProposal(
    page,
    proposalTitle,
    "At **NimbusWorks** we upgrade 300 clusters every week. Samira Haddad shows how NimbusWorks automates it.",
  );
  await expect(page.getByTestId("abstract-preview").locator("strong")).toHaveText("[organization]");
  await expect(page.getByTestId("abstract-preview")).not.toContainText("Samira Haddad");

  await page.getByTestId("save-draft").click();
  await page.waitForURL(/\/speaker\/proposals\/[^/?]+\?saved=1/);
  proposalId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("saved-notice")).toBeVisible();
  await expect(page.getByTestId("proposal-status")).toHaveAttribute("data-status", "DRAFT");

  // Side by side: original with the mentions highlighted, voter version with placeholders.
  const preview = page.getByTestId("redaction-preview");
  await expect(preview.getByTestId("redaction-warnings")).toContainText(
    "Your abstract mentions your organization 2 times: voters will see [organization].",
  );
  await expect(preview.getByTestId("redaction-original").getByTestId("finding-mark").first()).toBeVisible();
  await expect(preview.getByTestId("anonymized-abstract")).toContainText("[organization]");
  await expect(preview.getByTestId("anonymized-abstract")).not.toContainText("NimbusWorks");
  await expect(preview.getByTestId("anonymized-abstract")).not.toContainText("Samira");
  await expect(preview.getByTestId("anonymized-title")).toHaveText(`Upgrading [organization] clusters weekly ${run}`);

  // The speaker rewrites and saves again: the preview follows.
  await page.getByLabel("Title").fill(`Upgrading clusters weekly ${run}`);
  proposalTitle = `Upgrading clusters weekly ${run}`;
  await page.getByTestId("save-draft").click();
  await expect(page.getByTestId("proposal-message")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("anonymized-title")).toHaveText(proposalTitle);

  await page.getByTestId("submit-proposal").click();
  await expect(page.getByTestId("proposal-message")).toContainText("Proposal submitted");
  await expect(page.getByTestId("proposal-status")).toHaveAttribute("data-status", "SUBMITTED");
  await expect(page.getByTestId("withdraw-proposal")).toBeVisible();

  // Keep submitting until the per-speaker cap of 3 refuses one, with a message naming cap and count.
  let refused = false;
  for (let i = 0; i < 4 && !refused; i++) {
    await newDraft(page, `Extra talk ${i} ${run}`, `Another abstract about cluster fleets, number ${i}.`);
    await page.getByTestId("submit-proposal").click();
    const message = page.getByTestId("proposal-message");
    await expect(message).toBeVisible();
    if ((await message.getAttribute("data-ok")) === "false") {
      await expect(message).toHaveAttribute("data-code", "cap_reached");
      await expect(message).toContainText(
        "Per-speaker cap reached: you already have 3 proposals submitted to this event and the limit is 3.",
      );
      await expect(message).toContainText("not submitted");
      await expect(page.getByTestId("proposal-status")).toHaveAttribute("data-status", "DRAFT");
      refused = true;
    }
  }
  expect(refused, "the per-speaker cap never refused a submission").toBe(true);
  await page.reload();
  await expect(page.getByTestId("cap-allowance")).toContainText("You have reached the per-speaker limit of 3");
});

test("another speaker cannot open or change the proposal", async ({ page }) => {
  expect(proposalId).not.toBe("");
  await signInAs(page, "newcomer");
  const response = await page.goto(`/speaker/proposals/${proposalId}`);
  expect(response?.status()).toBe(404);
  expect(await page.content()).not.toContain(proposalTitle);

  // A forged server-action call: the newcomer's own form, re-pointed at the other speaker's proposal.
  await page.goto(`/speaker/events/${EVENT}/new`);
  await fillProposal(page, `Hijacked ${run}`, "Replaced abstract.");
  // Let the live preview settle first: a re-render after the edit below could undo it.
  await expect(page.getByTestId("abstract-preview")).toContainText("Replaced abstract.");
  await page.locator('[data-testid="proposal-form"] input[name="eventSlug"]').evaluate((el, id) => {
    const input = el as HTMLInputElement;
    input.name = "proposalId";
    input.value = id;
  }, proposalId);
  await expect(page.locator('[data-testid="proposal-form"] input[name="proposalId"]')).toHaveValue(proposalId);
  await page.getByTestId("save-draft").click();
  const message = page.getByTestId("proposal-message");
  await expect(message).toHaveAttribute("data-code", "not_found");
  await expect(message).toContainText("Proposal not found");
  await expect(page).toHaveURL(new RegExp(`/speaker/events/${EVENT}/new$`));
});

test("a chair of another event's track is refused; an organizer edits the voter version, audit-logged", async ({
  page,
}) => {
  expect(proposalId).not.toBe("");
  const path = `/admin/events/${EVENT}/proposals/${proposalId}`;

  await signInAs(page, "chair");
  expect((await page.goto(path))?.status()).toBe(403);

  await signOut(page);
  await signInAs(page, "organizer");
  await page.goto(`/admin/events/${EVENT}/proposals?status=SUBMITTED`);
  const row = page.getByTestId("admin-proposal").filter({ hasText: proposalTitle });
  await expect(row).toContainText("Samira Haddad");
  await row.getByRole("link", { name: proposalTitle }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));

  // The forged call above changed nothing.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(proposalTitle);
  await expect(page.getByTestId("speaker-list")).toContainText("sam.speaker@nimbusworks.example");
  await expect(page.getByTestId("audit-empty")).toBeVisible();

  await page
    .getByLabel("Voter abstract (Markdown)")
    .fill("At [organization] we upgrade 300 clusters every week. [speaker] shows how it is automated, step by step.");
  await page.getByTestId("save-anonymized").click();
  await expect(page.getByTestId("anonymized-message")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("anonymized-abstract")).toContainText("step by step");
  await expect(page.getByTestId("anonymized-edited-note")).toBeVisible();
  await expect(page.getByTestId("audit-entry").first()).toHaveAttribute("data-action", "proposal.anonymized_edit");
  await expect(page.getByTestId("audit-entry").first()).toContainText("Olivia Okafor edited the voter version");
});

test("a track chair reviews the voter version of their own track's proposals, without identities", async ({ page }) => {
  await signInAs(page, "chair");
  await page.goto("/admin/events/summit-2027/proposals");
  const rows = page.getByTestId("admin-proposal");
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId("admin-proposals")).not.toContainText("Samira Haddad");
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/events\/summit-2027\/proposals\/[^/]+$/);
  await expect(page.getByTestId("redaction-preview")).toBeVisible();
  await expect(page.getByTestId("anonymized-edit-form")).toBeVisible();
  await expect(page.getByTestId("speaker-list")).toHaveCount(0);
  await expect(page.getByTestId("cfp-override-form")).toHaveCount(0);
  // Seeing the original text is an identity reveal, and the page's history says so.
  await expect(
    page.getByTestId("audit-entry").filter({ hasText: "Chen Wei saw the original text (identity reveal)" }).first(),
  ).toBeVisible();
});

test("an organizer grants and removes a cap exception, with reasons", async ({ page }) => {
  await signInAs(page, "organizer");
  await page.goto(`/admin/events/${EVENT}`);
  await page.getByTestId("link-caps").click();
  await expect(page).toHaveURL(new RegExp(`/admin/events/${EVENT}/caps$`));

  const form = page.getByTestId("cap-exception-form");
  await form.getByLabel("Speaker e-mail").fill("nobody-here@example.org");
  await form.getByLabel("Reason").fill("test");
  await form.getByTestId("grant-exception").click();
  await expect(page.getByTestId("cap-exception-message")).toHaveAttribute("data-ok", "false");
  await expect(form.getByText("No user with e-mail nobody-here@example.org")).toBeVisible();

  await form.getByLabel("Speaker e-mail").fill("noah.newcomer@gmail.example");
  await form.getByLabel("Extra proposals").fill("2");
  await form.getByLabel("Reason").fill("Invited workshop host");
  await form.getByTestId("grant-exception").click();
  await expect(page.getByTestId("cap-exception-message")).toHaveAttribute("data-ok", "true");
  const row = page.getByTestId("cap-exception").filter({ hasText: "noah.newcomer@gmail.example" });
  await expect(row).toContainText("+2 proposals · Invited workshop host");

  await row.getByPlaceholder("Reason for removing").fill("Workshop cancelled");
  await row.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("cap-exception").filter({ hasText: "noah.newcomer@gmail.example" })).toHaveCount(0);
});
