// Viewer benchmark in headless Debian Chromium: first frame, FA2 iterations/s, JS heap, and 50k pan/zoom/search response.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { ensureViewerBuilt, serveViewer } from "../packages/cli/src/index.ts";
import { generateGraph } from "../packages/viewer/bench/generate.ts";
import { installProbe, type BenchProbe } from "../packages/viewer/bench/instrument.ts";
import { corpusGraph, measureCorpus, printCorpusTable, type CorpusRow } from "../packages/viewer/bench/corpus.ts";

const SHARED = resolve(fileURLToPath(import.meta.url), "../../../shared/corpus");

const CHROMIUM = "/usr/bin/chromium";
const VIEWER = resolve(fileURLToPath(import.meta.url), "../../packages/viewer");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-precise-memory-info",
];

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

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench);

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 2 ** 20;
}

/** Layout buttons are pressed with a synthetic click: under software WebGL a 50k-node page may not paint for seconds,
 * and a real click waits for paints (actionability checks). */
async function layoutButton(page: Page, name: "Start layout" | "Stop layout"): Promise<boolean> {
  const b = page.getByRole("button", { name });
  if (!(await b.isVisible().catch(() => false))) return false;
  // the app may flip the button by itself (its first automatic layout ends) between the check and the click
  return b.dispatchEvent("click", undefined, { timeout: 5000 }).then(
    () => true,
    () => false,
  );
}

async function stopLayoutIfRunning(page: Page): Promise<void> {
  await layoutButton(page, "Stop layout");
  await page.getByRole("button", { name: "Start layout" }).waitFor({ timeout: 120_000 });
}

/**
 * ForceAtlas2 while "Start layout" runs. The worker posts one message per round of iterations, each saying how many
 * it ran and how long they took inside the worker, so: iterations/s = (iterations in all answers but the first) /
 * (time from the first to the last answer) of the busiest worker, and the worker's cost per iteration = median of
 * (compute ms / iterations) over its answers. Comparing the two shows what the main thread (apply + redraw) costs.
 */
async function fa2Rate(page: Page, seconds: number): Promise<{ rate: number | null; workerMs: number | null }> {
  await stopLayoutIfRunning(page);
  await page.waitForTimeout(300);
  const p0 = await probe(page);
  const before = p0.workerTimes.map((t) => t.length);
  if (!(await layoutButton(page, "Start layout"))) return { rate: null, workerMs: null };
  await page.waitForTimeout(seconds * 1000);
  const p1 = await probe(page);
  await stopLayoutIfRunning(page);
  const runs = p1.workerTimes.map((t, i) => {
    const from = before[i] ?? 0;
    return { times: t.slice(from), iters: p1.workerIters[i]!.slice(from), busy: p1.workerCompute[i]!.slice(from) };
  });
  const busiest = runs.sort((a, b) => b.times.length - a.times.length)[0];
  if (!busiest || busiest.times.length < 2) return { rate: (busiest?.iters[0] ?? 0) / seconds, workerMs: null };
  const t = busiest.times;
  const iters = busiest.iters.slice(1).reduce((a, b) => a + b, 0);
  const perIter = busiest.busy.map((ms, i) => ms / (busiest.iters[i] || 1)).sort((a, b) => a - b);
  return {
    rate: (iters * 1000) / (t[t.length - 1]! - t[0]!),
    workerMs: perIter[Math.floor(perIter.length / 2)] ?? null,
  };
}

/** Frame rate while the user drags (pan) or scrolls (zoom): frames drawn between the first and the last of them. */
async function gestureFps(page: Page, kind: "pan" | "zoom"): Promise<number | null> {
  const box = (await page.locator("canvas").first().boundingBox())!;
  const cx = box.x + box.width / 2,
    cy = box.y + box.height / 2;
  const n0 = (await probe(page)).frameTimes.length;
  if (kind === "pan") {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 30; i++) await page.mouse.move(cx + 8 * i, cy + 4 * i);
    await page.mouse.up();
  } else {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 15; i++) {
      await page.mouse.wheel(0, i < 8 ? -120 : 120);
      await page.waitForTimeout(40);
    }
  }
  await page.waitForTimeout(600); // let the camera animation finish
  const t = (await probe(page)).frameTimes.slice(n0);
  return t.length < 2 ? null : ((t.length - 1) * 1000) / (t[t.length - 1]! - t[0]!);
}

interface SearchTiming {
  /** typing the name → the details panel names the node (search, select and panel render, in-page) */
  detailsMs: number;
  /** → the next WebGL frame (the selection is visible) */
  frameMs: number;
  /** → the camera animation to the node has finished, and the frames drawn meanwhile */
  cameraMs: number;
  cameraFrames: number;
}

/**
 * Search → select → camera, timed inside the page so Playwright's own waits (which need painted frames) do not count.
 * Drives the real controls: an `input` event on the "Search" box, then a press on the matching option.
 * The camera is read through the UI's read-only `window.__newsgraph` hook.
 */
async function searchRoundTrip(page: Page, label: string): Promise<SearchTiming> {
  return page.evaluate(async (label) => {
    const b = (window as unknown as { __bench: BenchProbe }).__bench;
    const app = (window as unknown as { __newsgraph?: { renderer?: { getCamera(): { isAnimated(): boolean } } } })
      .__newsgraph;
    const input = document.querySelector<HTMLInputElement>('input[type="search"][aria-label="Search"]')!;
    const h2 = () => document.querySelector('aside[aria-label="Details"] h2')?.textContent;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const t0 = performance.now();
    input.value = label;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const option = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent?.startsWith(label));
    option?.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
    // bounded, so a label the list does not offer fails the row instead of hanging the bench
    while (h2() !== label && performance.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 1));
    const detailsMs = performance.now() - t0;
    const f0 = b.frames;
    const frameMs = (await frame()) - t0;
    while (app?.renderer?.getCamera().isAnimated()) await frame();
    return { detailsMs, frameMs, cameraMs: performance.now() - t0, cameraFrames: b.frames - f0 };
  }, label);
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
  const tools = { heapMB, gestureFps, searchRoundTrip, installProbe };
  for (const [name, inputs] of [
    ["BBC", [bbc]],
    ["BBC + Reuters", [bbc, reuters]],
  ] as const) {
    process.stderr.write(`viewer bench: building or reusing the ${name} graph…\n`);
    const g = await corpusGraph(name === "BBC" ? "bbc" : "bbc-reuters", [...inputs]);
    try {
      rows.push(await measureCorpus(browser, name, g.path, g.seconds, tools));
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
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
