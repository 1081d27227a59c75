import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeHeader, parseCsv, readCsvFile, type CsvSpec } from "./csv";
import { findInvalidUtf8 } from "./utf8";

type Col = "id" | "name" | "note";
const spec: CsvSpec<Col> = { required: ["id", "name"], optional: ["note"] };
const parse = (text: string | Uint8Array) =>
  parseCsv(typeof text === "string" ? new TextEncoder().encode(text) : text, spec, "f.csv");
const fixture = (name: string) => path.resolve(import.meta.dirname, "../../test/fixtures", name);

describe("parseCsv", () => {
  it("returns rows with their values and physical line numbers, quoted multi-line fields included", () => {
    const r = parse(
      'id,name,note\n1,"Ada\nLovelace","a ""quoted"", note"\n\n2,Grace,\r\n3,"Multi\r\nline\r\nname",x\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => x.line)).toEqual([2, 5, 6]);
    expect(r.rows[0].values).toEqual({ id: "1", name: "Ada\nLovelace", note: 'a "quoted", note' });
    expect(r.rows[2].values.name).toBe("Multi\r\nline\r\nname");
  });

  it("fills an absent optional column with empty strings", () => {
    const r = parse("name,id\nAda,1\n");
    expect(r.ok && r.rows[0].values).toEqual({ id: "1", name: "Ada", note: "" });
  });

  it("strips a UTF-8 byte-order mark and keeps non-ASCII text", () => {
    const r = parse("\uFEFFid,name\n1,Zoë Ångström\n");
    expect(r.ok && r.columns).toEqual(["id", "name"]);
    expect(r.ok && r.rows[0].values.name).toBe("Zoë Ångström");
  });

  it("refuses a file that is not UTF-8, naming the byte and its offset", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("id,name\n1,Caf"), 0xe9, 0x0a]);
    expect(parse(bytes)).toEqual({
      ok: false,
      message: "f.csv is not UTF-8 (byte 0xe9 at offset 13); save it as UTF-8",
    });
  });

  it("refuses an empty file, or one with only blank lines, saying which header it needs", () => {
    for (const text of ["", "\n\n  \n"]) {
      expect(parse(text)).toEqual({
        ok: false,
        message: "f.csv is empty; the first line must be the header id,name[,note]",
      });
    }
  });

  it("accepts a header-only file with no rows", () => {
    expect(parse("id,name\n")).toEqual({ ok: true, columns: ["id", "name"], rows: [] });
  });

  it("names missing, unknown and repeated columns", () => {
    const r = parse("id,nmae,extra,id\n1,x,y,z\n");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe(
      "f.csv: missing column name; unknown columns nmae, extra; repeated column id. The header must be id,name[,note]",
    );
  });

  it("reports bad quoting with the line it is on and refuses the file", () => {
    const r = parse('id,name\n1,ok\n2,"bad "quote" here"\n3,fine\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^f\.csv has bad CSV quoting \(RFC 4180\): line 3: /);
    const open = parse('id,name\n1,ok\n2,"never closed\n3,x\n');
    expect(!open.ok && open.message).toContain("line 3: quoted field is never closed");
  });

  it("marks a row with the wrong number of fields, but keeps the others", () => {
    const r = parse("id,name\n1,Ada\n2,Grace,extra\n3\n");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => [x.line, x.problem])).toEqual([
      [2, undefined],
      [3, "3 fields, but the header has 2"],
      [4, "1 field, but the header has 2"],
    ]);
  });

  it("describes headers as the documentation writes them", () => {
    expect(describeHeader(spec)).toBe("id,name[,note]");
  });
});

describe("readCsvFile", () => {
  it("reads the fixtures: Latin-1 refused, wrong header named, missing file explained", async () => {
    const proposals: CsvSpec<string> = {
      required: [
        "external_id",
        "title",
        "abstract",
        "track",
        "format",
        "speaker_email",
        "speaker_name",
        "organization",
      ],
      optional: ["co_speakers"],
    };
    const latin1 = await readCsvFile(fixture("proposals-latin1.csv"), proposals);
    expect(!latin1.ok && latin1.message).toMatch(
      /proposals-latin1\.csv is not UTF-8 \(byte 0xe9 at offset \d+\); save it as UTF-8$/,
    );
    const header = await readCsvFile(fixture("proposals-wrong-header.csv"), proposals);
    expect(!header.ok && header.message).toMatch(
      /missing columns speaker_email, organization; unknown columns email, company\./,
    );
    const missing = await readCsvFile(fixture("nope.csv"), proposals);
    expect(!missing.ok && missing.message).toMatch(/^cannot read .*nope\.csv: no such file$/);
    const good = await readCsvFile(fixture("proposals-good.csv"), proposals);
    expect(good.ok && good.rows.map((r) => r.line)).toEqual([2, 4, 5]);
  });
});

describe("findInvalidUtf8", () => {
  it.each([
    [[0x41, 0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x41, 0xe9, 0x41], 1],
    [[0xc0, 0xaf], 0], // overlong "/"
    [[0xed, 0xa0, 0x80], 0], // UTF-16 surrogate
    [[0x41, 0xe2, 0x82], 1], // truncated at the end
    [[0xff], 0],
  ])("%j -> %i", (bytes, expected) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
  });

  it("agrees with the fixture file on disk", () => {
    const bytes = fs.readFileSync(fixture("proposals-latin1.csv"));
    expect(findInvalidUtf8(bytes)).toBe(bytes.indexOf(0xe9));
  });
});
