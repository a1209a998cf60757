// Graph bench: `newsgraph build` over the BBC corpus as whole processes (startup, extraction, graph, metrics, layout,
// writing), with the default layout and with --no-layout, alternated in one run so machine load hits both alike.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { graphStats } from "../scripts/graph-stats.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BBC = path.resolve(REPO_ROOT, "../shared/corpus/bbc");
const BIN = path.join(REPO_ROOT, "packages/cli/bin/newsgraph.mjs");
const ROUNDS = 2;

function build(out: string, extra: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [BIN, "build", BBC, "-o", out, "--gexf", out.replace(/\.json$/, ".gexf"), "--no-cache", ...extra],
    { encoding: "utf8" },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench graph: newsgraph build failed (${r.status}): ${r.stderr.slice(-500)}`);
  return ms;
}

export function runGraphBench(): void {
  if (!existsSync(BBC)) {
    console.log(`graph bench skipped: BBC corpus not found at ${BBC} (../shared absent)`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "ng-bench-graph-"));
  const withLayout: number[] = [],
    without: number[] = [];
  console.log(
    `graph bench: newsgraph build ${path.relative(REPO_ROOT, BBC)} -o graph.json --gexf graph.gexf, ${ROUNDS} rounds, whole processes`,
  );
  console.log(
    `machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (timings are wall clock, taken under whatever load there is)`,
  );
  try {
    for (let i = 0; i < ROUNDS; i++) {
      // alternate which goes first, so a load spike does not always land on the same side
      const order = i % 2 === 0 ? ["no", "yes"] : ["yes", "no"];
      for (const o of order) {
        // a fresh output each run, and --no-cache: no run reuses an earlier run's extraction or positions
        if (o === "no") without.push(build(path.join(dir, `plain${i}.json`), ["--no-layout"]));
        else withLayout.push(build(path.join(dir, `laid${i}.json`), []));
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log("\n| build | runs | mean wall | each |");
    console.log("|---|---:|---:|---|");
    console.log(`| --no-layout | ${without.length} | ${s(mean(without))} | ${without.map(s).join(", ")} |`);
    console.log(`| default layout | ${withLayout.length} | ${s(mean(withLayout))} | ${withLayout.map(s).join(", ")} |`);
    const ratio = mean(withLayout) / mean(without);
    console.log(`\nwith layout / without: ${ratio.toFixed(2)}× (target ≤ 2×)`);
    const st = graphStats(path.join(dir, "laid0.json"));
    console.log(
      `graph: ${st.nodes} nodes, ${st.edges} edges, ${st.duplicates} duplicate (source, target, kind), ${st.unweighted} without weight, ${st.communities} communities`,
    );
    console.log(
      `layout: ${JSON.stringify(st.layout)} (quality = mean edge length / mean distance of random node pairs; a uniform disc ≈ 1)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) runGraphBench();
