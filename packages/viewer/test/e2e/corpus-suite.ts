// The corpus-scale viewer items (overview, timeline, sources, table, paths, corrections, search, screens, PNG), as one
// suite run on two graphs: the dated sample and a Reuters subset (corpus.e2e.ts). The tests live in one file per
// concept and share this suite's page, so they run in the order registered here.
import { afterAll, beforeAll, describe } from "vitest";
import { readFileSync, rmSync } from "node:fs";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import type { SerializedGraph } from "@newsgraph/core";
import type { RunningServer } from "@newsgraph/cli";
import { loadGraphText } from "../../src/model/load.ts";
import type { LoadedGraph } from "../../src/model/types.ts";
import { correctionTests } from "./corpus-corrections.ts";
import { filterTests } from "./corpus-filters.ts";
import { outputTests } from "./corpus-outputs.ts";
import { screenTests } from "./corpus-screens.ts";
import { launchBrowser, serve, tempDir, watchErrors } from "./harness.ts";
import { waitForDrawing } from "./ui.ts";

export interface Prepared {
  /** the JSONL the graph was built from (rebuilt with corrections) */
  input: string;
  graphPath: string;
  graph: SerializedGraph;
}

/** what every test of the suite reads; filled in by `beforeAll` */
export interface CorpusSuite {
  dir: string;
  p: Prepared;
  loaded: LoadedGraph;
  server: RunningServer;
  browser: Browser;
  page: Page;
  errors: string[];
  /** the entity with the most documents (for sources, corrections) */
  hub: { key: string; label: string; documents: string[] };
}

export function corpusSuite(name: string, prepare: (dir: string) => Promise<Prepared>): void {
  describe(`corpus viewer on ${name}`, () => {
    const s = {} as CorpusSuite;

    beforeAll(async () => {
      s.dir = tempDir(`e2e-${name.replace(/\W+/g, "-")}`);
      const p = (s.p = await prepare(s.dir));
      s.loaded = loadGraphText(readFileSync(p.graphPath, "utf8"), "graph.json", (t) => parse(Graph, t));
      const entities = p.graph.nodes.filter((n) => n.attributes.kind !== "statement");
      const best = entities.sort(
        (a, b) =>
          (b.attributes.documents?.length ?? 0) - (a.attributes.documents?.length ?? 0) || (a.key < b.key ? -1 : 1),
      )[0]!;
      s.hub = { key: best.key, label: best.attributes.label, documents: best.attributes.documents ?? [] };
      s.server = await serve(p.graphPath);
      s.browser = await launchBrowser();
      s.page = await s.browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
      s.errors = watchErrors(s.page);
      await s.page.goto(s.server.url);
      await waitForDrawing(s.page);
    });

    afterAll(async () => {
      await s.browser?.close();
      await s.server?.close();
      if (s.dir) rmSync(s.dir, { recursive: true, force: true });
    });

    filterTests(s);
    outputTests(s);
    correctionTests(s);
    screenTests(s);
  });
}
