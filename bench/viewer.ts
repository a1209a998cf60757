// Viewer benchmark in headless Debian Chromium: first frame, FA2 iterations/s, JS heap, and 50k pan/zoom/search response.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { CHROMIUM, launchChromium } from "../packages/viewer/bench/chromium.ts";
import { ensureViewerBuilt, serveViewer } from "../packages/cli/src/index.ts";
import { generateGraph } from "../packages/viewer/bench/generate.ts";
import { installProbe, type BenchProbe } from "../packages/viewer/bench/instrument.ts";
import { fa2Rate, gestureFps, heapMB, probe, searchRoundTrip } from "../packages/viewer/bench/page-measures.ts";
import { corpusGraph, measureCorpus, printCorpusTable, type CorpusRow } from "../packages/viewer/bench/corpus.ts";

const SHARED = resolve(fileURLToPath(import.meta.url), "../../../shared/corpus");

const VIEWER = resolve(fileURLToPath(import.meta.url), "../../packages/viewer");
// precise heap figures for the JS heap column
const EXTRA_FLAGS = ["--enable-precise-memory-info"];

export interface ViewerBenchRow {
  graph: string;
  nodes: number;
  edges: number;
  firstFrameMs: number | null;
  fa2ItersPerSec: number | null;
  heapMB: number;
  searchMs?: number;
  searchFrameMs?: number;
  cameraMs?: number;
  cameraFps?: number;
  fa2WorkerMs?: number | null;
  panFps?: number | null;
  zoomFps?: number | null;
  inputLatencyMs?: number;
}

async function measure(
  browser: Browser,
  dir: string,
  nodes: number,
  positions: boolean,
  usability: boolean,
): Promise<ViewerBenchRow> {
  const graph = generateGraph({ nodes, positions });
  const file = join(dir, `graph-${nodes}-${positions ? "pos" : "nopos"}.json`);
  writeFileSync(file, JSON.stringify(graph));
  const server = await serveViewer({ distDir: join(VIEWER, "dist"), graphPath: file });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript("window.__name = (f) => f;"); // tsx may wrap functions in __name()
    await page.addInitScript(installProbe);
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as unknown as { __bench: BenchProbe }).__bench.firstFrame !== null,
      undefined,
      { timeout: 180_000 },
    );
    const p = await probe(page);
    const row: ViewerBenchRow = {
      graph: `${nodes / 1000}k${positions ? "" : " (no positions)"}`,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      firstFrameMs: p.firstFrame,
      heapMB: await heapMB(page),
      fa2ItersPerSec: null,
    };
    const fa2 = await fa2Rate(page, nodes >= 50_000 ? 15 : 4);
    row.fa2ItersPerSec = fa2.rate;
    row.fa2WorkerMs = fa2.workerMs;
    if (usability) {
      const t = await searchRoundTrip(page, graph.nodes[Math.floor(graph.nodes.length / 3)]!.attributes.label);
      row.searchMs = t.detailsMs;
      row.searchFrameMs = t.frameMs;
      row.cameraMs = t.cameraMs;
      row.cameraFps = (t.cameraFrames * 1000) / t.cameraMs;
      const lat0 = (await probe(page)).latencies.length;
      row.panFps = await gestureFps(page, "pan");
      row.zoomFps = await gestureFps(page, "zoom");
      const lat = (await probe(page)).latencies.slice(lat0).sort((a, b) => a - b);
      row.inputLatencyMs = lat[Math.floor(lat.length / 2)];
    }
    return row;
  } finally {
    await page.close();
    await server.close();
  }
}

const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? "n/a" : v.toFixed(digits));

