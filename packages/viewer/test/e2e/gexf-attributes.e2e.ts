// A foreign GEXF (as networkx writes it): its own attributes colour, size and filter the graph, and its edge weights set thickness.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "@newsgraph/cli";
import { launchBrowser, reportSkip, serve, tempDir, watchErrors } from "./harness.ts";
import { shownNodes, waitForDrawing } from "./ui.ts";

const skip = reportSkip("the foreign GEXF attribute suite");

/** Twelve invented nodes in three groups, a float score, weighted edges; no newsgraph kinds at all. */
function networkxGexf(): string {
  const groups = ["harbour", "valley", "ridge"];
  const nodes = Array.from(
    { length: 12 },
    (_, i) =>
      `<node id="n${i}" label="Node ${i}"><attvalues><attvalue for="0" value="${groups[i % 3]}"/><attvalue for="1" value="${(i * 0.37).toFixed(2)}"/></attvalues></node>`,
  );
  const edges = Array.from(
    { length: 11 },
    (_, i) => `<edge source="n${i}" target="n${i + 1}" id="${i}" weight="${i === 0 ? 9 : 1}"/>`,
  );
  return `<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="undirected" mode="static" name="">
    <attributes mode="static" class="node"><attribute id="0" title="group" type="string"/><attribute id="1" title="score" type="double"/></attributes>
    <nodes>${nodes.join("")}</nodes>
    <edges>${edges.join("")}</edges>
  </graph>
</gexf>`;
}

describe.skipIf(skip)("a foreign GEXF's own attributes", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    dir = tempDir("e2e-gexf-attrs");
    const file = join(dir, "graph.gexf");
    writeFileSync(file, networkxGexf());
    server = await serve(file);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = watchErrors(page);
    await page.goto(server.url);
    await waitForDrawing(page, 100);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("Colour by offers the file's attributes and shows a legend of their values", async () => {
    const colour = page.getByRole("combobox", { name: "Colour by" });
    expect(await colour.locator("option").allTextContents()).toEqual(
      expect.arrayContaining(["Kind", "Group", "Score"]),
    );
    await colour.selectOption("group");
    const legend = await page.getByRole("list", { name: "Colour legend" }).locator("li").allTextContents();
    expect(legend).toEqual(expect.arrayContaining(["harbour (4)", "valley (4)", "ridge (4)"]));
    const colours = await page.evaluate(() => {
      const app = (
        window as unknown as { __newsgraph: { renderer: { getNodeDisplayData(k: string): { color: string } } } }
      ).__newsgraph;
      return ["n0", "n1", "n3"].map((k) => app.renderer.getNodeDisplayData(k).color);
    });
    expect(colours[0]).toBe(colours[2]);
    expect(colours[0]).not.toBe(colours[1]);
  });

  test("Size by a numeric column, filter by a category, edge thickness by weight", async () => {
    await page.getByRole("combobox", { name: "Size by" }).selectOption("score");
    const sizes = await page.evaluate(() => {
      const app = (
        window as unknown as { __newsgraph: { renderer: { getNodeDisplayData(k: string): { size: number } } } }
      ).__newsgraph;
      return ["n0", "n11"].map((k) => app.renderer.getNodeDisplayData(k).size);
    });
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    await page.getByRole("combobox", { name: "Filter attribute" }).selectOption("group");
    await page.getByRole("combobox", { name: "Filter value" }).selectOption("valley");
    await expect.poll(() => shownNodes(page)).toBe(4);
    await page.getByRole("combobox", { name: "Filter attribute" }).selectOption("");
    await expect.poll(() => shownNodes(page)).toBe(12);
    const widths = await page.evaluate(() => {
      const app = (
        window as unknown as { __newsgraph: { renderer: { getEdgeDisplayData(k: string): { size: number } } } }
      ).__newsgraph;
      return ["0", "5"].map((k) => app.renderer.getEdgeDisplayData(k).size);
    });
    expect(widths[0]).toBeGreaterThan(widths[1]! * 3);
    expect(errors).toEqual([]);
  });
});
