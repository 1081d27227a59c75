// Every page, route handler and server action in app/ has a row in the authorization matrix
// (test/authz-matrix.ts), and every row names something that exists. A new route without a row
// fails here, before anyone forgets to decide who may use it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_SHAPES, actionShapeOf } from "../lib/security/action-shapes";
import { ACTIONS, API, matrixCellCount, PAGES, ROLES } from "./authz-matrix";

const root = path.resolve(import.meta.dirname, "..");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** app/(admin)/admin/events/[slug]/page.tsx -> /admin/events/[slug] */
function routeOf(file: string): string {
  const rel = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep);
  const parts = rel.filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return `/${parts.join("/")}`;
}

const files = walk(path.join(root, "app")).map((f) => path.relative(root, f).split(path.sep).join("/"));
const pages = files.filter((f) => /\/page\.tsx?$/.test(f)).map((f) => routeOf(path.join(root, f)));
const handlers = files.filter((f) => /\/route\.ts$/.test(f)).map((f) => routeOf(path.join(root, f)));
const actions = files
  .filter((f) => /\.tsx?$/.test(f))
  .filter((f) => /^\s*["']use server["']/m.test(fs.readFileSync(path.join(root, f), "utf8").slice(0, 400)))
  .flatMap((f) =>
    [...fs.readFileSync(path.join(root, f), "utf8").matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map(
      (m) => `${f}#${m[1]}`,
    ),
  );

describe("authorization matrix", () => {
  it("has a row for every page", () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((p) => !PAGES.some((r) => r.route === p))).toEqual([]);
  });

  it("has a row for every route handler", () => {
    expect(handlers.filter((h) => !API.some((r) => r.route === h))).toEqual([]);
  });

  it("has a row for every server action", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.filter((a) => !ACTIONS.some((r) => `${r.file}#${r.name}` === a))).toEqual([]);
  });

  it("has no row for something that does not exist, and an outcome for every role", () => {
    expect(PAGES.filter((r) => !pages.includes(r.route)).map((r) => r.route)).toEqual([]);
    expect(API.filter((r) => !handlers.includes(r.route)).map((r) => r.route)).toEqual([]);
    expect(ACTIONS.filter((r) => !actions.includes(`${r.file}#${r.name}`)).map((r) => r.name)).toEqual([]);
    for (const row of [...PAGES, ...API, ...ACTIONS]) expect(Object.keys(row.expect).sort()).toEqual([...ROLES].sort());
    expect(matrixCellCount()).toBe((PAGES.length + API.length + ACTIONS.length) * 7);
  });

  it("agrees with the transport-level argument shapes (lib/security/action-shapes.ts)", () => {
    // proxy.ts refuses a call whose arguments do not fit the action's shape: a value action the
    // table does not name would be refused on every call.
    for (const row of ACTIONS) {
      const shape = actionShapeOf(row.file, row.name);
      expect(shape === "any" || shape === row.call.kind, `${row.file}#${row.name}`).toBe(true);
    }
    for (const key of Object.keys(ACTION_SHAPES)) expect(actions).toContain(key);
  });
});
