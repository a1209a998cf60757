// Measurements of a viewer page in Chromium, for the bench: the in-page probe, JS heap, ForceAtlas2 rate, gesture frame rates, search.
import type { Page } from "playwright-core";
import type { BenchProbe } from "./instrument.ts";

export const probe = (page: Page): Promise<BenchProbe> =>
  page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench);

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 2 ** 20;
}

/** Layout buttons are pressed with a synthetic click: under software WebGL a 50k-node page may not paint for seconds,
 * and a real click waits for paints (actionability checks). */
export async function layoutButton(page: Page, name: "Start layout" | "Stop layout"): Promise<boolean> {
  const b = page.getByRole("button", { name });
  if (!(await b.isVisible().catch(() => false))) return false;
  // the app may flip the button by itself (its first automatic layout ends) between the check and the click
  return b.dispatchEvent("click", undefined, { timeout: 5000 }).then(
    () => true,
    () => false,
  );
}

export async function stopLayoutIfRunning(page: Page): Promise<void> {
  await layoutButton(page, "Stop layout");
  await page.getByRole("button", { name: "Start layout" }).waitFor({ timeout: 120_000 });
}

/**
 * ForceAtlas2 while "Start layout" runs. The worker posts one message per round of iterations, each saying how many
 * it ran and how long they took inside the worker, so: iterations/s = (iterations in all answers but the first) /
 * (time from the first to the last answer) of the busiest worker, and the worker's cost per iteration = median of
 * (compute ms / iterations) over its answers. Comparing the two shows what the main thread (apply + redraw) costs.
 */
export async function fa2Rate(page: Page, seconds: number): Promise<{ rate: number | null; workerMs: number | null }> {
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
export async function gestureFps(page: Page, kind: "pan" | "zoom"): Promise<number | null> {
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

export interface SearchTiming {
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
export async function searchRoundTrip(page: Page, label: string): Promise<SearchTiming> {
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
