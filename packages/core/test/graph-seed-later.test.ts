// Kept positions: the graph stage leaves positions to a following layout (old ones first, then seeds: same bytes),
// and the count of nodes a previous graph shares.
import { describe, expect, it } from "vitest";
import { CorpusAccumulator } from "../src/graph/build.ts";
import { assignMetrics } from "../src/graph/metrics.ts";
import { layoutGraph, type LayoutOptions } from "../src/graph/layout.ts";
import { forEachCorpusNode, materialize, type CorpusGraph } from "../src/graph/corpus-graph.ts";
import { sharedNodes } from "../src/graph/keep-positions.ts";
import { serializeGraph } from "../src/graph/serialize.ts";
import { resolveAcrossDocuments } from "../src/resolve/resolve.ts";
import { dataRecords } from "./support/data-records.ts";

const records = dataRecords();

function graph(unseeded: boolean): CorpusGraph {
  const acc = new CorpusAccumulator();
  for (const r of records) acc.fold(r, r.text);
  return acc.finishCorpus(resolveAcrossDocuments(acc.entityRecords()), { unseeded });
}

function laidOut(unseeded: boolean, layout: LayoutOptions): string {
  const c = graph(unseeded);
  layoutGraph(c, layout, assignMetrics(c.graph));
  return serializeGraph(c);
}

/** Every other node of a first build keeps its place (as the CLI reads them: finite numbers only). */
function somePrevious(): Map<string, { x: number; y: number }> {
  const first = graph(false);
  layoutGraph(first, { iterations: 20 }, assignMetrics(first.graph));
  const previous = new Map<string, { x: number; y: number }>();
  let i = 0;
  forEachCorpusNode(first, (k, a) => {
    if (i++ % 2 === 0) previous.set(k, { x: a.x as number, y: a.y as number });
  });
  return previous;
}

describe("positions seeded by the layout", () => {
  it("leaves positions unset when asked to (a layout follows)", () => {
    let positioned = 0,
      nodes = 0;
    forEachCorpusNode(graph(true), (_k, a) => {
      nodes++;
      if (a.x !== undefined || a.y !== undefined) positioned++;
    });
    expect(nodes).toBeGreaterThan(20);
    expect(positioned).toBe(0);
  });

  it.each([
    ["a first layout", { iterations: 20 }],
    ["kept positions (a rebuild)", { iterations: 20, previous: somePrevious() }],
    ["kept positions and no ForceAtlas2 iterations", { iterations: 0, previous: somePrevious() }],
  ] as [string, LayoutOptions][])("gives the bytes of a seeded graph with %s", (_name, layout) => {
    expect(laidOut(true, layout)).toBe(laidOut(false, layout));
  });
});

describe("sharedNodes", () => {
  it("counts the graph's nodes, entities and statements, that the previous positions have, and no other key", () => {
    const c = graph(false);
    const keys: string[] = [];
    forEachCorpusNode(c, (k) => keys.push(k));
    const statement = keys.find((k) => k.startsWith("statement:"))!;
    const entity = keys.find((k) => !k.startsWith("statement:"))!;
    const previous = new Map([
      [statement, { x: 1, y: 2 }],
      [entity, { x: 3, y: 4 }],
      ["person:nobody-here", { x: 5, y: 6 }],
    ]);
    expect(sharedNodes(c, previous)).toBe(2);
    expect(sharedNodes(materialize(graph(false)), previous)).toBe(2);
    expect(sharedNodes(c, new Map())).toBe(0);
  });
});
