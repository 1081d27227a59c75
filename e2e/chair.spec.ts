// The track chairs' path on the demo's REVIEW event (platform-days-2027, lib/seed/review-event.ts),
// in order (one shared database, so the tests run serially):
//   1. Chen reads a proposal on its review page (voter version, score breakdown, anonymous speaker
//      label, keyboard flow), leaves a private note and his mark; screenshots at desktop and phone.
//   2. Amara, the track's second chair, sees Chen's mark beside hers and the disagreement.
//   3. Chen reveals (per proposal; "reveal all" asks first, cancel does nothing), applying beyond the
//      track's slots or the organization cap is refused without a reason, then applies.
//   4. The organizer publishes: a confirmation names the e-mails; cancel does nothing; with
//      undecided proposals publishing is refused with their count until "reject all undecided";
//      e-mails go out once, never twice. The event page lists the accepted sessions and the public
//      transparency report names no rejected speaker and no voter.
import { expect, test, type Page } from "@playwright/test";
import { REVIEW_PROPOSALS } from "../prisma/seed/review-event";
import { SEED_SPEAKERS } from "../prisma/seed/speakers";
import { SEED_VOTERS } from "../prisma/seed/voters";
import { signInAs } from "./support";

const EVENT = "platform-days-2027";
const DASHBOARD = `/chair/${EVENT}/cloud-native`;
const SCREENS = "/work/screens";
const REVIEW_SPEAKERS = [...new Set(REVIEW_PROPOSALS.map((p) => p.speaker))].map((key) =>
  SEED_SPEAKERS.find((s) => s.key === key)!,
);
const CHEN_NOTE = "Private: strong demo, ask about the migration numbers";

test.describe.configure({ mode: "serial" });

async function mark(page: Page, proposalId: string, value: "accept" | "waitlist" | "reject" | "undecided") {
  const row = page.locator(`[data-testid="ranking-row"][data-proposal-id="${proposalId}"]`);
  await row.getByTestId(`mark-${value}`).click();
  await expect(row).toHaveAttribute("data-mark", value.toUpperCase());
}

/** Opens the confirmation of a ConfirmButton and answers it. */
async function confirm(page: Page, testId: string, answer: "ok" | "cancel", expectText?: string | RegExp) {
  await page.getByTestId(testId).click();
  const dialog = page.getByTestId(`${testId}-dialog`);
  await expect(dialog).toBeVisible();
  if (expectText) await expect(dialog).toContainText(expectText);
  await dialog.getByTestId(answer === "ok" ? "confirm-ok" : "confirm-cancel").click();
  await expect(dialog).toBeHidden();
}

let firstId = "";

