import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actionShapeById, actionShapeOf, argumentShapeError } from "./action-shapes";

const dist = fs.mkdtempSync(path.join(os.tmpdir(), "podium-action-shapes-"));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("action shapes", () => {
  it("every action takes a form unless the table says otherwise", () => {
    expect(actionShapeOf("app/speaker/actions.ts", "saveProposalAction")).toBe("form");
    expect(actionShapeOf("app/vote/actions.ts", "startBallotAction")).toBe("form");
    expect(actionShapeOf("app/profile/actions.ts", "signOutEverywhereAction")).toBe("any");
  });

  it("matches React's encoding of (state, FormData) only", () => {
    expect(argumentShapeError([null, "$K1"], "form")).toBeNull();
    expect(argumentShapeError([null, "$K"], "form")).toBe("this action takes a form");
    expect(argumentShapeError([null, { get: 1 }], "form")).toBe("this action takes a form");
    expect(argumentShapeError([{ a: 1 }], "value")).toBeNull();
    expect(argumentShapeError(["$K1"], "value")).toBe("this action takes one object");
    expect(argumentShapeError([], "any")).toBeNull();
  });

  it("finds an action's shape by id in the build's server-reference manifest", () => {
    fs.mkdirSync(path.join(dist, "server"));
    const manifest = {
      node: {
        "40aa": { filename: "app/profile/actions.ts", exportedName: "signOutEverywhereAction" },
        "40bb": { filename: "app/speaker/actions.ts", exportedName: "saveProposalAction" },
      },
    };
    fs.writeFileSync(path.join(dist, "server/server-reference-manifest.json"), JSON.stringify(manifest));
    expect(actionShapeById("40aa", dist)).toBe("any");
    expect(actionShapeById("40bb", dist)).toBe("form");
    expect(actionShapeById("40cc", dist)).toBeUndefined();
    expect(actionShapeById("40aa", path.join(dist, "missing"))).toBeUndefined();
  });
});
