// ForceAtlas2 handed to another thread gives the same graph.json as the layout in one thread; the patched library too.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { CorpusAccumulator } from "../src/graph/build.ts";
import { forceAtlas2Positions, type ForceAtlas2Job } from "../src/graph/layout.ts";
import { graphJsonChunks, graphJsonEdges, serializeGraph } from "../src/graph/serialize.ts";
import { gexfChunks, gexfParts } from "../src/graph/gexf.ts";
import { finishCorpus, type CorpusOptions } from "../src/pipeline/pipeline.ts";
import { finishCorpusOverlapped, type ForceAtlas2Runner } from "../src/pipeline/overlap.ts";
import { dataRecords } from "./support/data-records.ts";

const records = dataRecords();

const accumulate = (opts: CorpusOptions) => {
  const acc = new CorpusAccumulator(opts);
  for (const r of records) acc.fold(r, r.text);
  return acc;
};

describe("finishCorpusOverlapped", () => {
  const opts: CorpusOptions = { layout: { iterations: 40 }, seed: 7 };
  const inOneThread = serializeGraph(finishCorpus(accumulate(opts), opts));

  // each runner stands for the CLI's worker thread in one of its outcomes
  const runners: [string, ForceAtlas2Runner][] = [
    ["runs the job elsewhere", (job) => Promise.resolve(forceAtlas2Positions(cloneJob(job)))],
    ["declines the job (small network)", () => null],
    ["fails and hands the job back", () => Promise.resolve(null)],
  ];
  it.each(runners)("writes the same graph.json when the runner %s", async (_name, runner) => {
    const g = await finishCorpusOverlapped(accumulate(opts), opts, runner);
    expect(g.order).toBeGreaterThan(20);
    expect(serializeGraph(g)).toBe(inOneThread);
  });

  it("carries the previous build's communities as the one-thread path does (an incremental build)", async () => {
    // the previous build's ids, shifted so they cannot be Louvain's own numbering by chance
    const previous = new Map<string, number>();
    finishCorpus(accumulate(opts), opts).forEachNode((k, a) => {
      if (typeof a.community === "number") previous.set(k, a.community + 100);
    });
    const carried: CorpusOptions = { ...opts, communities: previous };
    const g = await finishCorpusOverlapped(accumulate(carried), carried, () => Promise.resolve(null));
    const [k, id] = [...previous][0]!;
    expect(g.getNodeAttribute(k, "community")).toBe(id);
    expect(serializeGraph(g)).toBe(serializeGraph(finishCorpus(accumulate(carried), carried)));
  });

  it("refuses positions for another number of nodes, naming the module and the fix", async () => {
    const short: ForceAtlas2Runner = () => Promise.resolve(new Float64Array(2));
    await expect(finishCorpusOverlapped(accumulate(opts), opts, short)).rejects.toThrow(
      /newsgraph\/layout: 1 positions for \d+ nodes; lay out in one thread/,
    );
  });

  it("writes graph.json and GEXF edges ahead, while the layout runs, as the same bytes as written after it", async () => {
    const ahead: { json: string[]; gexf: string[] } = { json: [], gexf: [] };
    let parts: ReturnType<typeof gexfParts> | null = null;
    const g = await finishCorpusOverlapped(
      accumulate(opts),
      opts,
      (job) => Promise.resolve(forceAtlas2Positions(job)),
      (graph) => {
        ahead.json = [...graphJsonEdges(graph)];
        parts = gexfParts(graph, { description: "ahead" });
        ahead.gexf = [...parts.edges()];
      },
    );
    expect(ahead.gexf.length).toBeGreaterThan(10);
    expect([...graphJsonChunks(g, ahead.json)].join("")).toBe(inOneThread);
    const late = [...gexfChunks(g, { description: "ahead" })].join("");
    expect([...(parts ?? gexfParts(g)).chunks(ahead.gexf)].join("")).toBe(late);
    expect(late).toContain("<viz:position");
  });

  it("without a layout, never calls the runner", async () => {
    const none: CorpusOptions = { layout: false };
    const g = await finishCorpusOverlapped(accumulate(none), none, () => {
      throw new Error("called");
    });
    expect(serializeGraph(g)).toBe(serializeGraph(finishCorpus(accumulate(none), none)));
  });
});