test("a chair reads a proposal's voter version and breakdown, leaves a private note and a mark", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "chair");
  await page.goto(DASHBOARD);
  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(12);
  // The authorization-matrix and accessibility specs (run before this one) open one Cloud Native
  // proposal's redaction review as this chair, an audited reveal: review the first one still hidden.
  let rank = 0;
  for (const [i, row] of (await rows.all()).entries()) {
    if ((await row.getByTestId("identity").count()) === 0) {
      rank = i + 1;
      break;
    }
  }
  expect(rank, "at most one proposal is revealed before this test").toBeGreaterThan(0);
  expect(rank).toBeLessThanOrEqual(2);
  const first = rows.nth(rank - 1);
  firstId = (await first.getAttribute("data-proposal-id"))!;
  await expect(first.getByTestId("speaker-label")).toHaveText(/^Speaker [A-Z2-9]{4,}$/);
  await first.getByTestId("review-link").click();
  await page.waitForURL(`**${DASHBOARD}/${firstId}`);

  // The voter version: anonymized abstract, format, level; the breakdown in words; no identity.
  await expect(page.getByTestId("review-abstract")).not.toBeEmpty();
  await expect(page.getByTestId("review-meta")).toContainText("Cloud Native");
  const breakdown = page.getByTestId("score-breakdown");
  await expect(breakdown).toContainText("Community score");
  await expect(breakdown).toContainText(/95% interval -?\d+\.\d{2} … -?\d+\.\d{2}/);
  await expect(breakdown).toContainText("Past feedback");
  await expect(breakdown).toContainText("Combined");
  await expect(breakdown).toContainText(/\d+ skips? \(not counted\)/);
  await expect(page.getByTestId("review-flags")).not.toBeEmpty();
  await expect(page.getByTestId("review-speaker-label")).toHaveText(/^Speaker [A-Z2-9]{4,}$/);
  await expect(page.getByTestId("review-identity")).toHaveCount(0);
  const body = await page.locator("main").innerText();
  for (const s of REVIEW_SPEAKERS) expect(body, `speaker ${s.name} hidden`).not.toContain(s.name);

  // Screenshots of the review page (desktop and phone width).
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENS}/issue11-review-desktop.png`, fullPage: true });

  // His own mark and a private note.
  await page.getByTestId("my-mark-accept").check();
  await page.locator("#review-note").fill(CHEN_NOTE);
  await page.getByTestId("save-review").click();
  await expect(page.getByTestId("chair-review-message")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("chair-mark")).toHaveText(["Chen Wei: accept"]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.locator("#review-note")).toHaveValue(CHEN_NOTE);
  await page.screenshot({ path: `${SCREENS}/issue11-review-phone.png`, fullPage: true });
  await page.goto(DASHBOARD);
  await expect(page.getByTestId("ranking-row").first()).toBeVisible();
  // On a phone every row is a card: the team decision buttons are on screen, no sideways scroll.
  const accept = page.getByTestId("ranking-row").first().getByTestId("mark-accept");
  await accept.scrollIntoViewIfNeeded();
  const box = (await accept.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENS}/issue11-track-phone.png`, fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Keyboard flow: J goes to the next proposal in ranking order, K back.
  await page.goto(`${DASHBOARD}/${firstId}`);
  await expect(page.getByTestId("review-position")).toHaveText(`Rank ${rank} of 12`);
  await expect(page.locator("html[data-review-keys]")).toHaveCount(1); // listener bound (hydrated)
  await page.keyboard.press("j");
  await expect(page.getByTestId("review-position")).toHaveText(`Rank ${rank + 1} of 12`);
  await expect(page.getByTestId("review-previous")).toBeVisible();
  await page.keyboard.press("k");
  await expect(page.getByTestId("review-position")).toHaveText(`Rank ${rank} of 12`);
});

test("a second chair of the track sees both marks side by side and the disagreement", async ({ page }) => {
  await signInAs(page, "cochair");
  await page.goto(`${DASHBOARD}/${firstId}`);
  await expect(page.getByTestId("chair-mark")).toHaveText(["Chen Wei: accept"]);
  await expect(page.locator("body")).not.toContainText(CHEN_NOTE);
  await page.getByTestId("my-mark-reject").check();
  await page.locator("#review-comment").fill("Mostly a product tour");
  await page.getByTestId("save-review").click();
  await expect(page.getByTestId("chair-review-message")).toHaveAttribute("data-ok", "true");

  await page.goto(DASHBOARD);
  const row = page.locator(`[data-testid="ranking-row"][data-proposal-id="${firstId}"]`);
  await expect(row).toHaveAttribute("data-disagreement", "true");
  await expect(row.getByTestId("chair-mark")).toHaveText(["Chen Wei: accept", "Amara Osei: reject"]);
  await expect(row.getByTestId("disagreement")).toHaveText("Chairs disagree");
  await expect(page.getByTestId("disagreement-count")).toContainText("Chairs disagree on 1 proposal");
  // A chair's own mark is not the team decision.
  await expect(row).toHaveAttribute("data-mark", "UNDECIDED");
  await page.goto(`${DASHBOARD}/${firstId}`);
  await expect(page.getByTestId("chair-comments")).toHaveCount(0); // Chen wrote no comment
});

