// newsgraph build against the compromise script, whole processes over the same BBC texts (`pnpm bench scale --parts peer`, `pnpm bench pipeline`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { CORES, REPO_ROOT, fmt, mustSucceed, row, timeProcess, wps, type ProcRun } from "./processes.ts";
import { BBC_DIR, loadCorpus, writeCopies } from "./corpus.ts";
import { countWords } from "../packages/cli/src/progress.ts";

/**
 * newsgraph build (all cores, and one) against the compromise script, whole processes over the same BBC texts:
 * startup, the first (cold) pass and writing included, as a user would see them. Shared with `pnpm bench pipeline`.
 */
export function comparePeer(ng: string[], tmp: string, limit = Infinity, baseline?: string): void {
  const bbcWords = loadCorpus("bbc", limit).reduce((n, d) => n + countWords(d.text), 0);
  const input = Number.isFinite(limit)
    ? writeCopies(loadCorpus("bbc", limit), path.join(tmp, "bbc.jsonl"), 1).file
    : BBC_DIR;
  console.log(
    `\n### newsgraph build vs a compromise script, whole processes over the same BBC texts (${fmt(bbcWords)} words)\n`,
  );
  row(["process", "wall", "CPU", "peak RSS", "words/s (wall)", "words/s (CPU)"]);
  row(["---", "---:", "---:", "---:", "---:", "---:"]);
  const buildWith = (cmd: string[], name: string, jobs: string[]) =>
    mustSucceed(
      `build ${name}`,
      timeProcess([
        ...cmd,
        "build",
        input,
        "-o",
        path.join(tmp, `${name}.json`),
        "--gexf",
        path.join(tmp, `${name}.gexf`),
        "--no-cache",
        ...jobs,
      ]),
    );
  // --baseline DIR: the same builds with another checkout's CLI (for example main), alternated with this one's
  const base = baseline ? [process.execPath, path.join(baseline, "packages/cli/bin/newsgraph.mjs")] : null;
  const build = buildWith(ng, "bbc-graph", []);
  const baseN = base && buildWith(base, "base-graph", []);
  const build1 = buildWith(ng, "bbc-graph1", ["--jobs", "1"]);
  const base1 = base && buildWith(base, "base-graph1", ["--jobs", "1"]);
  const peer = mustSucceed(
    "compromise",
    timeProcess([
      process.execPath,
      path.join(REPO_ROOT, "bench/peer-compromise.mjs"),
      input,
      "-o",
      path.join(tmp, "peer.jsonl"),
    ]),
  );
  const line = (what: string, r: ProcRun) =>
    row([
      what,
      `${fmt(r.wall, 1)} s`,
      `${fmt(r.cpu, 1)} s`,
      `${fmt(r.rssMiB)} MiB`,
      wps(bbcWords, r, "wall"),
      wps(bbcWords, r, "cpu"),
    ]);
  line(`newsgraph build -o graph.json --gexf graph.gexf (--jobs ${CORES})`, build);
  line("newsgraph build, --jobs 1", build1);
  if (baseN && base1) {
    line(`the same with ${baseline} (--jobs ${CORES})`, baseN);
    line(`the same with ${baseline}, --jobs 1`, base1);
  }
  line("node bench/peer-compromise.mjs (people/organizations/places)", peer);
  console.log(
    `\nnewsgraph vs compromise: ${fmt(peer.wall / build.wall, 1)}× wall with ${CORES} jobs (target ≥ 8×), ${fmt(peer.cpu / build.cpu, 1)}× CPU (target ≥ 4×); --jobs 1: ${fmt(peer.wall / build1.wall, 1)}× wall, ${fmt(peer.cpu / build1.cpu, 1)}× CPU`,
  );
  if (baseN && base1) {
    const same = ["bbc-graph.json", "bbc-graph.gexf", "bbc-graph1.json", "bbc-graph1.gexf"].every((f) =>
      readFileSync(path.join(tmp, f)).equals(readFileSync(path.join(tmp, f.replace("bbc-", "base-")))),
    );
    console.log(
      `baseline ${baseline}: ${fmt(peer.wall / baseN.wall, 1)}× wall, ${fmt(peer.cpu / baseN.cpu, 1)}× CPU with ${CORES} jobs; --jobs 1: ${fmt(peer.wall / base1.wall, 1)}× wall, ${fmt(peer.cpu / base1.cpu, 1)}× CPU; outputs ${same ? "the same bytes" : "DIFFER"} (graph.json and GEXF, both job counts)`,
    );
  }
}
