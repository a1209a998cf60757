// `npx tsx packages/viewer/bench/screenshots.ts`: the README's viewer screenshots (docs/viewer-*.png) from the BBC graph
// and a Reuters subset (for dates), built from ../shared with `newsgraph build` (cached like the viewer bench).
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { ensureViewerBuilt, serveViewer } from "../../cli/src/index.ts";
import { corpusGraph } from "../bench/corpus.ts";
import { reutersSubset } from "../test/e2e/corpus-harness.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const SHARED = resolve(ROOT, "../shared/corpus");
const DOCS = join(ROOT, "docs");

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === "ready", undefined, { timeout: 300_000 });
  const stop = page.getByRole("button", { name: "Stop layout" });
  if (await stop.isVisible().catch(() => false))
    await page.getByRole("button", { name: "Start layout" }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
}

async function main(): Promise<void> {
  if (!existsSync(join(SHARED, "bbc"))) throw new Error(`viewer screenshots: ${SHARED}/bbc is absent; mount ../shared`);
  ensureViewerBuilt(join(ROOT, "packages/viewer"), (s) => process.stderr.write(s));
  mkdirSync(DOCS, { recursive: true });
  const bbc = await corpusGraph("bbc", [join(SHARED, "bbc")]);
  const tmp = join(resolve(bbc.path, ".."), "reuters-subset");
  mkdirSync(tmp, { recursive: true });
  const reuters = await corpusGraph("reuters-700", [reutersSubset(tmp)!]);
  const browser = await launchChromium();
  const server = await serveViewer({ distDir: join(ROOT, "packages/viewer/dist"), graphPath: bbc.path });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await ready(page);
    await page.screenshot({ path: join(DOCS, "viewer-overview.png") });
    process.stderr.write("overview\n");

    await page.getByRole("button", { name: "Statements table" }).click();
    await page.getByRole("table").locator("tbody tr").first().waitFor();
    await page.getByRole("table").getByRole("columnheader", { name: "Speaker" }).getByRole("button").click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(DOCS, "viewer-table.png") });
    await page.getByRole("button", { name: "Statements table" }).click();
    process.stderr.write("table\n");

    const labels = await page.evaluate(() => {
      const app = (
        window as unknown as { __newsgraph: { search: { entries: { label: string; kind: string; degree: number }[] } } }
      ).__newsgraph;
      const people = app.search.entries.filter((e) => e.kind === "person").sort((a, b) => b.degree - a.degree);
      return [people[0]!.label, people[7]!.label];
    });
    await page.getByRole("combobox", { name: "Path from" }).fill(labels[0]!);
    await page.getByRole("combobox", { name: "Path to" }).fill(labels[1]!);
    await page.getByRole("button", { name: "Find path" }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(DOCS, "viewer-path.png") });
    process.stderr.write("path\n");
    await page.close();

    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await phone.goto(server.url);
    await ready(phone);
    await phone.screenshot({ path: join(DOCS, "viewer-phone.png") });
    process.stderr.write("phone\n");
    await phone.close();
  } finally {
    await server.close();
  }
  const rserver = await serveViewer({ distDir: join(ROOT, "packages/viewer/dist"), graphPath: reuters.path });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(rserver.url);
    await ready(page);
    // the two busiest days, typed into the range inputs
    const from = page.getByLabel("From date");
    const min = (await from.getAttribute("min"))!;
    const next = new Date(Date.parse(min) + 86_400_000).toISOString().slice(0, 10);
    await from.fill(min);
    await page.getByLabel("To date").fill(next);
    await page.getByLabel("To date").dispatchEvent("change");
    await page.getByRole("button", { name: "Statements table" }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(DOCS, "viewer-timeline.png") });
    process.stderr.write("timeline\n");
  } finally {
    await rserver.close();
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
