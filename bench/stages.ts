// `pnpm bench stages [--baseline DIR] [--rounds N]`: CPU of each corpus stage and writer on BBC, in one thread, against another checkout's.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT, fmt, load, mustSucceed, newsgraphCommand, timeProcess } from "./processes.ts";
import { BBC_DIR, haveCorpus } from "./corpus.ts";

type StageMs = Record<string, number>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * BBC is extracted once (`extract --with-text`), then each checkout's compiled core runs the corpus stages and the
 * three writers over those records in a fresh process (bench/stages-child.mjs), rounds alternated so machine load
 * hits both alike; the table gives the median CPU of each. `--baseline DIR`: a checkout built with `pnpm build`
 * (for example main), read only.
 */
export function runStagesBench(argv = process.argv.slice(2)): void {
  const { values } = parseArgs({
    args: argv,
    options: { baseline: { type: "string" }, rounds: { type: "string" } },
    strict: false,
    allowPositionals: true,
  });
  if (!haveCorpus("bbc")) {
    console.log(`[skip] bench stages: needs ${BBC_DIR} (the shared data folder beside the repository), not found`);
    return;
  }
  const rounds = Number(values.rounds ?? 3);
  const roots = [REPO_ROOT, ...(typeof values.baseline === "string" ? [path.resolve(values.baseline)] : [])];
  const tmp = mkdtempSync(path.join(tmpdir(), "ng-bench-stages-"));
  try {
    const records = path.join(tmp, "bbc.jsonl");
    mustSucceed(
      "extract",
      timeProcess([...newsgraphCommand(), "extract", BBC_DIR, "--with-text", "-o", records, "--no-cache"]),
    );
    console.log(
      `\n### Corpus stages on BBC in one thread, CPU ms (median of ${rounds}; load ${load()} at the start)\n`,
    );
    const runs = new Map<string, StageMs[]>(roots.map((r) => [r, []]));
    for (let i = 0; i < rounds; i++)
      for (const root of roots) {
        const p = spawnSync(process.execPath, [path.join(REPO_ROOT, "bench/stages-child.mjs"), root, records, tmp], {
          encoding: "utf8",
        });
        if (p.status !== 0) throw new Error(`bench stages: ${root} failed: ${p.stderr.trim().split("\n").at(-1)}`);
        runs.get(root)?.push(JSON.parse(p.stdout.trim().split("\n").at(-1) ?? "{}") as StageMs);
      }
    const stages = Object.keys(runs.get(REPO_ROOT)?.[0] ?? {});
    const cols = roots.map((r) => (r === REPO_ROOT ? "this checkout" : r));
    console.log(`| stage | ${cols.join(" | ")} |`);
    console.log(`|---|${cols.map(() => "---:").join("|")}|`);
    const total = roots.map(() => 0);
    for (const s of [...stages, "total"]) {
      const cells = roots.map((r, j) => {
        const m = s === "total" ? total[j]! : median((runs.get(r) ?? []).map((x) => x[s] ?? NaN));
        if (s !== "total") total[j]! += m;
        return fmt(m);
      });
      console.log(`| ${s} | ${cells.join(" | ")} |`);
    }
    console.log(`\nload ${load()} at the end`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
