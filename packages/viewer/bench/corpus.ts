// Viewer benchmark on real corpus graphs (BBC, BBC + Reuters) built with `newsgraph build`: first laid-out frame,
// search → details, timeline brush → redraw, pan/zoom frame times, JS heap. Timed in the page, whole page load included.
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildCommand } from "../../cli/src/commands/build.ts";
import { serveViewer } from "../../cli/src/index.ts";
import { installProbe, type BenchProbe } from "./instrument.ts";
import { gestureFps, heapMB, searchRoundTrip } from "./page-measures.ts";

export interface CorpusRow {
  graph: string;
  nodes: number;
  edges: number;
  buildSeconds: number | null;
  /** navigation → first frame that drew the graph at its final (build-time or auto) layout */
  laidOutFrameMs: number | null;
  searchMs: number;
  /** From/To change → the next frame drawn with the new range */
  brushMs: number[];
  panFrameMs: number | null;
  zoomFrameMs: number | null;
  heapMB: number;
}

const CACHE = join(tmpdir(), "newsgraph-bench-graphs");

/** Builds (or reuses, when newer than its inputs) the graph of these inputs with the CLI's own build. */
export async function corpusGraph(name: string, inputs: string[]): Promise<{ path: string; seconds: number | null }> {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `${name}.json`);
  const newest = Math.max(...inputs.map((i) => statSync(i).mtimeMs));
  if (existsSync(path) && statSync(path).mtimeMs > newest && process.env.NEWSGRAPH_BENCH_REBUILD !== "1")
    return { path, seconds: null };
  const t0 = performance.now();
  const io = {
    stdout: { write: () => undefined },
    stderr: { write: (s: string) => void process.stderr.write(s) },
    readStdin: () => Buffer.alloc(0),
  };
  const code = await buildCommand([...inputs, "-o", path], io);
  if (code !== 0) throw new Error(`viewer bench: newsgraph build ${inputs.join(" ")} exited ${code}`);
  return { path, seconds: (performance.now() - t0) / 1000 };
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench);

/** ms from setting the range on the real "From date"/"To date" inputs to the end of the next frame that drew. */
function brushOnce(page: Page, from: string, to: string): Promise<number> {
  return page.evaluate(
    async ([from, to]) => {
      const b = (window as unknown as { __bench: BenchProbe }).__bench;
      const f = document.querySelector<HTMLInputElement>('input[aria-label="From date"]')!;
      const t = document.querySelector<HTMLInputElement>('input[aria-label="To date"]')!;
      const frames = b.frames;
      const t0 = performance.now();
      f.value = from!;
      t.value = to!;
      // the app filters and sigma redraws synchronously inside this call (a full refresh), or in the next frame
      t.dispatchEvent(new Event("change", { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      // bounded: a range that changes nothing draws nothing
      while (b.frames === frames && performance.now() - t0 < 10_000) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    [from, to],
  );
}

export async function measureCorpus(
  browser: Browser,
  name: string,
  graphPath: string,
  buildSeconds: number | null,
): Promise<CorpusRow> {
  const graph = JSON.parse(readFileSync(graphPath, "utf8")) as {
    nodes: { key: string; attributes: { label: string; kind: string; pagerank?: number } }[];
    edges: unknown[];
  };
  const server = await serveViewer({ distDir: join(import.meta.dirname, "../dist"), graphPath });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript("window.__name = (f) => f;");
    await page.addInitScript(installProbe);
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as unknown as { __bench: BenchProbe }).__bench.firstFrame !== null,
      undefined,
      { timeout: 300_000 },
    );
    // a graph without a build-time layout gets one on open: the laid-out frame is the first one after it stops
    let laidOut = (await probe(page)).firstFrame;
    process.stderr.write(`viewer bench: ${name}: first frame after ${Math.round(laidOut ?? 0)} ms\n`);
    if (
      await page
        .getByRole("button", { name: "Stop layout" })
        .isVisible()
        .catch(() => false)
    ) {
      await page.getByRole("button", { name: "Start layout" }).waitFor({ timeout: 120_000 });
      laidOut = await page.evaluate(
        () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
      );
    }
    const top = graph.nodes
      .filter((n) => n.attributes.kind !== "statement")
      .sort((a, b) => (b.attributes.pagerank ?? 0) - (a.attributes.pagerank ?? 0))[5]!;
    const search = await searchRoundTrip(page, top.attributes.label);
    process.stderr.write(`viewer bench: ${name}: search ${Math.round(search.detailsMs)} ms\n`);
    await page.keyboard.press("Escape");
    const min = await page.locator('input[aria-label="From date"]').getAttribute("min");
    const max = await page.locator('input[aria-label="To date"]').getAttribute("max");
    const brushMs: number[] = [];
    if (min && max) {
      const mid = new Date((Date.parse(min) + Date.parse(max)) / 2).toISOString().slice(0, 10);
      for (const [a, b] of [
        [min, mid],
        [mid, max],
        [min, max],
      ] as const)
        brushMs.push(await brushOnce(page, a, b));
    }
    const pan = await gestureFps(page, "pan");
    const zoom = await gestureFps(page, "zoom");
    return {
      graph: name,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      buildSeconds,
      laidOutFrameMs: laidOut,
      searchMs: search.detailsMs,
      brushMs,
      panFrameMs: pan ? 1000 / pan : null,
      zoomFrameMs: zoom ? 1000 / zoom : null,
      heapMB: await heapMB(page),
    };
  } finally {
    await page.close();
    await server.close();
  }
}

const f = (v: number | null | undefined, d = 0) => (v === null || v === undefined ? "n/a" : v.toFixed(d));

export function printCorpusTable(rows: CorpusRow[], load: string): void {
  console.log(
    `\nviewer on corpus graphs (headless Chromium, software WebGL; load average ${load}; times in ms, page load included)`,
  );
  console.log(
    "| graph | nodes | edges | first laid-out frame ms | search→details ms | timeline brush→redraw ms (3 ranges) | pan frame ms | zoom frame ms | JS heap MB |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.graph} | ${r.nodes} | ${r.edges} | ${f(r.laidOutFrameMs)} | ${f(r.searchMs)} | ${r.brushMs.map((b) => f(b)).join(" / ") || "n/a"} | ${f(r.panFrameMs, 1)} | ${f(r.zoomFrameMs, 1)} | ${f(r.heapMB, 1)} |`,
    );
  }
}