export function printViewerTable(rows: ViewerBenchRow[]): void {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(
    `\nviewer (headless Chromium, software WebGL via SwiftShader, ${cpus().length} cores, load average ${load}; times in ms since navigation start)`,
  );
  console.log(
    "| graph | nodes | edges | first frame ms | FA2 iter/s | FA2 worker compute ms/iter | JS heap MB | search→details ms | search→frame ms | camera anim ms (fps) | pan fps | zoom fps | input→draw ms |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const camera = r.cameraMs === undefined ? "n/a" : `${fmt(r.cameraMs)} (${fmt(r.cameraFps, 1)})`;
    console.log(
      `| ${r.graph} | ${r.nodes} | ${r.edges} | ${fmt(r.firstFrameMs)} | ${fmt(r.fa2ItersPerSec, 1)} | ${fmt(r.fa2WorkerMs, 1)} | ${fmt(r.heapMB, 1)} | ` +
        `${fmt(r.searchMs)} | ${fmt(r.searchFrameMs)} | ${camera} | ${fmt(r.panFps, 1)} | ${fmt(r.zoomFps, 1)} | ${fmt(r.inputLatencyMs, 1)} |`,
    );
  }
}

/** BBC and BBC + Reuters, built with `newsgraph build` (cached in the temp folder), in the viewer. */
export async function runCorpusViewerBench(browser: Browser): Promise<CorpusRow[]> {
  const bbc = join(SHARED, "bbc");
  const reuters = join(SHARED, "reuters21578.jsonl");
  if (!existsSync(bbc) || !existsSync(reuters)) {
    console.log(
      `viewer corpus bench skipped: ${SHARED} (bbc/, reuters21578.jsonl) is absent; mount ../shared to run it`,
    );
    return [];
  }
  const rows: CorpusRow[] = [];
  for (const [name, inputs] of [
    ["BBC", [bbc]],
    ["BBC + Reuters", [bbc, reuters]],
  ] as const) {
    process.stderr.write(`viewer bench: building or reusing the ${name} graph…\n`);
    const g = await corpusGraph(name === "BBC" ? "bbc" : "bbc-reuters", [...inputs]);
    try {
      rows.push(await measureCorpus(browser, name, g.path, g.seconds));
      // printed as it comes: the bigger graph may take minutes, and a failure there must not lose this row
      printCorpusTable(
        rows.slice(-1),
        loadavg()
          .map((l) => l.toFixed(1))
          .join(" "),
      );
    } catch (e) {
      console.log(`viewer corpus bench: ${name} failed: ${(e as Error).message.split("\n")[0]}`);
    }
    process.stderr.write(`viewer bench: ${name} done\n`);
  }
  if (rows.length > 1)
    printCorpusTable(
      rows,
      loadavg()
        .map((l) => l.toFixed(1))
        .join(" "),
    );
  return rows;
}

/** The viewer section of `pnpm bench`; returns no rows (and says why) when Chromium is absent. */
export async function runViewerBench(sizes = [1_000, 10_000, 50_000], corpus = true): Promise<ViewerBenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    console.log(`viewer bench skipped: ${CHROMIUM} is absent (apt-get install chromium)`);
    return [];
  }
  ensureViewerBuilt(VIEWER, (s) => process.stderr.write(s));
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-viewer-bench-"));
  const browser = await launchChromium(EXTRA_FLAGS);
  const rows: ViewerBenchRow[] = [];
  try {
    for (const n of sizes) {
      rows.push(await measure(browser, dir, n, true, n === Math.max(...sizes)));
      process.stderr.write(`viewer bench: ${n} nodes done\n`);
    }
    rows.push(await measure(browser, dir, sizes[1] ?? sizes[0]!, false, false));
    printViewerTable(rows);
    if (corpus) await runCorpusViewerBench(browser);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // `npx tsx bench/viewer.ts corpus` runs only the BBC and BBC + Reuters graphs
  const only = process.argv.includes("corpus");
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const run = only
    ? (async () => {
        ensureViewerBuilt(VIEWER, (s) => process.stderr.write(s));
        const browser = await launchChromium(EXTRA_FLAGS);
        try {
          await runCorpusViewerBench(browser);
        } finally {
          await browser.close();
        }
        return [];
      })()
    : runViewerBench(sizes.length ? sizes : undefined);
  run.catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
