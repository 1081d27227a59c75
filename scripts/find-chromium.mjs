#!/usr/bin/env node
// Finds a Chromium for Playwright, in this order:
//   1. PODIUM_CHROMIUM (an explicit path), 2. Playwright's own download (`npx playwright install chromium`),
//   3. a system Chromium/Chrome on PATH or in the usual places,
//   4. (only with { install: true } / --install) one attempt at `npx playwright install chromium`.
// As a command: prints the path, or explains how to get a browser and exits 1.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Flags that let a system Chromium run headless in containers and CI without sandbox or GPU. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

const isExecutable = (p) => {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

async function playwrightChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    return p && isExecutable(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function systemChromium() {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    for (const name of SYSTEM_NAMES) {
      const p = dir && path.join(dir, name);
      // Ubuntu's /usr/bin/chromium-browser can be a stub that only says "install the snap"; prefer real files.
      if (p && isExecutable(p)) return fs.realpathSync(p);
    }
  }
  return SYSTEM_PATHS.find(isExecutable);
}

/**
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ executablePath: string, source: "env" | "playwright" | "system" } | undefined>}
 */
export async function findChromium({ install = false, log = () => {} } = {}) {
  const explicit = process.env.PODIUM_CHROMIUM;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`PODIUM_CHROMIUM=${explicit} is not an executable file`);
    return { executablePath: explicit, source: "env" };
  }
  const bundled = await playwrightChromium();
  if (bundled) return { executablePath: bundled, source: "playwright" };
  const system = systemChromium();
  if (system) return { executablePath: system, source: "system" };
  if (!install) return undefined;

  log("No Chromium found; trying `npx playwright install chromium` once...");
  const result = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", env: withoutSkip() });
  if (result.status === 0) {
    const installed = await playwrightChromium();
    if (installed) return { executablePath: installed, source: "playwright" };
  }
  return undefined;
}

function withoutSkip() {
  const env = { ...process.env };
  delete env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD;
  return env;
}

export const NO_BROWSER_HELP = `No Chromium found for the end-to-end tests, and \`npx playwright install chromium\` did not work.
Get a browser in one of these ways, then run the tests again:
  - npx playwright install --with-deps chromium      (needs access to Playwright's download CDN)
  - apt-get install chromium                          (Debian; Ubuntu: a chromium or google-chrome package)
  - PODIUM_CHROMIUM=/path/to/chrome npm test          (any Chromium or Chrome build)`;

// Run as a command: print the path.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = await findChromium({ install: process.argv.includes("--install"), log: (l) => console.error(l) });
  if (!found) {
    console.error(NO_BROWSER_HELP);
    process.exit(1);
  }
  console.log(found.executablePath);
}
