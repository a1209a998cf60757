// Shared e2e plumbing: Debian's Chromium via playwright-core, the real server from core, graphs built by the core pipeline.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../../bench/chromium.ts";
export { CHROMIUM };
import { buildCorpusGraph, extractDocument, serializeGraph, type SerializedGraph } from "@newsgraph/core";
import { loadDefaultResources, serveViewer, type RunningServer } from "@newsgraph/cli";
import { decodePng, type Image } from "./png.ts";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const DIST = join(REPO_ROOT, "packages/viewer/dist");

/** Why the browser suites cannot run here, or null. CI installs chromium (.ci/run), so there it is never skipped. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM))
    return `${CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run the viewer e2e tests`;
  if (!existsSync(join(DIST, "index.html")))
    return `the viewer is not built (${DIST}/index.html missing) and the e2e global setup could not build it`;
  return null;
}

export function reportSkip(suite: string): boolean {
  const why = skipReason();
  if (why) console.warn(`[viewer e2e] skipping ${suite}: ${why}`);
  return why !== null;
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `newsgraph-${prefix}-`));
}

/** Runs the core pipeline over the given documents and writes graph.json into dir. */
export function buildGraphFile(
  docs: { id: string; text: string }[],
  dir: string,
): { path: string; graph: SerializedGraph } {
  const res = loadDefaultResources();
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const text = serializeGraph(
    buildCorpusGraph(
      docs.map((d) => extractDocument(d, res)),
      { texts },
    ),
  );
  const graph = JSON.parse(text) as SerializedGraph;
  const path = join(dir, "graph.json");
  writeFileSync(path, text);
  return { path, graph };
}

export function writeGraph(graph: SerializedGraph, dir: string, name = "graph.json"): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(graph));
  return path;
}

export function serve(graphPath: string): Promise<RunningServer> {
  return serveViewer({ distDir: DIST, graphPath, port: 0 });
}

/** Collects page errors and console errors so a test can assert that none came from a payload or a crash. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A screenshot of the sigma container (the parent of its canvases), decoded. */
export async function snapshotGraph(page: Page): Promise<Image> {
  const container = page.locator("canvas").first().locator("..");
  return decodePng(await container.screenshot({ animations: "disabled" }));
}

/** Waits until two consecutive frames match, so a camera animation or layout step is not caught half-way. */
export async function settledSnapshot(page: Page, diff: (a: Image, b: Image) => number, tries = 20): Promise<Image> {
  let prev = await snapshotGraph(page);
  for (let i = 0; i < tries; i++) {
    await page.waitForTimeout(150);
    const next = await snapshotGraph(page);
    if (diff(prev, next) === 0) return next;
    prev = next;
  }
  return prev;
}
