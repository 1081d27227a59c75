#!/usr/bin/env node
// `npm test`: every test suite, in order of speed: unit, integration (PGlite, or the PostgreSQL
// server in TEST_DATABASE_URL), end-to-end (production build + Chromium). Stops at the first
// failing stage and prints one summary line per stage with its duration.
//   node scripts/test-all.mjs                 all stages
//   node scripts/test-all.mjs unit integration  only those stages (in the fixed order)
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const VITEST = path.join(root, "node_modules", "vitest", "vitest.mjs");

const STAGES = [
  { name: "unit", args: [VITEST, "run", "--project", "unit"] },
  { name: "integration", args: [VITEST, "run", "--project", "integration"] },
  { name: "e2e", args: [path.join(root, "scripts", "e2e.mjs")] },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !STAGES.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`test-all: unknown stage(s) ${unknown.join(", ")}; stages are ${STAGES.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
const stages = wanted.length > 0 ? STAGES.filter((s) => wanted.includes(s.name)) : STAGES;

let current;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exitCode = 130;
  });
}

function runStage(stage) {
  return new Promise((resolve) => {
    current = spawn(process.execPath, stage.args, { cwd: root, stdio: "inherit", env: process.env });
    current.on("error", (e) => {
      console.error(`test-all: could not start ${stage.name}: ${e.message}`);
      resolve(127);
    });
    current.on("exit", (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const results = [];
const started = Date.now();
let failed;
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const t0 = Date.now();
  const code = await runStage(stage);
  results.push({ name: stage.name, code, ms: Date.now() - t0 });
  if (code !== 0) {
    failed = stage.name;
    break;
  }
}

console.log("\n=== summary ===");
for (const stage of stages) {
  const r = results.find((x) => x.name === stage.name);
  const status = !r ? "skipped (earlier stage failed)" : r.code === 0 ? "passed" : `FAILED (exit ${r.code})`;
  console.log(`${stage.name.padEnd(12)} ${status.padEnd(32)} ${r ? seconds(r.ms) : ""}`);
}
console.log(
  `${"total".padEnd(12)} ${(failed ? `FAILED at ${failed}` : "passed").padEnd(32)} ${seconds(Date.now() - started)}`,
);
process.exit(failed ? 1 : 0);
