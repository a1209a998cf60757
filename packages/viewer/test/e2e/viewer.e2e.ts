// The viewer in headless Chromium on the sample graph: drawing, search + details, kind filters, GEXF export, bad files.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SerializedGraph } from "@newsgraph/core";
import type { RunningServer } from "@newsgraph/cli";
import { buildSampleGraph } from "../../../../scripts/start.ts";
import { skipGexfSchema, validateGexfFile } from "@newsgraph/core/test-support";
import { launchBrowser, reportSkip, serve, settledSnapshot, snapshotGraph, tempDir, watchErrors } from "./harness.ts";
import { decodePng, diffPixels, nonBackgroundPixels } from "./png.ts";
import { chooseSearchResult, details, shownNodes, stopLayout, waitForDrawing } from "./ui.ts";

const skip = reportSkip("the viewer suite");

describe.skipIf(skip)("viewer on the sample graph", () => {
  let dir: string;
  let graph: SerializedGraph;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let selected = "";

  beforeAll(async () => {
    dir = tempDir("e2e-sample");
    const built = await buildSampleGraph(undefined, join(dir, "graph.json"), () => undefined);
    graph = JSON.parse(readFileSync(built.path, "utf8")) as SerializedGraph;
    server = await serve(built.path);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    errors = watchErrors(page);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the sample graph loads and the WebGL canvas draws it", async () => {
    const drawn = await waitForDrawing(page);
    expect(drawn).toBeGreaterThan(500);
    expect(errors).toEqual([]);
  });

  test("search selects a speaker and the details panel shows their statements with evidence", async () => {
    // the person who said the most in the sample, read from the graph the server is serving
    const said = new Map<string, number>();
    for (const e of graph.edges) if (e.attributes.kind === "said") said.set(e.source, (said.get(e.source) ?? 0) + 1);
    const [speakerKey] = [...said].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(
      speakerKey,
      "the sample graph has no attributed statement: the core pipeline found no speaker in data/",
    ).toBeDefined();
    const speaker = graph.nodes.find((n) => n.key === speakerKey)!;
    const statements = graph.edges
      .filter((e) => e.source === speakerKey && e.attributes.kind === "said")
      .map((e) => graph.nodes.find((n) => n.key === e.target)!.attributes.text!);

    await chooseSearchResult(page, speaker.attributes.label);
    selected = speaker.attributes.label;
    const panel = details(page);
    await expect.poll(() => panel.locator("h2").first().textContent()).toBe(speaker.attributes.label);
    const text = (await panel.textContent()) ?? "";
    for (const s of statements) expect(text).toContain(s);
    // evidence: the sentence around each statement, with the quoted span marked
    const marked = await panel.locator("mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((m) => statements.some((s) => s.includes(m.trim()) || m.includes(s)))).toBe(true);
  });

  test("Escape clears the selection", async () => {
    const h2 = details(page).locator("h2").first();
    expect(await h2.textContent()).toBe(selected);
    await page.keyboard.press("Escape");
    await expect.poll(() => h2.textContent()).not.toBe(selected);
    expect(await page.evaluate(() => location.hash)).not.toContain("node=");
  });

  test("the URL hash keeps the selection and filters, so the link reopens the same view", async () => {
    await chooseSearchResult(page, selected);
    await page.getByRole("checkbox", { name: "Statement", exact: true }).uncheck();
    const link = page.url();
    expect(link).toMatch(/#.*node=/);
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(link);
      await expect.poll(() => details(other).locator("h2").first().textContent()).toBe(selected);
      expect(await other.getByRole("checkbox", { name: "Statement", exact: true }).isChecked()).toBe(false);
      expect(await other.getByRole("checkbox", { name: "Person", exact: true }).isChecked()).toBe(true);
    } finally {
      await other.close();
    }
    await page.getByRole("checkbox", { name: "Statement", exact: true }).check();
    await page.keyboard.press("Escape");
  });

  test("kind checkboxes change what is drawn, and switching back restores it", async () => {
    await stopLayout(page);
    const before = await settledSnapshot(page, diffPixels);
    for (const kind of ["Person", "Organization", "Country", "Statement"]) {
      const box = page.getByRole("checkbox", { name: kind, exact: true });
      await expect.poll(() => box.isChecked()).toBe(true);
      await box.uncheck();
      const ofKind = graph.nodes.filter((n) => n.attributes.kind === kind.toLowerCase()).length;
      await expect.poll(() => shownNodes(page)).toBe(graph.nodes.length - ofKind);
      const hidden = await settledSnapshot(page, diffPixels);
      await box.check();
      await expect.poll(() => shownNodes(page)).toBe(graph.nodes.length);
      const back = await settledSnapshot(page, diffPixels);
      const total = before.width * before.height;
      if (graph.nodes.some((n) => n.attributes.kind === kind.toLowerCase())) {
        expect(diffPixels(before, hidden), `hiding ${kind} changed nothing on screen`).toBeGreaterThan(20);
      }
      expect(diffPixels(before, back) / total, `showing ${kind} again did not restore the picture`).toBeLessThan(0.002);
    }
    // all off: only the background is left
    for (const kind of ["Person", "Organization", "Country", "Statement"])
      await page.getByRole("checkbox", { name: kind, exact: true }).uncheck();
    const others = graph.nodes.filter(
      (n) => !["person", "organization", "country", "statement"].includes(n.attributes.kind),
    ).length;
    if (others === 0) expect(nonBackgroundPixels(await settledSnapshot(page, diffPixels))).toBeLessThan(50);
    for (const kind of ["Person", "Organization", "Country", "Statement"])
      await page.getByRole("checkbox", { name: kind, exact: true }).check();
  });

  test("Export GEXF downloads a file that validates against the GEXF 1.3 RelaxNG schema", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export GEXF" }).click(),
    ]);
    const file = join(dir, "export.gexf");
    await download.saveAs(file);
    const xml = readFileSync(file, "utf8");
    expect(xml).toMatch(/<gexf[^>]*version="1\.3"/);
    for (const n of graph.nodes.slice(0, 5))
      expect(xml).toContain(`id="${n.key.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
    if (skipGexfSchema("viewer e2e validation of the exported GEXF")) return;
    const r = validateGexfFile(file);
    expect(r.ok, r.out).toBe(true);
  });

  test("Export PNG downloads an image of the drawn graph", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export PNG" }).click(),
    ]);
    const file = join(dir, "export.png");
    await download.saveAs(file);
    const img = decodePng(readFileSync(file));
    expect(img.width).toBeGreaterThan(100);
    expect(nonBackgroundPixels(img)).toBeGreaterThan(500);
  });

  test("the exported GEXF opens in the viewer when served as /graph.gexf", async () => {
    const gexfServer = await serve(join(dir, "export.gexf"));
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errs = watchErrors(p);
    try {
      expect(gexfServer.url).toMatch(/\?graph=graph\.gexf$/);
      await p.goto(gexfServer.url);
      expect(await waitForDrawing(p)).toBeGreaterThan(500);
      expect(errs).toEqual([]);
    } finally {
      await p.close();
      await gexfServer.close();
    }
  });

  test.each([
    ["broken.json", "{ not json", /JSON/i],
    ["wrong.json", JSON.stringify({ nodes: [{ key: "a", attributes: { label: 3 } }], edges: [] }), /newsgraph graph/i],
    ["empty.gexf", "<gexf><graph></graph>", /GEXF/i],
  ])("opening the invalid file %s shows a readable error, not a blank page", async (name, content, re) => {
    await page
      .getByLabel("Open graph")
      .setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(content) });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent(), { timeout: 5000 }).toMatch(re);
    expect(await alert.textContent()).toContain(name);
    // the graph that was open stays on screen
    expect(nonBackgroundPixels(await snapshotGraph(page))).toBeGreaterThan(500);
  });

  test("a graph dropped onto the page replaces the open one", async () => {
    const small = {
      options: { type: "directed", multi: true, allowSelfLoops: false },
      nodes: [
        { key: "person:ivo-mork", attributes: { kind: "person", label: "Ivo Mork", aliases: [], x: 0, y: 0 } },
        {
          key: "organization:tollin",
          attributes: { kind: "organization", label: "Tollin Energy", aliases: [], x: 10, y: 10 },
        },
      ],
      edges: [
        {
          key: "e0",
          source: "person:ivo-mork",
          target: "organization:tollin",
          attributes: { kind: "affiliated_with", document: "d.txt", start: 0, end: 5 },
        },
      ],
    };
    const dt = await page.evaluateHandle((json) => {
      const t = new DataTransfer();
      t.items.add(new File([json], "dropped.json", { type: "application/json" }));
      return t;
    }, JSON.stringify(small));
    await page.dispatchEvent("body", "dragenter", { dataTransfer: dt });
    await page.dispatchEvent("body", "drop", { dataTransfer: dt });
    await expect.poll(() => shownNodes(page)).toBe(2);
    await chooseSearchResult(page, "Ivo Mork");
    await expect.poll(() => details(page).locator("h2").first().textContent()).toBe("Ivo Mork");
  });
});
