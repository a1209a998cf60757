// The corpus viewer on phone and tablet screens: layout, collapsing panels, touch pan and pinch, dark mode.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { CorpusSuite } from "./corpus-suite.ts";
import { watchErrors } from "./harness.ts";
import { waitForDrawing } from "./ui.ts";

type App = { renderer: { getCamera(): { getState(): { x: number; y: number; ratio: number } } } };
const camera = (page: Page) =>
  page.evaluate(() => (window as unknown as { __newsgraph: App }).__newsgraph.renderer.getCamera().getState());

export function screenTests(s: CorpusSuite): void {
  test("phone and tablet: the graph draws at 390×844 and 768×1024, panels collapse, touch pans and pinches; dark mode", async () => {
    const { browser, server } = s;
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
}