/** The job as another thread sees it: exported and imported, so nothing is shared with this thread's copy. */
function cloneJob(job: ForceAtlas2Job): ForceAtlas2Job {
  return { ...job, graph: Graph.from(job.graph.export()) };
}

/** iterate.js: one step over the node matrix (10 floats a node) and the edge matrix (source, target, weight). */
type Iterate = (settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array) => void;

describe("the patched ForceAtlas2 (patches/graphology-layout-forceatlas2@0.10.1.patch)", () => {
  const require = createRequire(import.meta.url);
  const file = require.resolve("graphology-layout-forceatlas2/iterate.js");
  const source = readFileSync(file, "utf8");
  const patch = readFileSync(
    new URL("../../../patches/graphology-layout-forceatlas2@0.10.1.patch", import.meta.url),
    "utf8",
  );

  it("is the one installed", () => {
    expect(source).toContain("var REGION_INT = new Int32Array(REGION_F.buffer);");
  });

  it.each([
    ["linear repulsion", false],
    ["anti-collision", true],
  ])("moves nodes exactly as the library's own iterate() does, step after step (%s)", (_, adjustSizes) => {
    const patched = require(file) as Iterate;
    const module = { exports: null as unknown as Iterate };
    // the library as published: the patch taken back out; evaluated as the module it is
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function("module", unpatch(source, patch))(module);
    // 2,500 nodes need more Barnes-Hut regions than the patched buffer starts with, so it grows on the way
    const n = 2500;
    const nodes = new Float32Array(10 * n);
    for (let i = 0; i < n; i++) {
      nodes[10 * i] = Math.cos(i) * i;
      nodes[10 * i + 1] = Math.sin(i * 1.7) * i;
      nodes[10 * i + 6] = 3; // mass
      nodes[10 * i + 7] = 1; // convergence
      nodes[10 * i + 8] = 1 + (i % 3); // size
    }
    const edges = new Float32Array(6 * n);
    for (let i = 0; i < n; i++) edges.set([10 * i, 10 * ((i + 1) % n), 1, 10 * i, 10 * ((i * 7 + 3) % n), 2], 6 * i);
    const settings = { ...forceAtlas2.inferSettings(n), barnesHutOptimize: true, barnesHutTheta: 1.2, adjustSizes };
    const mine = { nodes: nodes.slice(), edges: edges.slice() },
      theirs = { nodes: nodes.slice(), edges: edges.slice() };
    for (let i = 0; i < 5; i++) {
      patched({ ...DEFAULTS, ...settings }, mine.nodes, mine.edges);
      module.exports({ ...DEFAULTS, ...settings }, theirs.nodes, theirs.edges);
    }
    expect([...mine.nodes]).toEqual([...theirs.nodes]);
    expect(mine.nodes.some((v, i) => v !== nodes[i])).toBe(true);
  });
});

/** The file as it was before a one-file unified diff: each hunk's new lines replaced by its old ones, last hunk first. */
function unpatch(patched: string, diff: string): string {
  const lines = patched.split("\n");
  const hunks = diff.split(/^@@ /m).slice(1);
  for (const h of hunks.reverse()) {
    const start = Number(/^-\d+(?:,\d+)? \+(\d+)/.exec(h)![1]) - 1;
    const body = h.split("\n").slice(1);
    // a hunk's last line is followed by the next hunk or the end; a "\ No newline" marker is not a line
    while (body.length && !/^[ +-]/.test(body[body.length - 1]!)) body.pop();
    const after = body.filter((l) => !l.startsWith("-")).map((l) => l.slice(1));
    const before = body.filter((l) => !l.startsWith("+")).map((l) => l.slice(1));
    if (lines.slice(start, start + after.length).join("\n") !== after.join("\n"))
      throw new Error("graph-layout-overlap.test: the patch does not match the installed iterate.js; run pnpm install");
    lines.splice(start, after.length, ...before);
  }
  return lines.join("\n");
}

/** FA2's defaults, which its synchronous layout merges under the settings before calling iterate() */
const DEFAULTS: ForceAtlas2Settings = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};
