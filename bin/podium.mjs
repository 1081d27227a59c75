#!/usr/bin/env node
// Entry point of the `podium` CLI: runs bin/podium.ts through tsx. The react-server condition
// lets lib modules that say `import "server-only"` load outside Next.js.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsx = path.join(path.dirname(require.resolve("tsx/package.json")), "dist", "loader.mjs");
const result = spawnSync(
  process.execPath,
  [
    "--conditions=react-server",
    "--import",
    tsx,
    "--no-warnings=ExperimentalWarning",
    path.join(here, "podium.ts"),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
