// Playwright runs against a production build served by `next start`. scripts/e2e.mjs (npm run test:e2e)
// builds, prepares a fresh seeded database, starts the server and sets PODIUM_E2E_BASE_URL and
// PODIUM_CHROMIUM before calling `playwright test`. Run directly, it targets a server you started
// yourself (PODIUM_E2E_BASE_URL, default http://127.0.0.1:3000) with Playwright's own browser.
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/find-chromium.mjs";

const baseURL = process.env.PODIUM_E2E_BASE_URL || "http://127.0.0.1:3000";
const executablePath = process.env.PODIUM_CHROMIUM || undefined;
const isCI = Boolean(process.env.CI);

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath, args: CHROMIUM_ARGS },
};
const LAST_SPECS = /chair\.spec\.ts$/;

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "./test-results",
  fullyParallel: false,
  forbidOnly: isCI,
  // No retries: most specs walk one shared seeded database step by step, so a retry would start
  // from changed data and hide the real failure.
  retries: 0,
  // One server, one embedded database, two CPUs: more workers only add contention.
  workers: Number(process.env.PODIUM_E2E_WORKERS) || 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    { name: "chromium", testIgnore: LAST_SPECS, use: browser },
    // The chair spec publishes the demo's review event; the specs that read or probe that event
    // (authorization matrix, accessibility, ranking API) run before it, never beside it.
    { name: "after-review", testMatch: LAST_SPECS, dependencies: ["chromium"], use: browser },
  ],
});
