// Past feedback, end to end on the demo's published "Open Cloud Day 2026": an attendee rates a
// session, the speaker sees the aggregate (comments only after the window closes), the organizer
// imports a feedback CSV with a bad line and turns accepted proposals into sessions.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support";

const EVENT = "cloud-day-2026";
const SAMIRA_TALK = "Tenant Isolation Without Tears";

const session = (page: Page, title: string) =>
  page.locator(`[data-testid="feedback-session"][data-session-title="${title}"]`);

test("an attendee rates a session after the event; the speaker sees the aggregate", async ({ browser }) => {
  const attendee = await browser.newPage();
  await signInAs(attendee, "voter", { callbackUrl: `/feedback/${EVENT}` });
  await expect(attendee.getByRole("heading", { level: 1 })).toContainText("Open Cloud Day 2026");
  const card = session(attendee, SAMIRA_TALK);
  await expect(card).toContainText("Samira Haddad");
  // Attendees see no one's aggregate.
  await expect(attendee.getByTestId("session-results")).toHaveCount(0);
  await card.getByTestId("rating-5").check();
  await card.getByTestId("rating-comment").fill("Loved the incident stories.");
  await card.getByTestId("rating-submit").click();
  await expect(card.getByTestId("rating-message")).toContainText(/saved|updated/i);
  await attendee.reload();
  await expect(session(attendee, SAMIRA_TALK).getByTestId("rating-5")).toBeChecked();
  await expect(session(attendee, SAMIRA_TALK).getByTestId("rating-submit")).toHaveText("Update rating");
  await attendee.close();

  const speaker = await browser.newPage();
  await signInAs(speaker, "speaker", { callbackUrl: "/profile" });
  await speaker.getByTestId("profile-feedback-link").click();
  await expect(speaker).toHaveURL(/\/speaker\/feedback$/);
  const own = speaker.locator(`[data-testid="own-session"][data-session-title="${SAMIRA_TALK}"]`);
  // Seeded 5, 4, 4, 5 plus the attendee's 5.
  await expect(own.getByTestId("session-count")).toHaveText("5");
  await expect(own.getByTestId("session-average")).toHaveText("4.60");
  // The window is still open: comments stay hidden from the speaker.
  await expect(own.getByTestId("session-comments")).toHaveCount(0);
  await expect(speaker.getByTestId("own-reputation")).toContainText("rating");
  await expect(speaker.getByTestId("feedback-history")).toContainText("Kubernetes Multi-Tenancy in Practice");

  // On the event page the speaker cannot rate their own session but sees its aggregate.
  await speaker.goto(`/feedback/${EVENT}`);
  const mine = session(speaker, SAMIRA_TALK);
  await expect(mine.getByTestId("rating-form")).toHaveCount(0);
  await expect(mine.getByTestId("session-count")).toHaveText("5");
  await expect(session(speaker, "Etcd Under Pressure").getByTestId("session-results")).toHaveCount(0);
  await speaker.close();
});

test("the organizer sees all feedback, imports a CSV line by line and creates sessions idempotently", async ({
  page,
}) => {
  await signInAs(page, "organizer", { callbackUrl: `/feedback/${EVENT}` });
  // Organizers see every aggregate, comments included.
  await expect(session(page, "Cost Dashboards People Actually Read").getByTestId("session-comments")).toContainText(
    "Best talk of the day.",
  );

  await page.goto("/admin/feedback");
  const csv = [
    "speaker_email,event,session_title,rating_average,rating_count,scale_max",
    "e2e.returning@example.org,Cloud Days 2025,Serverless Patterns,8.4,60,10",
    "e2e.bad@example.org,Cloud Days 2025,Broken,excellent,12,",
  ].join("\n");
  await page
    .getByTestId("feedback-file")
    .setInputFiles({ name: "feedback.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("feedback-import-submit").click();
  await expect(page.getByTestId("feedback-import-message")).toContainText(
    /2 rows: (1 created, 0 updated, 0 unchanged|0 created, 0 updated, 1 unchanged), 1 refused/,
  );
  await expect(page.getByTestId("feedback-import-errors")).toContainText(
    'Line 3: rating_average "excellent" is not a number',
  );

  await page
    .getByTestId("feedback-file")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("email,score\nx@example.org,4\n") });
  await page.getByTestId("feedback-import-submit").click();
  await expect(page.getByTestId("feedback-import-message")).toContainText(/missing columns.*Nothing was imported/);

  const event = page.locator(`[data-testid="feedback-event"][data-event-slug="${EVENT}"]`);
  await event.getByTestId("create-sessions").click();
  await expect(event.getByTestId("create-sessions-message")).toContainText(/session\(s\) created, \d+ already existed/);
  await page.reload();
  await page
    .locator(`[data-testid="feedback-event"][data-event-slug="${EVENT}"]`)
    .getByTestId("create-sessions")
    .click();
  await expect(
    page.locator(`[data-testid="feedback-event"][data-event-slug="${EVENT}"]`).getByTestId("create-sessions-message"),
  ).toContainText("0 session(s) created, 4 already existed");
});

test("a voter cannot open the organizer's feedback page, and the feedback pages need sign-in", async ({ page }) => {
  await page.goto(`/feedback/${EVENT}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await signInAs(page, "voter");
  const response = await page.goto("/admin/feedback");
  expect(response?.status()).toBe(403);
  // Events whose program is not published have no feedback page.
  expect((await page.goto("/feedback/summit-2027"))?.status()).toBe(404);
});
