// The ranking (API and chair dashboard) is for the event's track chairs (their tracks only) and
// organizers: anonymous callers get 401, voters and speakers 403, and no identity in the refusal.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support";

const EVENT = "platform-days-2027";
const API = `/api/v1/events/${EVENT}/ranking`;
const DASHBOARD = `/chair/${EVENT}/cloud-native`;

test("anonymous callers get 401 from the ranking API and the sign-in page for the dashboard", async ({
  page,
  request,
}) => {
  const response = await request.get(API);
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
  await page.goto(DASHBOARD);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("voters and speakers are refused the ranking API and the chair dashboard (403)", async ({ page }) => {
  for (const persona of ["voter", "speaker"] as const) {
    await page.context().clearCookies();
    await signInAs(page, persona);
    const api = await page.request.get(API);
    expect(api.status(), `${persona}: API`).toBe(403);
    const body = await api.text();
    expect(body).not.toContain("communityScore");
    expect(body).not.toContain("@nimbusworks.example");
    const csv = await page.request.get(`${API}?format=csv&track=cloud-native`);
    expect(csv.status(), `${persona}: CSV`).toBe(403);
    for (const path of [DASHBOARD, `/chair/${EVENT}/security`, "/chair"]) {
      const res = await page.goto(path);
      expect(res?.status(), `${persona}: ${path}`).toBe(403);
      await expect(page.getByTestId("ranking-table")).toHaveCount(0);
    }
  }
});

test("a chair gets only their track's ranking; another track is refused", async ({ page }) => {
  await signInAs(page, "chair");
  const all = await page.request.get(API);
  expect(all.status()).toBe(200);
  const ranking = await all.json();
  expect(ranking.event).toBe(EVENT);
  expect(ranking.proposals).toHaveLength(12);
  expect(new Set(ranking.proposals.map((p: { track: string }) => p.track))).toEqual(new Set(["cloud-native"]));
  const p = ranking.proposals[0];
  for (const key of [
    "externalId",
    "id",
    "track",
    "rank",
    "communityScore",
    "ciLow",
    "ciHigh",
    "votes",
    "feedbackComponent",
    "combinedScore",
    "flags",
  ]) {
    expect(p, key).toHaveProperty(key);
  }
  expect(JSON.stringify(ranking)).not.toContain("@nimbusworks.example");
  const security = await page.request.get(`${API}?track=security`);
  expect(security.status()).toBe(403);
});

test("an organizer gets every track, and the export carries ranking fields and decisions", async ({ page }) => {
  await signInAs(page, "organizer");
  const response = await page.request.get(API);
  expect(response.status()).toBe(200);
  const ranking = await response.json();
  expect(ranking.proposals).toHaveLength(20);
  expect(ranking.voters.total).toBe(25);
  const exported = await (await page.request.get(`/api/v1/events/${EVENT}/export`)).json();
  expect(exported.proposals).toHaveLength(20);
  for (const proposal of exported.proposals) {
    expect(proposal.ranking).toMatchObject({ rank: expect.any(Number), combinedScore: expect.any(Number) });
    expect(proposal).toHaveProperty("decision");
  }
  const csv = await (await page.request.get(`/api/v1/events/${EVENT}/export?format=csv`)).text();
  const header = csv.replace(/^\uFEFF/, "").split("\r\n")[0];
  for (const column of [
    "rank",
    "community_score",
    "ci_low",
    "ci_high",
    "feedback_component",
    "combined_score",
    "flags",
    "decision_mark",
    "decision_applied",
  ]) {
    expect(header.split(",")).toContain(column);
  }
  // The organizer reaches every track's dashboard.
  const res = await page.goto(`/chair/${EVENT}/security`);
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
});
