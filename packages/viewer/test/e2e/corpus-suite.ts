// The corpus-scale viewer items (overview, timeline, sources, table, paths, corrections, search, screens, PNG), as one
// suite run on two graphs: the dated sample and a Reuters subset (corpus.e2e.ts).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import { Corrections, type SerializedGraph } from "@newsgraph/core";
import type { RunningServer } from "@newsgraph/cli";
import { PathFinder } from "../../src/features/paths.ts";
import { parseCsv } from "../../src/model/csv.ts";
import { deriveIndex } from "../../src/model/derive.ts";
import { OVERVIEW_ABOVE_NODES } from "../../src/model/entity-network.ts";
import { loadGraphText } from "../../src/model/load.ts";
import { buildSearchIndex } from "../../src/model/search.ts";
import type { LoadedGraph } from "../../src/model/types.ts";
import { build } from "./corpus-harness.ts";
import { launchBrowser, serve, tempDir, watchErrors } from "./harness.ts";
import { decodePng, nonBackgroundPixels } from "./png.ts";
import { chooseSearchResult, details, searchBox, shownNodes, waitForDrawing } from "./ui.ts";

export interface Prepared {
  /** the JSONL the graph was built from (rebuilt with corrections) */
  input: string;
  graphPath: string;
  graph: SerializedGraph;
}

type App = {
  state: { from: string | null; to: string | null };
  renderer: { getCamera(): { getState(): { x: number; y: number; ratio: number } } };
};
const appState = (page: Page) => page.evaluate(() => (window as unknown as { __newsgraph: App }).__newsgraph.state);
const camera = (page: Page) =>
  page.evaluate(() => (window as unknown as { __newsgraph: App }).__newsgraph.renderer.getCamera().getState());

