// The track chair's path on the demo's REVIEW event (platform-days-2027, lib/seed/review-event.ts):
// only their tracks, identities hidden until revealed (and the reveal is in the audit trail),
// marks, the organization cap refusing "Apply decisions" with a clear message, applying within
// the cap; then the organizer publishes and the decision e-mails go out once, never twice.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support";

const EVENT = "platform-days-2027";
const DASHBOARD = `/chair/${EVENT}/cloud-native`;

async function mark(page: Page, proposalId: string, value: "accept" | "waitlist" | "reject" | "undecided") {
  const row = page.locator(`[data-testid="ranking-row"][data-proposal-id="${proposalId}"]`);
  await row.getByTestId(`mark-${value}`).click();
  await expect(row).toHaveAttribute("data-mark", value.toUpperCase());
}

test("a chair reviews only their track: reveal (audited), marks, the organization cap, apply; publishing sends each e-mail once", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "chair");

  // Only the tracks they chair, in both events; the other track of the review event is refused.
  await page.goto("/chair");
  const tracks = page.getByTestId("chair-tracks");
  await expect(tracks.first()).toBeVisible();
  // Only the REVIEW event's track links to a dashboard (summit-2027 is still voting).
  await expect(tracks.getByTestId("track-link")).toHaveText(["Cloud Native"]);
  for (const t of await tracks.all()) await expect(t).not.toContainText("Security");
  const refused = await page.goto(`/chair/${EVENT}/security`);
  expect(refused?.status()).toBe(403);

  // The dashboard: ranking of the 12 Cloud Native proposals, no identities yet.
  await page.goto(DASHBOARD);
  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(12);
  await expect(page.getByTestId("identity")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("Marcus Bell");
  // Past feedback is its own column with the rating count behind it: returning speakers have a
  // non-zero component, newcomers "no history" and exactly 0.
  const feedback = page.getByTestId("feedback-cell");
  await expect(feedback.filter({ hasText: /ratings/ }).first()).toBeVisible();
  expect(
    await feedback
      .filter({ hasText: /ratings/ })
      .first()
      .innerText(),
  ).toMatch(/^-?\d+\.\d{2}\s+\d+ ratings$/);
  expect(
    await feedback
      .filter({ hasText: /ratings/ })
      .first()
      .innerText(),
  ).not.toMatch(/^0\.00/);
  for (const cell of await feedback.filter({ hasText: "no history" }).all()) await expect(cell).toContainText("0.00");
  await expect(page.getByTestId("chart-scores")).toBeVisible();
  await expect(page.getByTestId("chart-organizations")).toBeVisible();
  await expect(page.getByTestId("chart-newcomers")).toBeVisible();
  await expect(page.getByTestId("slots")).toContainText("/ 5");

  // Sorting by votes reorders; back to rank.
  await page.getByTestId("sort-votes").click();
  await expect(page.locator("th[aria-sort='descending']")).toContainText("Votes");
  await page.getByTestId("sort-rank").click();

  // Reveal one proposal: its speaker appears with "Revealed by Chen Wei at ...", and the audit
  // trail lists the reveal.
  const first = rows.first();
  await first.getByTestId("reveal").click();
  await expect(first.getByTestId("identity")).toBeVisible();
  await expect(first.getByTestId("reveal-note")).toContainText(/Revealed by Chen Wei at \d{1,2} \w{3} \d{4}/);
  await expect(page.getByTestId("reveal-entry").first()).toContainText("Revealed by Chen Wei at");
  await expect(page.getByTestId("identity")).toHaveCount(1);

  // Reveal the whole track: one more audit entry, every identity shown.
  await page.getByTestId("reveal-all").click();
  await expect(page.getByTestId("identity")).toHaveCount(12);
  await expect(page.getByTestId("reveal-entry")).toHaveCount(2);
  await expect(page.getByTestId("reveal-entry").first()).toContainText("the whole track (12 proposals)");

  // Mark three NimbusWorks proposals for acceptance: the cap (2 per organization) shows live ...
  const nimbus: string[] = [];
  for (const row of await rows.all()) {
    if ((await row.getByTestId("identity").innerText()).includes("NimbusWorks"))
      nimbus.push((await row.getAttribute("data-proposal-id"))!);
  }
  expect(nimbus.length).toBeGreaterThanOrEqual(3);
  for (const id of nimbus.slice(0, 3)) await mark(page, id, "accept");
  await expect(page.getByTestId("live-violations")).toContainText(
    "NimbusWorks, Inc. would have 3 accepted proposals; the limit is 2.",
  );
  await expect(page.getByTestId("pending-count")).toHaveText("3 pending changes");

  // ... and applying refuses with the same clear message; nothing is applied.
  await page.getByTestId("apply-decisions").click();
  const message = page.getByTestId("apply-message");
  await expect(message).toHaveAttribute("data-ok", "false");
  await expect(message).toContainText("NimbusWorks, Inc. would have 3 accepted proposals; the limit is 2.");
  await expect(message).toContainText("give a reason to override");
  await expect(page.getByTestId("slots")).toContainText("3 / 5");

  // Waitlist the third one and reject a non-NimbusWorks proposal: within the cap, applied.
  await mark(page, nimbus[2], "waitlist");
  const other = (await rows.last().getAttribute("data-proposal-id"))!;
  expect(nimbus).not.toContain(other);
  await mark(page, other, "reject");
  await expect(page.getByTestId("live-violations")).toHaveCount(0);
  await page.getByTestId("apply-decisions").click();
  await expect(message).toHaveAttribute("data-ok", "true");
  await expect(message).toContainText("Applied 4 decision(s).");
  await expect(page.getByTestId("pending-count")).toHaveText("0 pending changes");
  const accepted = page.locator(`[data-testid="ranking-row"][data-proposal-id="${nimbus[0]}"]`);
  await expect(accepted).toContainText("Applied: accepted");

  // The organizer publishes: decision e-mails are queued once; sending again sends nothing new.
  await page.context().clearCookies();
  await signInAs(page, "organizer");
  await page.goto(`/admin/events/${EVENT}`);
  await page.getByTestId("phase-next").click();
  await expect(page.getByTestId("phase-message")).toContainText(
    "Phase moved from REVIEW to PUBLISHED. 4 decision e-mail(s) queued.",
  );
  await page.goto(`/admin/events/${EVENT}/notifications`);
  await page.getByTestId("send-decisions").click();
  await expect(page.getByTestId("send-message")).toContainText(
    "0 e-mail(s) queued for 4 decided proposal(s); 4 already sent before",
  );
  await page.goto("/admin/outbox?kind=decision_accept");
  const accepts = page.getByTestId("outbox-email").filter({ hasText: "Platform Days 2027" });
  await expect(accepts).toHaveCount(2);
  await expect(accepts.first()).toContainText("Your talk was accepted at Platform Days 2027");
});
