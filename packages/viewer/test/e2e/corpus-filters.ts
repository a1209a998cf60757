// Finding and filtering in the corpus viewer: the overview, the timeline, the sources and document picker, search.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { OVERVIEW_ABOVE_NODES } from "../../src/model/entity-network.ts";
import type { CorpusSuite } from "./corpus-suite.ts";
import { chooseSearchResult, details, searchBox, shownNodes } from "./ui.ts";

type App = { state: { from: string | null; to: string | null } };
const appState = (page: Page) => page.evaluate(() => (window as unknown as { __newsgraph: App }).__newsgraph.state);

export function filterTests(s: CorpusSuite): void {
  test("overview: large graphs open on the entity network; statements are one click away; colour by an attribute", async () => {
    const { page, p } = s;
    const statements = p.graph.nodes.filter((n) => n.attributes.kind === "statement").length;
    const box = page.getByRole("checkbox", { name: "Statement", exact: true });
    if (p.graph.nodes.length > OVERVIEW_ABOVE_NODES) expect(await box.isChecked()).toBe(false);
    else await box.uncheck();
    await expect.poll(() => shownNodes(page)).toBe(p.graph.nodes.length - statements);
    // the entity network draws speaks_about edges between speakers and what they spoke about
    const text = (await page.getByRole("navigation", { name: "Filters" }).textContent()) ?? "";
    const edges = Number(/nodes?, ([\d,]+) edges? shown/.exec(text)![1]!.replace(/,/g, ""));
    expect(edges).toBeGreaterThan(
      p.graph.edges.filter((e) => ["affiliated_with", "based_in", "part_of", "located_in"].includes(e.attributes.kind))
        .length,
    );
    await box.check();
    await expect.poll(() => shownNodes(page)).toBe(p.graph.nodes.length);
    await box.uncheck();
    const colour = page.getByRole("combobox", { name: "Colour by" });
    const options = await colour.locator("option").allTextContents();
    expect(options[0]).toBe("Kind");
    expect(options.length).toBeGreaterThan(1);
    await colour.selectOption({ index: 1 });
    await expect.poll(() => page.getByRole("list", { name: "Colour legend" }).locator("li").count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => location.hash)).toContain("color=");
    await colour.selectOption("kind");
  });

  test("timeline: From/To inputs and the brush filter graph and table, the range goes into the URL, Play moves it", async () => {
    const { page, loaded } = s;
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
    const { page, p, hub } = s;
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

  test("search tolerates a typo and diacritics, and says when nothing matches", async () => {
    const { page, p } = s;
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
}
