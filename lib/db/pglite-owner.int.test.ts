import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliRunner } from "../../test/cli";
import { closePglite, openPglite } from "./pglite";

// PGlite is single-process: a CLI started while the server holds the folder must refuse cleanly.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "podium-owner-"));
const dir = path.join(root, "pglite");

afterAll(async () => {
  await closePglite(dir);
  fs.rmSync(root, { recursive: true, force: true });
});

const { podium: runCli } = cliRunner(() => ({ kind: "pglite", dir }));

describe("embedded database ownership", () => {
  it("refuses a second process with a message that says what to do, and leaves the data usable", async () => {
    const pg = openPglite(dir);
    await pg.query("CREATE TABLE marker (n int)");
    await pg.query("INSERT INTO marker VALUES (1)");

    const cli = runCli("db:migrate");
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/in use by another Podium process \(pid \d+\)/);
    expect(cli.stderr).toMatch(/Stop it first|DATABASE_URL=postgres/);

    const rows = await pg.query<{ n: number }>("SELECT n FROM marker");
    expect(rows.rows).toEqual([{ n: 1 }]);
  });

  it("takes over the folder once its owner has closed it", async () => {
    await closePglite(dir);
    const cli = runCli("db:migrate");
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/Applied \d+ migration/);
  });
});
