// Real parts: a Podium server of its own (same build, empty database, no DEMO_MODE) that sends
// mail to a real SMTP server and signs in through a real OpenID Connect provider, both running in
// this test process. Walks a new organizer from an empty database to an open call for papers.
import { expect, test } from "@playwright/test";
import { firstLink, startSmtpCapture } from "../test/smtp-capture";
import { startOidcProvider } from "./support/oidc-provider";
import { freePort, prepareOwnServer, type OwnServer } from "./support/own-server";

test.describe.configure({ mode: "serial" });

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let oidc: Awaited<ReturnType<typeof startOidcProvider>>;
let server: OwnServer;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  smtp = await startSmtpCapture();
  const [port, oidcPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  oidc = await startOidcProvider({
    port: oidcPort,
    redirectUri: `${base}/api/auth/callback/oidc`,
    clientId: "podium-e2e",
    clientSecret: "podium-e2e-client-secret",
  });
  server = await prepareOwnServer(
    {
      SMTP_URL: smtp.url,
      EMAIL_FROM: "Podium CFP <cfp@podium.test>",
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: "podium-e2e",
      OIDC_CLIENT_SECRET: "podium-e2e-client-secret",
      OIDC_NAME: "Member SSO",
    },
    port,
  );
  // From an empty database, as a new organizer would: migrate, make the first admin, start.
  const migrate = server.podium("db:migrate");
  expect(migrate.stderr).toBe("");
  expect(migrate.stdout).toMatch(/Applied \d+ migration/);
  const role = server.podium("user:role", "--email", "a@x.org", "--role", "ADMIN");
  expect(role.stdout).toContain("a@x.org (new; takes effect when they first sign in) now has the role ADMIN.");
  await server.start();
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) console.error(`own server output:\n${server?.log()}`);
});

test.afterAll(async () => {
  await server?.stop();
  await oidc?.close();
  await smtp?.close();
});

test("first admin signs in by a link from the real SMTP server, creates an event with tracks and opens the CFP", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${base}/signin`);
  await expect(page.locator("[data-persona]")).toHaveCount(0); // no demo sign-in without DEMO_MODE
  await page.getByLabel("E-mail address").fill("a@x.org");
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);

  const mail = await smtp.waitForMail((m) => m.to.includes("a@x.org"));
  expect(mail.from).toBe("cfp@podium.test");
  expect(mail.parsed.from?.text).toBe('"Podium CFP" <cfp@podium.test>');
  expect(mail.parsed.subject).toBe(`Sign in to Podium (127.0.0.1:${new URL(base).port})`);
  const link = firstLink(mail.parsed.text);
  expect(link).toMatch(new RegExp(`^${base.replace(/\./g, "\\.")}/api/auth/callback/email\\?`));
  expect(mail.parsed.html).toContain(link!);
  await page.goto(link!);
  await expect(page.getByTestId("nav-profile")).toHaveText("a@x.org");
  await expect(page.getByTestId("nav-admin")).toBeVisible();

  await page.goto(`${base}/admin`);
  await page.getByTestId("new-event").click();
  await page.getByLabel("Name", { exact: true }).fill("Open Source Summit 2027");
  await expect(page.getByLabel("Slug")).toHaveValue("open-source-summit-2027");
  await page.getByLabel("Time zone").fill("Europe/Berlin");
  await page.getByLabel("Tracks").fill("Developer Experience\nData & AI");
  await page.getByTestId("event-form-submit").click();
  await expect(page).toHaveURL(/\/admin\/events\/open-source-summit-2027\?created=1$/);
  await expect(page.getByTestId("track-developer-experience")).toBeVisible();
  await expect(page.getByTestId("track-data-ai")).toBeVisible();

  await page.getByTestId("phase-next").click();
  await expect(page.getByTestId("phase-message")).toContainText("Call for papers open");
  await page.goto(`${base}/events/open-source-summit-2027`);
  await expect(page.getByText("Call for papers open").first()).toBeVisible();

  await page.goto(`${base}/admin/roles`);
  await expect(page.getByTestId("staff-a@x.org")).toContainText("The last admin cannot be removed.");
  await page.goto(`${base}/admin/audit`);
  const rows = page.getByTestId("audit-row");
  await expect(rows.filter({ hasText: "Phase changed" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Event created" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Role changed" })).toHaveCount(1);
});

test("signs in through the real OpenID Connect provider's login form with the provider's e-mail", async ({ page }) => {
  test.setTimeout(90_000);
  await page.route(/fonts\.googleapis\.com/, (r) => r.abort()); // the provider's page imports a web font
  await page.goto(`${base}/signin`);
  await page.getByRole("button", { name: "Member SSO" }).click();
  await expect(page).toHaveURL(new RegExp(`^${oidc.issuer.replace(/\./g, "\\.")}/`));
  await page.locator('input[name="login"]').fill("ada");
  await page.locator('input[name="password"]').fill("any password"); // the dev login form takes any
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`^${base.replace(/\./g, "\\.")}/`));
  await expect(page.getByTestId("nav-profile")).toHaveText("SSO ada");
  const session = await (await page.request.get(`${base}/api/auth/session`)).json();
  expect(session.user.email).toBe("ada@sso.example.org");
});