test("reveal (audited, reveal-all confirmed), slots and the organization cap refuse, apply confirmed", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signInAs(page, "chair");

  // Only the tracks they chair, in both events; the other track of the review event is refused.
  await page.goto("/chair");
  const tracks = page.getByTestId("chair-tracks");
  await expect(tracks.first()).toBeVisible();
  await expect(tracks.getByTestId("track-link")).toHaveText(["Cloud Native"]);
  for (const t of await tracks.all()) await expect(t).not.toContainText("Security");
  const refused = await page.goto(`/chair/${EVENT}/security`);
  expect(refused?.status()).toBe(403);

  await page.goto(DASHBOARD);
  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(12);
  // The authorization-matrix and accessibility specs (run before this one) open one Cloud Native
  // proposal's redaction review as this chair, which is itself an audited reveal: count it.
  const before = await page.getByTestId("identity").count();
  expect(before).toBeLessThanOrEqual(1);
  if (before === 0) await expect(page.locator("body")).not.toContainText("Marcus Bell");
  // Past feedback is its own column with the rating count behind it.
  const feedback = page.getByTestId("feedback-cell");
  const withHistory = feedback.filter({ hasText: /ratings/ }).first();
  await expect(withHistory).toBeVisible();
  expect(await withHistory.innerText()).toMatch(/^-?\d+\.\d{2}\s+\d+ ratings$/);
  expect(await withHistory.innerText()).not.toMatch(/^0\.00/);
  for (const cell of await feedback.filter({ hasText: "no history" }).all()) await expect(cell).toContainText("0.00");
  // The charts load lazily, after the ranking.
  await expect(page.getByTestId("chart-scores")).toBeVisible();
  await expect(page.getByTestId("chart-organizations")).toBeVisible();
  await expect(page.getByTestId("chart-newcomers")).toBeVisible();
  await expect(page.getByTestId("slots")).toContainText("0 / 5");
  await expect(page.getByTestId("slots")).toContainText("5 slots left");

  await page.getByTestId("sort-votes").click();
  await expect(page.locator("th[aria-sort='descending']")).toContainText("Votes");
  await page.getByTestId("sort-rank").click();

  // Reveal one proposal (logged); on its review page, the original text and the speaker.
  let target = "";
  for (const row of await rows.all()) {
    if ((await row.getByTestId("identity").count()) === 0) {
      target = (await row.getAttribute("data-proposal-id"))!;
      break;
    }
  }
  const first = page.locator(`[data-testid="ranking-row"][data-proposal-id="${target}"]`);
  await first.getByTestId("reveal").click();
  await expect(first.getByTestId("identity")).toBeVisible();
  await expect(first.getByTestId("reveal-note")).toContainText(/Revealed by Chen Wei at \d{1,2} \w{3} \d{4}/);
  await expect(page.getByTestId("reveal-entry").first()).toContainText("Revealed by Chen Wei at");
  await page.goto(`${DASHBOARD}/${target}`);
  await expect(page.getByTestId("review-identity")).toContainText("speaker");
  await expect(page.getByTestId("original-abstract")).not.toBeEmpty();
  await page.goto(DASHBOARD);

  // "Reveal all" names what it does; cancel reveals nothing and logs nothing.
  await confirm(page, "reveal-all", "cancel", `This reveals ${11 - before} identities`);
  await expect(page.getByTestId("identity")).toHaveCount(1 + before);
  await expect(page.getByTestId("reveal-entry")).toHaveCount(1);
  await confirm(page, "reveal-all", "ok");
  await expect(page.getByTestId("identity")).toHaveCount(12);
  await expect(page.getByTestId("reveal-entry")).toHaveCount(2);
  await expect(page.getByTestId("reveal-entry").first()).toContainText("the whole track (12 proposals)");

  // Six accepts for five slots: refused without a reason, nothing applied. Cancel does nothing.
  const ids = await Promise.all((await rows.all()).map(async (r) => (await r.getAttribute("data-proposal-id"))!));
  for (const id of ids.slice(0, 6)) await mark(page, id, "accept");
  await expect(page.getByTestId("live-violations")).toContainText(
    "Cloud Native would have 6 accepted proposals for 5 slots.",
  );
  await confirm(page, "apply-decisions", "cancel", "Apply 6 decisions in Cloud Native?");
  await expect(page.getByTestId("apply-message")).toHaveCount(0);
  await expect(page.getByTestId("pending-count")).toHaveText("6 pending changes");
  await confirm(page, "apply-decisions", "ok", "6 accepted");
  const message = page.getByTestId("apply-message");
  await expect(message).toHaveAttribute("data-ok", "false");
  await expect(message).toContainText("Cloud Native would have 6 accepted proposals for 5 slots.");
  await expect(message).toContainText("give a reason to override");
  // The marks stand (6 of 5 slots, projected), nothing was applied.
  await expect(page.getByTestId("slots")).toContainText("1 over the slots");
  await expect(page.getByTestId("ranking-table")).not.toContainText("Applied: accepted");
  for (const id of ids.slice(0, 6)) await mark(page, id, "undecided");
  await expect(page.getByTestId("pending-count")).toHaveText("0 pending changes");

  // Three NimbusWorks accepts break the organization cap: refused with the same message.
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
  await confirm(page, "apply-decisions", "ok");
  await expect(message).toContainText("NimbusWorks, Inc. would have 3 accepted proposals; the limit is 2.");
  await expect(page.getByTestId("slots")).toContainText("3 / 5");

  // Within the rules: applied after the confirmation.
  await mark(page, nimbus[2], "waitlist");
  const other = ids[ids.length - 1];
  expect(nimbus).not.toContain(other);
  await mark(page, other, "reject");
  await expect(page.getByTestId("live-violations")).toHaveCount(0);
  await confirm(page, "apply-decisions", "ok", "2 accepted, 1 waitlisted, 1 rejected");
  await expect(message).toHaveAttribute("data-ok", "true");
  await expect(message).toContainText("Applied 4 decision(s).");
  await expect(page.getByTestId("pending-count")).toHaveText("0 pending changes");
  await expect(page.locator(`[data-testid="ranking-row"][data-proposal-id="${nimbus[0]}"]`)).toContainText(
    "Applied: accepted",
  );
  await expect(page.getByTestId("slots")).toContainText("3 slots left");
});

