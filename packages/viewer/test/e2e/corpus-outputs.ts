// Reading the corpus viewer's answers out: the statements table and its CSV, shortest paths with evidence, PNG export.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PathFinder } from "../../src/features/paths.ts";
import { parseCsv } from "../../src/model/csv.ts";
import { deriveIndex } from "../../src/model/derive.ts";
import { buildSearchIndex } from "../../src/model/search.ts";
import type { CorpusSuite } from "./corpus-suite.ts";
import { decodePng, nonBackgroundPixels } from "./png.ts";
import { details } from "./ui.ts";

export function outputTests(s: CorpusSuite): void {
  test("statements table: sortable, a row selects its statement, Export CSV holds the view (RFC 4180)", async () => {
    const { page, p, dir } = s;
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
    const { page, loaded } = s;
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

  test("Export PNG at 4× has the graph's title band and a legend", async () => {
    const { page, dir, errors } = s;
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
}
