#!/usr/bin/env node
// `npm run demo`: migrate, seed the demo data, build if the sources changed, then start the
// production server with DEMO_MODE=true (demo persona sign-in enabled).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT || "3000";
// next-auth builds sign-in redirects from NEXTAUTH_URL; without it they would go to port 3000.
const env = { ...process.env, DEMO_MODE: "true", NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}` };
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function run(label, args) {
  console.log(`\n> ${label}`);
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`demo: "${label}" failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

/** Newest mtime (ms) of any file under the given folders and top-level config files. */
function newestSourceMtime() {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === "generated" || path.basename(p) === "node_modules") return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const dir of ["app", "components", "lib", "public"]) visit(path.join(root, dir));
  for (const file of ["next.config.ts", "package.json", "postcss.config.mjs"]) visit(path.join(root, file));
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  return fs.statSync(buildId).mtimeMs < newestSourceMtime();
}

run("podium db:migrate", [path.join(root, "bin", "podium.mjs"), "db:migrate"]);
run("podium seed --demo", [path.join(root, "bin", "podium.mjs"), "seed", "--demo"]);
if (needsBuild()) run("next build", [nextBin, "build"]);
else console.log("\n> next build skipped (.next is up to date)");

console.log(
  `\nPodium demo: http://localhost:${port}  — sign in as a demo persona (organizer, chair, speaker, newcomer, voter).\n`,
);
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (!server.killed) server.kill(signal);
  });
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
