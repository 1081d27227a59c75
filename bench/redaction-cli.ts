// Measures redaction the way the project's acceptance check does: each held-out corpus goes
// through `podium import:proposals` into a fresh PGlite database and comes back through
// `podium export --format json`; the figures are computed on `anonymizedTitle` and
// `anonymizedAbstract` only, with a fold of its own (not the detector's), so a weakness of the
// detector's normalization cannot hide in the measurement.
//   removed  identity strings whose folded text no longer shows in the folded voter version, as a
//            word or the head of a compound in any case (beyond what the field's must-keep terms
//            account for: "Yak" of Yak Cloud in "yak shaving")
//   kept     must-keep terms still present verbatim (each marked occurrence counts)
//   extra    redactions whose text matches no marked identity (false-positive candidates)
// Run: npx tsx bench/redaction-cli.ts   (about a minute: three CLI calls per corpus)

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeHTML } from "entities";
import Papa from "papaparse";
import { HELDOUT, type HeldoutCase } from "./redaction-heldout-cases";
import { HELDOUT2 } from "./redaction-heldout2-cases";
import { HELDOUT3 } from "./redaction-heldout3-cases";
import { parseMarked, stillShown, type MarkedField } from "./_redaction-markup";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "bin", "podium.mjs");

/** What a reader sees: entities decoded, NFKC, no invisible characters, no emphasis markers. */
function fold(s: string): string {
  return decodeHTML(s)
    .normalize("NFKC")
    .replace(/[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, "")
    .replace(/[*_~`]/g, "");
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function countWord(haystack: string, needle: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}(?![\\p{L}\\p{N}])`, "gu");
  return [...haystack.matchAll(re)].length;
}

function podium(env: NodeJS.ProcessEnv, args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && args[0] !== "import:proposals")
    throw new Error(`podium ${args.join(" ")} failed:\n${r.stderr}${r.stdout}`);
  return r;
}

type Exported = {
  externalId: string;
  anonymizedTitle: string;
  anonymizedAbstract: string;
  redactions: { kind: string; field: string; text: string }[];
};

type Result = {
  name: string;
  cases: number;
  failedRows: string[];
  identity: number;
  removed: number;
  keep: number;
  kept: number;
  stretch: number;
  stretchRemoved: number;
  redactions: number;
  extra: string[];
  missed: string[];
  lost: string[];
};

function measure(name: string, corpus: HeldoutCase[]): Result {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-redaction-cli-"));
  const env = { ...process.env, DATABASE_URL: `pglite://${path.join(dir, "pglite")}` };
  const parsed = corpus.map((c) => ({ c, title: parseMarked(c.title), abstract: parseMarked(c.abstract) }));
  try {
    podium(env, ["db:migrate"]);
    podium(env, [
      "event:create",
      ...["--slug", "redaction-bench", "--name", "Redaction bench", "--tracks", "Main"],
      ...["--max-per-speaker", "50", "--max-per-org", "200"],
    ]);
    const csv = Papa.unparse(
      parsed.map(({ c, title, abstract }) => ({
        external_id: c.id,
        title: title.text,
        abstract: abstract.text,
        track: "Main",
        format: "Talk",
        speaker_email: c.speaker.email,
        speaker_name: c.speaker.name,
        organization: c.speaker.organization,
        co_speakers: (c.coSpeakers ?? []).join(";"),
      })),
    );
    const file = path.join(dir, "proposals.csv");
    fs.writeFileSync(file, csv);
    const imported = podium(env, ["import:proposals", "--event", "redaction-bench", file]);
    const failedRows = `${imported.stdout}\n${imported.stderr}`
      .split("\n")
      .filter((l) => /^\s*line \d+/.test(l))
      .map((l) => l.trim());
    const exported = JSON.parse(podium(env, ["export", "--event", "redaction-bench", "--format", "json"]).stdout) as {
      proposals: Exported[];
    };
    const byId = new Map(exported.proposals.map((p) => [p.externalId, p]));
    const r: Result = {
      name,
      cases: corpus.length,
      failedRows,
      identity: 0,
      removed: 0,
      keep: 0,
      kept: 0,
      stretch: 0,
      stretchRemoved: 0,
      redactions: 0,
      extra: [],
      missed: [],
      lost: [],
    };
    for (const { c, title, abstract } of parsed) {
      const p = byId.get(c.id);
      const fields: [string, MarkedField, string | undefined][] = [
        ["TITLE", title, p?.anonymizedTitle],
        ["ABSTRACT", abstract, p?.anonymizedAbstract],
      ];
      const marked = [...title.identity, ...abstract.identity].map((s) => fold(s.text).toLowerCase());
      for (const [field, f, out] of fields) {
        // A refused row shows voters nothing: its identity is not exposed, its terms are not kept.
        const seen = out === undefined ? "" : fold(out);
        const keeps = f.keep.map((k) => fold(k.text));
        for (const s of f.identity) {
          r.identity++;
          if (!stillShown(seen, fold(s.text), keeps)) r.removed++;
          else r.missed.push(`${c.id} ${field}: ${s.kind} "${s.text}"`);
        }
        for (const s of f.stretch) {
          r.stretch++;
          if (!stillShown(seen, fold(s.text), keeps)) r.stretchRemoved++;
        }
        const wanted = new Map<string, number>();
        for (const s of f.keep) wanted.set(s.text, (wanted.get(s.text) ?? 0) + 1);
        for (const [term, n] of wanted) {
          r.keep += n;
          const got = Math.min(n, out === undefined ? 0 : countWord(out, term));
          r.kept += got;
          if (got < n) r.lost.push(`${c.id} ${field}: "${term}" (${got}/${n})`);
        }
      }
      for (const red of p?.redactions ?? []) {
        r.redactions++;
        const t = fold(red.text).toLowerCase();
        if (!marked.some((m) => m.includes(t) || t.includes(m)))
          r.extra.push(`${c.id} ${red.field}: ${red.kind} "${red.text}"`);
      }
    }
    return r;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
const cell = (a: number, b: number) => `${pct(a, b)} (${a}/${b})`.padEnd(24);

const corpora: [string, HeldoutCase[]][] = [
  ["held-out", HELDOUT],
  ["held-out 2", HELDOUT2],
  ["held-out 3", HELDOUT3],
];
const only = process.argv.slice(2);
const results = corpora
  .filter(([n]) => only.length === 0 || only.includes(n.replace(/[ -]/g, "")))
  .map(([n, c]) => measure(n, c));

console.log("Redaction through import:proposals + export --format json (fresh PGlite per corpus)");
console.log(`${"".padEnd(36)}${results.map((r) => r.name.padEnd(24)).join("")}`);
console.log(
  `${"proposals (rows refused)".padEnd(36)}${results.map((r) => `${r.cases} (${r.failedRows.length})`.padEnd(24)).join("")}`,
);
console.log(
  `${"identity removed (target >= 95%)".padEnd(36)}${results.map((r) => cell(r.removed, r.identity)).join("")}`,
);
console.log(`${"ordinary kept (target >= 97%)".padEnd(36)}${results.map((r) => cell(r.kept, r.keep)).join("")}`);
console.log(
  `${"redactions matching no identity".padEnd(36)}${results.map((r) => cell(r.extra.length, r.redactions)).join("")}`,
);
console.log(
  `${"not rendered (reversed, base64)".padEnd(36)}${results.map((r) => (r.stretch ? cell(r.stretchRemoved, r.stretch) : "-".padEnd(24))).join("")}`,
);
const list = (title: string, xs: string[]) => xs.length && console.log(`${title}:\n  ${xs.join("\n  ")}`);
for (const r of results) {
  list(`${r.name} rows refused`, r.failedRows);
  list(`${r.name} missed`, r.missed);
  list(`${r.name} must-keep lost`, r.lost);
  list(`${r.name} redactions matching no identity`, r.extra);
}
