#!/usr/bin/env node
// Prints the JavaScript a browser loads for a page of the last production build (`next build`),
// gzip-compressed: the framework chunks (rootMainFiles) plus the page's and root layout's entry
// chunks from the client reference manifest. Polyfills are left out, as in Next's "First Load JS":
// they are a <script nomodule>, which current browsers do not fetch. Chunks loaded later through
// next/dynamic (the chair page's charts) are not part of the page load and are listed apart.
//   node bench/chair-page-js.mjs ["/chair/[eventSlug]/[trackSlug]"]   (target on the chair page: <= 180 kB)
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const next = path.join(root, ".next");
const route = process.argv[2] ?? "/chair/[eventSlug]/[trackSlug]";
const dir = path.join(next, "server", "app", ...route.split("/").filter(Boolean));

const build = JSON.parse(fs.readFileSync(path.join(dir, "page", "build-manifest.json"), "utf8"));
globalThis.__RSC_MANIFEST = {};
await import(path.join(dir, "page_client-reference-manifest.js"));
const manifest = Object.values(globalThis.__RSC_MANIFEST)[0];
const entries = manifest.entryJSFiles;
const pageKey = Object.keys(entries).find((k) => k.endsWith(`/app${route}/page`));
const files = new Set([
  ...build.rootMainFiles,
  ...(entries["[project]/app/layout"] ?? []),
  ...(entries[pageKey] ?? []),
]);
const gz = (f) => gzipSync(fs.readFileSync(path.join(next, f)), { level: 9 }).length;
let total = 0;
for (const f of files) total += gz(f);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${route}: ${files.size} chunks at page load, ${kb(total)} gzip`);

// Chunks requested later by next/dynamic, from the page's loadable manifest.
const loadable = path.join(dir, "page", "react-loadable-manifest.json");
const lazy = new Set();
if (fs.existsSync(loadable))
  for (const entry of Object.values(JSON.parse(fs.readFileSync(loadable, "utf8"))))
    for (const f of entry.files ?? []) if (f.endsWith(".js") && !files.has(f)) lazy.add(f);
let lazyTotal = 0;
for (const f of lazy) lazyTotal += gz(f.startsWith("static/") ? f : `static/chunks/${f}`);
console.log(`  loaded later by next/dynamic: ${lazy.size} chunk(s), ${kb(lazyTotal)} gzip`);
