// The argument list each server action takes, checked at the transport level (proxy.ts, through
// checkActionBody) before Next.js decodes a call. Podium's form actions all run through
// useActionState, so React sends (previous state, FormData): the reply's argument list is
// `[state, "$K<id>"]`, the second entry a reference to the form's fields. A call of a form action
// with any other list (a string, an object, no arguments) would reach code that reads the form
// and fail with a TypeError; it is refused here with a 400 instead. Next.js cannot answer 400 from
// inside a server action (an action's failures are 200 responses, or 401/403/404 through
// unauthorized()/forbidden()/notFound()), so the check lives before it.
//
// Every action is a form action unless listed below; test/authz-matrix.test.ts checks this table
// against the matrix's call kinds, so a new action of another shape cannot be forgotten.
import fs from "node:fs";
import path from "node:path";

/** form: (state, FormData); value: one plain object; any: arguments ignored. */
export type ActionShape = "form" | "value" | "any";

export const ACTION_SHAPES: Record<string, ActionShape> = {
  // A plain <form action>: called with (FormData) or, without JavaScript, by the browser; reads nothing.
  "app/profile/actions.ts#signOutEverywhereAction": "any",
};

export function actionShapeOf(file: string, exportedName: string): ActionShape {
  return ACTION_SHAPES[`${file}#${exportedName}`] ?? "form";
}

const FORM_REFERENCE = /^\$K[0-9a-f]+$/;

/** Why an argument list does not fit the shape, or null when it does. */
export function argumentShapeError(args: unknown[], shape: ActionShape): string | null {
  if (shape === "any") return null;
  if (shape === "form") {
    return args.length === 2 && typeof args[1] === "string" && FORM_REFERENCE.test(args[1])
      ? null
      : "this action takes a form";
  }
  const [value] = args;
  return args.length === 1 && value !== null && typeof value === "object" && !Array.isArray(value)
    ? null
    : "this action takes one object";
}

type Manifest = { node?: Record<string, { filename?: string; exportedName?: string }> };
let cached: { file: string; mtimeMs: number; byId: Map<string, ActionShape> } | null = null;

/**
 * The shape of the action with this id, from the build's server-reference manifest (which maps
 * action ids to their file and export). Undefined when the id or the manifest is unknown: then
 * Next.js answers an unknown action itself, and only the body's form is checked.
 */
export function actionShapeById(
  actionId: string,
  distDir = path.join(process.cwd(), ".next"),
): ActionShape | undefined {
  const file = [path.join(distDir, "server"), path.join(distDir, "dev", "server")]
    .map((d) => path.join(d, "server-reference-manifest.json"))
    .find((f) => fs.existsSync(f));
  if (!file) return undefined;
  const mtimeMs = fs.statSync(file).mtimeMs;
  if (!cached || cached.file !== file || cached.mtimeMs !== mtimeMs) {
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
    const byId = new Map<string, ActionShape>();
    for (const [id, entry] of Object.entries(manifest.node ?? {}))
      if (entry.filename && entry.exportedName) byId.set(id, actionShapeOf(entry.filename, entry.exportedName));
    cached = { file, mtimeMs, byId };
  }
  return cached.byId.get(actionId);
}
