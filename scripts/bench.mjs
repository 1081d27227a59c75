#!/usr/bin/env node
// `npm run bench`: runs every bench/*.ts script (or the ones named) and prints their figures.
//   node scripts/bench.mjs              all
//   node scripts/bench.mjs redaction    bench/redaction.ts only
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const benchDir = path.join(root, "bench");
const all = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith(".ts") && !f.includes(".test.") && !f.endsWith("-cases.ts") && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""));
const wanted = process.argv.slice(2);
const missing = wanted.filter((w) => !all.includes(w));
if (missing.length) {
  console.error(`bench: unknown benchmark(s) ${missing.join(", ")}; available: ${all.join(", ")}`);
  process.exit(2);
}
const tsx = path.join(root, "node_modules", "tsx", "dist", "loader.mjs");
let failed = 0;
for (const name of wanted.length ? wanted : all) {
  console.log(`\n=== bench/${name}.ts ===`);
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", tsx, path.join(benchDir, `${name}.ts`)],
    { stdio: "inherit", cwd: root },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
