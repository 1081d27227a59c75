// The JSON API checks the caller itself: the export (with identities) is for organizers only.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support";

test("anonymous callers get 401 from the export API", async ({ request }) => {
  const response = await request.get("/api/v1/events/summit-2027/export");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
});

test("voters and speakers get 403 from the export API", async ({ page }) => {
  for (const persona of ["voter", "speaker"] as const) {
    await page.context().clearCookies();
    await signInAs(page, persona);
    const response = await page.request.get("/api/v1/events/summit-2027/export");
    expect(response.status(), persona).toBe(403);
    const body = await response.text();
    expect(body).not.toContain("@nimbusworks.example");
  }
});

test("an organizer exports an event as JSON and CSV", async ({ page }) => {
  await signInAs(page, "organizer");
  const json = await page.request.get("/api/v1/events/summit-2027/export");
  expect(json.status()).toBe(200);
  const data = await json.json();
  expect(data.event.slug).toBe("summit-2027");
  expect(data.proposals.length).toBeGreaterThanOrEqual(55);
  const first = data.proposals[0];
  for (const key of [
    "externalId",
    "id",
    "track",
    "format",
    "status",
    "title",
    "abstract",
    "anonymizedTitle",
    "anonymizedAbstract",
    "redactions",
    "speakers",
    "votes",
  ]) {
    expect(first, key).toHaveProperty(key);
  }
  const csv = await page.request.get("/api/v1/events/summit-2027/export?format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\n")[0]).toContain("external_id");
  const bad = await page.request.get("/api/v1/events/summit-2027/export?format=xml");
  expect(bad.status()).toBe(400);
  const missing = await page.request.get("/api/v1/events/no-such-event/export");
  expect(missing.status()).toBe(404);
});
