// Page helpers that drive the viewer only through its accessible names (issue 3), as a screen-reader user would.
import type { Locator, Page } from "playwright-core";
import { nonBackgroundPixels } from "./png.ts";
import { snapshotGraph } from "./harness.ts";

export function details(page: Page): Locator {
  return page.locator('aside[aria-label="Details"]');
}

/** Polls until the graph canvas shows more than `min` non-background pixels; returns the last count. */
export async function waitForDrawing(page: Page, min = 500, timeoutMs = 20_000): Promise<number> {
  await page.locator("canvas").first().waitFor({ state: "attached", timeout: timeoutMs });
  const until = Date.now() + timeoutMs;
  let n = 0;
  while (Date.now() < until) {
    n = nonBackgroundPixels(await snapshotGraph(page));
    if (n > min) return n;
    await page.waitForTimeout(200);
  }
  return n;
}

/** The spec's `input type=search` named "Search" (the UI gives it the ARIA combobox role, so match both facts). */
export function searchBox(page: Page): Locator {
  return page.locator('input[type="search"]').and(page.getByLabel("Search", { exact: true }));
}

/** Types into the "Search" box and picks the result whose name is exactly `label`. */
export async function chooseSearchResult(page: Page, label: string): Promise<void> {
  const search = searchBox(page);
  await search.fill("");
  await search.fill(label);
  // the option's name is the label, then an alias and the kind: match the label whole, so "AA" never picks "AAR Corp"
  const whole = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s`);
  const option = page.getByRole("option", { name: whole }).first();
  try {
    await option.waitFor({ state: "visible", timeout: 3000 });
    await option.click();
  } catch {
    // no listbox: the box selects the best hit on Enter
    await search.press("Enter");
  }
}

/** Stops ForceAtlas2 if it is running, so screenshots compare filters rather than layout steps. */
export async function stopLayout(page: Page): Promise<void> {
  const stop = page.getByRole("button", { name: "Stop layout" });
  if (await stop.isVisible().catch(() => false)) await stop.click();
  await page.getByRole("button", { name: "Start layout" }).waitFor({ state: "visible", timeout: 10_000 });
}

/** The node count the filter panel announces ("1,234 nodes, 56 edges shown"), or null when it shows none. */
export async function shownNodes(page: Page): Promise<number | null> {
  const text = (await page.getByRole("navigation", { name: "Filters" }).textContent()) ?? "";
  const m = /([\d,]+) nodes?, [\d,]+ edges? shown/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, "")) : null;
}