test("publishing asks first, is refused while proposals are undecided, then sends each e-mail once; program and report are public", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "organizer");
  await page.goto(`/admin/events/${EVENT}`);
  // Cancel does nothing.
  await confirm(page, "phase-next", "cancel", "4 e-mails will be sent");
  await expect(page.getByTestId("phase-message")).toHaveCount(0);
  // Confirmed, but 16 proposals are undecided: refused, still in review.
  await confirm(page, "phase-next", "ok");
  const phase = page.getByTestId("phase-message");
  await expect(phase).toHaveAttribute("data-ok", "false");
  await expect(phase).toContainText("16 proposals are still undecided");
  await page.reload();
  await expect(page.getByTestId("publish-reject-undecided")).toHaveText("Reject all undecided (16) and publish");
  await confirm(page, "publish-reject-undecided", "ok", "20 e-mails will be sent");
  await expect(page.getByTestId("phase-message")).toContainText(
    "The event is now in the phase “Program published”. 16 undecided proposal(s) rejected. 20 decision e-mails queued.",
  );

  // Sending again (confirmed) sends nothing new.
  await page.goto(`/admin/events/${EVENT}/notifications`);
  await confirm(page, "send-decisions", "ok", "0 e-mails will be sent");
  await expect(page.getByTestId("send-message")).toContainText(
    "0 e-mail(s) queued for 20 decided proposal(s); 20 already sent before",
  );
  await page.goto("/admin/outbox?kind=decision_accept");
  const accepts = page.getByTestId("outbox-email").filter({ hasText: "Platform Days 2027" });
  await expect(accepts).toHaveCount(2);
  await expect(accepts.first()).toContainText("Your talk was accepted at Platform Days 2027");

  // The event page lists the accepted sessions (signed out: it is public).
  await page.context().clearCookies();
  await page.goto(`/events/${EVENT}`);
  await expect(page.getByTestId("program-session")).toHaveCount(2);
  await expect(page.getByTestId("program-track")).toHaveText(["Cloud Native"]);
  await expect(page.getByTestId("program-session").first()).toContainText("NimbusWorks");

  // The transparency report: aggregates only, no rejected speaker, no voter.
  await page.goto(`/events/${EVENT}/report`);
  const report = page.getByTestId("transparency-report");
  await expect(report).toContainText("How Platform Days 2027 selected its program");
  await expect(report).toContainText("Acceptance by organization");
  await expect(page.getByTestId("report-downweighted")).toBeVisible();
  const text = await page.content();
  for (const s of REVIEW_SPEAKERS) expect(text, `speaker ${s.name}`).not.toContain(s.name);
  for (const v of SEED_VOTERS) {
    expect(text, `voter ${v.name}`).not.toContain(v.name);
    expect(text, `voter ${v.email}`).not.toContain(v.email);
  }
});
