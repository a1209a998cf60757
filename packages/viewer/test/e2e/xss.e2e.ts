// Article text is hostile input: names, quotes, roles and documents carrying HTML payloads must show as text and never run.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync, rmSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { SerializedGraph } from "@newsgraph/core";
import { buildGraphFile, launchBrowser, reportSkip, serve, tempDir, watchErrors, writeGraph } from "./harness.ts";
import { chooseSearchResult, details, waitForDrawing } from "./ui.ts";

const skip = reportSkip("the XSS suite");
const ARTICLE = readFileSync(new URL("./fixtures/hostile-article.txt", import.meta.url), "utf8");

const IMG = "<img src=x onerror=window.__pwned=10;alert(10)>";
const SCRIPT = "<script>window.__pwned=11;alert(11)</script>";
const SVG = "<svg onload=window.__pwned=12>";

/** A graph written by hand, so every string field the viewer may show carries a payload, whatever the extractor finds. */
function hostileGraph(): SerializedGraph {
  const person = `person:${IMG}`;
  const org = `organization:${SCRIPT}`;
  const st = `statement:${SVG}#s1`;
  const ev = { document: `doc ${SCRIPT}.txt`, start: 0, end: 10 };
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [
      {
        key: person,
        attributes: {
          kind: "person",
          label: `Vera ${IMG} Lusk`,
          aliases: [`Lusk ${SCRIPT}`],
          x: 0,
          y: 0,
          documents: [ev.document],
          mentionCount: 2,
          roles: [{ role: `envoy ${SVG}`, former: true, at: org }],
        },
      },
      {
        key: org,
        attributes: {
          kind: "organization",
          label: `Orlin ${SCRIPT} Gas`,
          aliases: [],
          x: 10,
          y: 5,
          documents: [ev.document],
          mentionCount: 1,
        },
      },
      {
        key: st,
        attributes: {
          kind: "statement",
          label: `${SVG} quote`,
          aliases: [],
          x: 5,
          y: 10,
          text: `${IMG} ${SCRIPT} quote`,
          quoteKind: "direct",
          document: ev.document,
          start: 0,
          end: 10,
          evidence: `Before ${IMG} ${SCRIPT} quote, she said.`,
          evidenceStart: 7,
        },
      },
    ],
    edges: [
      { key: "e1", source: person, target: st, attributes: { kind: "said", ...ev } },
      {
        key: "e2",
        source: person,
        target: org,
        attributes: { kind: "affiliated_with", role: `envoy ${IMG}`, former: true, ...ev },
      },
      { key: "e3", source: st, target: org, attributes: { kind: "mentions", ...ev } },
    ],
  };
}

/** Nothing ran: no flag, no dialog, no element created from a payload, no error. */
async function expectNothingRan(page: Page, dialogs: string[], errors: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  expect(errors.filter((e) => /pwned|alert|Content Security Policy/i.test(e))).toEqual([]);
}

describe.skipIf(skip)("hostile text is shown literally and never executed", () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  let errors: string[];

  beforeAll(async () => {
    dir = tempDir("e2e-xss");
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("an article with payloads in names and quotes, built by the pipeline", async () => {
    const { path, graph } = buildGraphFile([{ id: `hostile ${SCRIPT}.txt`, text: ARTICLE }], dir);
    const hostile = graph.nodes.filter(
      (n) => n.attributes.kind === "statement" && /<(img|script|svg)/.test(n.attributes.text ?? ""),
    );
    expect(hostile.length, "the pipeline found no statement carrying a payload in the hostile article").toBeGreaterThan(
      0,
    );
    const saidBy = graph.edges.find((e) => e.attributes.kind === "said" && hostile.some((h) => h.key === e.target));
    expect(saidBy, "no speaker was attributed to a hostile quote").toBeDefined();
    const speaker = graph.nodes.find((n) => n.key === saidBy!.source)!;

    const server = await serve(path);
    try {
      await page.goto(server.url);
      expect(await waitForDrawing(page)).toBeGreaterThan(100);
      await chooseSearchResult(page, speaker.attributes.label);
      await expect.poll(() => details(page).locator("h2").first().textContent()).toBe(speaker.attributes.label);
      const text = (await details(page).textContent()) ?? "";
      expect(text).toMatch(/<img src=x onerror=|<script>/);
      await page.waitForTimeout(300);
      await expectNothingRan(page, dialogs, errors);
    } finally {
      await server.close();
    }
  });

  test("a graph whose every label, alias, role, quote, evidence and document is a payload", async () => {
    const graph = hostileGraph();
    const server = await serve(writeGraph(graph, dir, "hostile.json"));
    try {
      const person = graph.nodes[0]!;
      // the selection in the URL hash is hostile too
      await page.goto(`${server.url}#node=${encodeURIComponent(person.key)}`);
      expect(await waitForDrawing(page, 50)).toBeGreaterThan(50);
      await chooseSearchResult(page, person.attributes.label);
      const panel = details(page);
      await expect.poll(() => panel.locator("h2").first().textContent()).toBe(person.attributes.label);
      const text = (await panel.textContent()) ?? "";
      expect(text).toContain(`Lusk ${SCRIPT}`); // alias
      expect(text).toContain(`${IMG} ${SCRIPT} quote`); // statement
      expect(text).toContain(SVG); // role
      await chooseSearchResult(page, graph.nodes[1]!.attributes.label);
      await expect.poll(() => panel.locator("h2").first().textContent()).toBe(graph.nodes[1]!.attributes.label);
      await page.waitForTimeout(300);
      await expectNothingRan(page, dialogs, errors);
    } finally {
      await server.close();
    }
  });
});