export function corpusSuite(name: string, prepare: (dir: string) => Promise<Prepared>): void {
  describe(`corpus viewer on ${name}`, () => {
    let dir: string;
    let p: Prepared;
    let loaded: LoadedGraph;
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let errors: string[];
    // the entity with the most documents (for sources, corrections) and the speaker with most statements
    let hub: { key: string; label: string; documents: string[] };

    beforeAll(async () => {
      dir = tempDir(`e2e-${name.replace(/\W+/g, "-")}`);
      p = await prepare(dir);
      loaded = loadGraphText(readFileSync(p.graphPath, "utf8"), "graph.json", (t) => parse(Graph, t));
      const entities = p.graph.nodes.filter((n) => n.attributes.kind !== "statement");
      const best = entities.sort(
        (a, b) =>
          (b.attributes.documents?.length ?? 0) - (a.attributes.documents?.length ?? 0) || (a.key < b.key ? -1 : 1),
      )[0]!;
      hub = { key: best.key, label: best.attributes.label, documents: best.attributes.documents ?? [] };
      server = await serve(p.graphPath);
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
      errors = watchErrors(page);
      await page.goto(server.url);
      await waitForDrawing(page);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test("overview: large graphs open on the entity network; statements are one click away; colour by an attribute", async () => {
      const statements = p.graph.nodes.filter((n) => n.attributes.kind === "statement").length;
      const box = page.getByRole("checkbox", { name: "Statement", exact: true });
      if (p.graph.nodes.length > OVERVIEW_ABOVE_NODES) expect(await box.isChecked()).toBe(false);
      else await box.uncheck();
      await expect.poll(() => shownNodes(page)).toBe(p.graph.nodes.length - statements);
      // the entity network draws speaks_about edges between speakers and what they spoke about
      const text = (await page.getByRole("navigation", { name: "Filters" }).textContent()) ?? "";
      const edges = Number(/nodes?, ([\d,]+) edges? shown/.exec(text)![1]!.replace(/,/g, ""));
      expect(edges).toBeGreaterThan(
        p.graph.edges.filter((e) =>
          ["affiliated_with", "based_in", "part_of", "located_in"].includes(e.attributes.kind),
        ).length,
      );
      await box.check();
      await expect.poll(() => shownNodes(page)).toBe(p.graph.nodes.length);
      await box.uncheck();
      const colour = page.getByRole("combobox", { name: "Colour by" });
      const options = await colour.locator("option").allTextContents();
      expect(options[0]).toBe("Kind");
      expect(options.length).toBeGreaterThan(1);
      await colour.selectOption({ index: 1 });
      await expect
        .poll(() => page.getByRole("list", { name: "Colour legend" }).locator("li").count())
        .toBeGreaterThan(1);
      expect(await page.evaluate(() => location.hash)).toContain("color=");
      await colour.selectOption("kind");
    });

    test("timeline: From/To inputs and the brush filter graph and table, the range goes into the URL, Play moves it", async () => {
      const timeline = page.getByRole("region", { name: "Timeline" });
      const from = timeline.getByLabel("From date");
      const to = timeline.getByLabel("To date");
      expect(await from.getAttribute("type")).toBe("date");
      const days = [...loaded.graph.nodes()].map((k) => loaded.graph.getNodeAttribute(k, "date")).filter(Boolean);
      expect(days.length, "the test graph has dated statements").toBeGreaterThan(0);
      const all = await shownNodes(page);
      const min = await from.getAttribute("min");
      const max = await to.getAttribute("max");
      expect(min && max && min < max).toBe(true);
      // a range of the first days only
      await from.fill(min!);
      await to.fill(min!);
      await to.dispatchEvent("change");
      await expect.poll(() => page.evaluate(() => location.hash)).toContain(`from=${min}`);
      await expect.poll(() => shownNodes(page)).toBeLessThan(all!);
      // brush: drag across the right half of the histogram
      const chart = timeline.locator("svg.histogram");
      const b = (await chart.boundingBox())!;
      await page.mouse.move(b.x + b.width * 0.55, b.y + b.height / 2);
      await page.mouse.down();
      await page.mouse.move(b.x + b.width * 0.8, b.y + b.height / 2, { steps: 4 });
      await page.mouse.up();
      await expect.poll(() => from.inputValue()).not.toBe(min);
      const brushed = await appState(page);
      expect(brushed.from! > min!).toBe(true);
      expect(await page.evaluate(() => location.hash)).toContain(`to=${brushed.to}`);
      // the table shows only statements inside the range
      await page.getByRole("button", { name: "Statements table" }).click();
      const dates = await page.locator("table.statements-table tbody tr td:nth-child(5)").allTextContents();
      for (const d of dates.filter(Boolean))
        expect(d >= brushed.from! && d <= brushed.to!, `${d} outside ${brushed.from}…${brushed.to}`).toBe(true);
      await page.getByRole("button", { name: "Statements table" }).click();
      // Play steps the window forward
      await timeline.getByRole("button", { name: "Play" }).click();
      await expect.poll(async () => (await appState(page)).from, { timeout: 8000 }).not.toBe(brushed.from);
      await timeline.getByRole("button", { name: "Pause" }).click();
      await timeline.getByRole("button", { name: "All dates" }).click();
      await expect.poll(() => shownNodes(page)).toBe(all);
    });

    test("sources: evidence shows title, date, outlet and a safe link; the document picker filters by title", async () => {
      await chooseSearchResult(page, hub.label);
      const panel = details(page);
      await expect.poll(() => panel.locator("h2").first().textContent()).toBe(hub.label);
      const sources = panel.locator(".source");
      expect(await sources.count()).toBeGreaterThan(0);
      const links = panel.locator(".source a");
      for (const a of await links.all()) {
        expect(await a.getAttribute("rel")).toBe("noopener noreferrer");
        expect(await a.getAttribute("target")).toBe("_blank");
        expect(await a.getAttribute("href")).toMatch(/^https?:\/\//);
      }
      const docs =
        (p.graph.attributes as { documents?: { id: string; title?: string; date?: string }[] }).documents ?? [];
      const titled = docs.find((d) => d.title && hub.documents.includes(d.id));
      if (titled) expect(await panel.textContent()).toContain(titled.title);
      // no javascript: link anywhere
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      // the picker: typing a title picks that document
      const all = await shownNodes(page);
      await page.keyboard.press("Escape");
      const picker = page.getByRole("combobox", { name: "Document" });
      await picker.fill(titled?.title ?? hub.documents[0]!);
      await picker.dispatchEvent("change");
      await expect.poll(() => page.evaluate(() => location.hash)).toContain("doc=");
      await expect.poll(() => shownNodes(page)).toBeLessThan(all!);
      await picker.fill("");
      await picker.dispatchEvent("change");
      await expect.poll(() => shownNodes(page)).toBe(all);
    });

    test("statements table: sortable, a row selects its statement, Export CSV holds the view (RFC 4180)", async () => {
      await page.getByRole("button", { name: "Statements table" }).click();
      const table = page.getByRole("table");
      for (const h of ["Speaker", "Quote", "Date"])
        await expect.poll(() => table.getByRole("columnheader", { name: h }).count()).toBe(1);
      const header = table.getByRole("columnheader", { name: "Speaker" });
      await header.getByRole("button").click();
      expect(await header.getAttribute("aria-sort")).toBe("ascending");
      const speakers = (await table.locator("tbody tr td:first-child").allTextContents()).filter((s) => s !== "—");
      expect(speakers).toEqual(
        [...speakers].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })),
      );
      const row = table.locator("tbody tr").first();
      const quote = (await row.locator("td").nth(1).textContent())!;
      await row.click();
      await expect.poll(() => details(page).textContent()).toContain(quote.slice(0, 40));
      expect(await page.evaluate(() => location.hash)).toContain("node=statement");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export CSV" }).click(),
      ]);
      const file = join(dir, "statements.csv");
      await download.saveAs(file);
      const rows = parseCsv(readFileSync(file, "utf8"));
      expect(rows[0]!.slice(0, 6)).toEqual(["Speaker", "Quote", "Kind", "Outlet", "Date", "Document"]);
      const statements = p.graph.nodes.filter((n) => n.attributes.kind === "statement").length;
      expect(rows.length - 1).toBe(statements);
      for (const r of rows.slice(1)) for (const c of r) expect(c).not.toMatch(/^[=+\-@]/);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Statements table" }).click();
    });

    test("paths: Path from / Path to / Find path highlights the shortest path and lists each hop's evidence", async () => {
      const finder = new PathFinder(loaded.graph, buildSearchIndex(loaded.graph, deriveIndex(loaded.graph)));
      // a pair two or more hops apart, found with the viewer's own model
      const ents = loaded.graph.filterNodes((_k, a) => a.kind !== "statement");
      let pair: [string, string, number] | null = null;
      for (const a of ents.slice(0, 40)) {
        for (const b of ents) {
          const r = a === b ? null : finder.find(a, b);
          if (r?.hops && r.hops.length >= 2 && (!pair || r.hops.length > pair[2])) pair = [a, b, r.hops.length];
        }
        if (pair && pair[2] >= 3) break;
      }
      expect(pair, "no two entities are two hops apart in the test graph").not.toBeNull();
      const [a, b, n] = pair!;
      const label = (k: string) => loaded.graph.getNodeAttribute(k, "label");
      await page.getByRole("combobox", { name: "Path from" }).fill(a);
      await page.getByRole("combobox", { name: "Path to" }).fill(b);
      await page.getByRole("button", { name: "Find path" }).click();
      const panel = details(page);
      await expect.poll(() => panel.locator("h2").first().textContent()).toBe(`Path: ${label(a)} → ${label(b)}`);
      expect(await panel.locator("li.hop").count()).toBe(n);
      expect(await panel.locator("li.hop blockquote.evidence").count()).toBeGreaterThanOrEqual(1);
      expect(await page.evaluate(() => location.hash)).toContain("path=");
      await page.getByRole("button", { name: "Clear path" }).click();
    });

    test("search tolerates a typo and diacritics, and says when nothing matches", async () => {
      const long = p.graph.nodes.filter(
        (n) => n.attributes.kind !== "statement" && /^[A-Za-z]{7,}$/.test(n.attributes.label),
      )[0];
      expect(long, "no single-word entity name of 7+ letters").toBeDefined();
      const l = long!.attributes.label;
      const box = searchBox(page);
      const typo = l.slice(0, 3) + l.slice(4);
      await box.fill(typo);
      await expect.poll(() => page.getByRole("option").allTextContents()).toContainEqual(expect.stringContaining(l));
      const accented = l.replace(/[aeiou]/, (v) => ({ a: "á", e: "é", i: "í", o: "ö", u: "ü" })[v]!);
      await box.fill(accented);
      await expect.poll(() => page.getByRole("option").allTextContents()).toContainEqual(expect.stringContaining(l));
      await box.fill("qqxzzv");
      await expect.poll(() => page.getByRole("listbox").textContent()).toContain("No results");
      await box.fill("");
    });

    test("Export PNG at 4× has the graph's title band and a legend", async () => {
      await page.getByRole("combobox", { name: "PNG scale" }).selectOption("4");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export PNG" }).click(),
      ]);
      const file = join(dir, "view.png");
      await download.saveAs(file);
      const img = decodePng(readFileSync(file));
      const box = (await page.locator("#graph").boundingBox())!;
      expect(img.width).toBe(Math.round(box.width) * 4);
      expect(img.height).toBe(Math.round(box.height) * 4 + 36 * 4);
      expect(nonBackgroundPixels(img)).toBeGreaterThan(5000);
      expect(errors).toEqual([]);
    });

    test("corrections: rename, change kind, merge, split and delete from the page; the downloaded file rebuilds the graph as asked", async () => {
      const entities = p.graph.nodes.filter((n) => n.attributes.kind !== "statement");
      const victim =
        entities.find((n) => n.key !== hub.key && n.attributes.kind === "organization") ??
        entities.find((n) => n.key !== hub.key)!;
      await chooseSearchResult(page, hub.label);
      const panel = details(page);
      await expect.poll(() => panel.locator("h2").first().textContent()).toBe(hub.label);
      await panel.getByRole("button", { name: "Rename" }).click();
      await panel.getByLabel("New name").fill("Renamed By Test");
      await panel.getByRole("button", { name: "Add rename" }).click();
      await panel.getByRole("button", { name: "Change kind" }).click();
      const newKind = hub.key.startsWith("person:") ? "organization" : "person";
      await panel.getByLabel("New kind").selectOption(newKind);
      await panel.getByRole("button", { name: "Add change" }).click();
      // merge a third entity (with a name no other node has) into the hub, and split one of the hub's documents off
      const labelCount = new Map<string, number>();
      for (const n of entities)
        labelCount.set(n.attributes.label.toLowerCase(), (labelCount.get(n.attributes.label.toLowerCase()) ?? 0) + 1);
      const third = entities.find(
        (n) =>
          n.key !== hub.key &&
          n.key !== victim.key &&
          labelCount.get(n.attributes.label.toLowerCase()) === 1 &&
          !n.attributes.aliases.some(
            (a) => labelCount.has(a.toLowerCase()) && a.toLowerCase() !== n.attributes.label.toLowerCase(),
          ),
      )!;
      await panel.getByRole("button", { name: "Merge with…" }).click();
      await panel.getByLabel("Merge with entity").fill(third.attributes.label);
      await panel.getByRole("button", { name: "Add merge" }).click();
      const splitDoc = hub.documents[hub.documents.length - 1]!;
      if (hub.documents.length > 1) {
        await panel.getByRole("button", { name: "Split a document off" }).click();
        await panel.getByLabel("Document to split off").selectOption(splitDoc);
        await panel.getByRole("button", { name: "Add split" }).click();
      }
      const pendingBefore = 3 + (hub.documents.length > 1 ? 1 : 0);
      expect(await panel.locator("ol.pending li").count()).toBe(pendingBefore);
      await chooseSearchResult(page, victim.attributes.label);
      await expect.poll(() => panel.locator("h2").first().textContent()).toBe(victim.attributes.label);
      await panel.getByRole("button", { name: "Delete", exact: true }).click();
      // undo works: add and remove a split
      expect(await panel.locator("ol.pending li").count()).toBe(pendingBefore + 1);
      await panel.getByRole("button", { name: /^Undo: Delete/ }).click();
      expect(await panel.locator("ol.pending li").count()).toBe(pendingBefore);
      await panel.getByRole("button", { name: "Delete", exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        panel.getByRole("button", { name: "Download corrections" }).click(),
      ]);
      const file = join(dir, "corrections.json");
      await download.saveAs(file);
      const json = JSON.parse(readFileSync(file, "utf8")) as unknown;
      expect(Corrections.safeParse(json).success).toBe(true);
      const rebuilt = await build(p.input, join(dir, "rebuilt.json"), file);
      const node = rebuilt.nodes.find((n) => n.attributes.label === "Renamed By Test");
      expect(node, "the renamed entity is in the rebuilt graph").toBeDefined();
      expect(node!.attributes.kind).toBe(newKind);
      expect(rebuilt.nodes.some((n) => n.key === victim.key)).toBe(false);
      expect(
        rebuilt.nodes.some((n) => n.key === third.key),
        `${third.key} was merged away`,
      ).toBe(false);
      expect(node!.attributes.merges?.some((m) => m.rule === "correction:merge")).toBe(true);
      if (hub.documents.length > 1) {
        expect(node!.attributes.documents).not.toContain(splitDoc);
        expect(
          rebuilt.nodes.some((n) => n.key.startsWith(`${hub.key}~`) && n.attributes.documents?.includes(splitDoc)),
        ).toBe(true);
      }
      writeFileSync(join(dir, "rebuilt-ok"), "");
    });

    test("phone and tablet: the graph draws at 390×844 and 768×1024, panels collapse, touch pans and pinches; dark mode", async () => {
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 768, height: 1024 },
      ]) {
        const ctx = await browser.newContext({ viewport, hasTouch: true, isMobile: true, colorScheme: "dark" });
        const m = await ctx.newPage();
        const errs = watchErrors(m);
        await m.goto(server.url);
        expect(await waitForDrawing(m, 300)).toBeGreaterThan(300);
        const g = (await m.locator("#graph").boundingBox())!;
        expect(g.width).toBeGreaterThan(viewport.width * 0.9);
        expect(g.height).toBeGreaterThan(250);
        const nav = m.getByRole("navigation", { name: "Filters" });
        expect(await nav.isVisible()).toBe(false);
        await m.getByRole("button", { name: "Filters" }).click();
        expect(await nav.isVisible()).toBe(true);
        await m.getByRole("button", { name: "Filters" }).click();
        expect(await nav.isVisible()).toBe(false);
        expect(await m.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(27, 27, 29)");
        // touch: one finger pans, two fingers pinch
        const cdp = await ctx.newCDPSession(m);
        const cx = g.x + g.width / 2,
          cy = g.y + g.height / 2;
        const touch = (type: string, pts: { x: number; y: number }[]) =>
          cdp.send("Input.dispatchTouchEvent", {
            type: type as "touchStart",
            touchPoints: pts.map((q, id) => ({ ...q, id })),
          });
        const c0 = await camera(m);
        await touch("touchStart", [{ x: cx, y: cy }]);
        for (let i = 1; i <= 8; i++) await touch("touchMove", [{ x: cx + 10 * i, y: cy + 6 * i }]);
        await touch("touchEnd", []);
        await expect.poll(async () => (await camera(m)).x).not.toBe(c0.x);
        const c1 = await camera(m);
        await touch("touchStart", [
          { x: cx - 20, y: cy },
          { x: cx + 20, y: cy },
        ]);
        for (let i = 1; i <= 8; i++)
          await touch("touchMove", [
            { x: cx - 20 - 12 * i, y: cy },
            { x: cx + 20 + 12 * i, y: cy },
          ]);
        await touch("touchEnd", []);
        await expect.poll(async () => (await camera(m)).ratio).toBeLessThan(c1.ratio);
        expect(errs).toEqual([]);
        await ctx.close();
      }
    });
  });
}
