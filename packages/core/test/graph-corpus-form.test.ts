// The corpus form (statements in their own table) writes the same bytes as one graphology graph holding everything.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { CorpusAccumulator } from "../src/graph/build.ts";
import { serializeGraph, graphJsonEdges } from "../src/graph/serialize.ts";
import { toGexf } from "../src/graph/gexf.ts";
import { toGraphml } from "../src/graph/graphml.ts";
import { corpusLayoutQuality, layoutQuality } from "../src/graph/quality.ts";
import { forEachTableEdgeEnds } from "../src/graph/statement-totals.ts";
import { layoutGraph } from "../src/graph/layout.ts";
import {
  corpusNodeAttributes,
  corpusOrder,
  corpusSize,
  materialize,
  sortedCorpusEdges,
  splitGraph,
  StatementTable,
  type CorpusGraph,
} from "../src/graph/corpus-graph.ts";
import { finishCorpusGraph, type CorpusOptions } from "../src/pipeline/pipeline.ts";
import { dataRecords } from "./support/data-records.ts";

const records = dataRecords();

function corpus(opts: CorpusOptions): CorpusGraph {
  const acc = new CorpusAccumulator(opts);
  for (const r of records) acc.fold(r, r.text);
  return finishCorpusGraph(acc, opts);
}

describe("the corpus graph", () => {
  const c = corpus({ layout: { iterations: 30 }, seed: 3 });
  const whole = materialize(c);

  it("keeps statements and their own edges out of graphology, and only them", () => {
    expect(c.statements.size).toBeGreaterThan(5);
    expect(c.graph.someNode((_k, a) => a.kind === "statement")).toBe(false);
    const own = new Set(["said", "mentions", "told", "via"]);
    expect(c.graph.someEdge((_e, a) => own.has(a.kind))).toBe(false);
    expect(c.statements.edges.every((e) => own.has(e.attributes.kind))).toBe(true);
    expect(corpusOrder(c)).toBe(whole.order);
    expect(corpusSize(c)).toBe(whole.size);
  });

  it("writes graph.json, GEXF and GraphML as the same bytes as the single graph's writers", () => {
    // the plain-graph writers are the ones every graph read from a file goes through
    expect(serializeGraph(c)).toBe(serializeGraph(whole));
    expect([...graphJsonEdges(c)].join("")).toBe([...graphJsonEdges(whole)].join(""));
    expect(toGexf(c, { description: "d" })).toBe(toGexf(whole, { description: "d" }));
    expect(toGraphml(c)).toBe(toGraphml(whole));
  });

  it("scores the layout as the single graph's layoutQuality does", () => {
    const q = corpusLayoutQuality(c);
    expect(q).not.toBeNull();
    expect(q).toBe(layoutQuality(whole));
    expect(whole.getAttribute("layout")).toMatchObject({ quality: q });
  });

  it("finds each edge's ends (the score sums their lengths in any order)", () => {
    expect(endsOfEveryEdge(c)).toBe(c.statements.edges.length + c.graph.size);
    expect(endsOfEveryEdge(splitGraph(whole))).toBe(whole.size);
  });

  it("splits a single graph back into the same corpus graph", () => {
    expect(serializeGraph(splitGraph(whole))).toBe(serializeGraph(c));
  });

  it("lays a single graph out as its corpus form (positions set on the same attribute objects)", () => {
    const a = materialize(corpus({ layout: false, seed: 3 }));
    const b = corpus({ layout: false, seed: 3 });
    layoutGraph(a, { iterations: 30 });
    layoutGraph(b, { iterations: 30 });
    expect(serializeGraph(a)).toBe(serializeGraph(b));
  });
});

describe("a hand-built graph with statements", () => {
  // invented names; a statement with a speaker, one without, and a graph with no statement at all
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  g.addNode("person:tara-quill", { kind: "person", label: "Tara Quill", aliases: [] });
  g.addNode("organization:brell-works", { kind: "organization", label: "Brell Works", aliases: [] });
  g.addNode("statement:d1#s1", { kind: "statement", label: "we build", aliases: [] });
  g.addNode("statement:d1#s2", { kind: "statement", label: "it grows", aliases: [] });
  g.addEdgeWithKey("e0", "person:tara-quill", "statement:d1#s1", { kind: "said", weight: 1 });
  g.addEdgeWithKey("e1", "statement:d1#s1", "organization:brell-works", { kind: "mentions", weight: 1 });
  g.addEdgeWithKey("e2", "statement:d1#s2", "organization:brell-works", { kind: "mentions", weight: 1 });
  g.addEdgeWithKey("e3", "person:tara-quill", "organization:brell-works", { kind: "affiliated_with", weight: 1 });

  it("puts each statement's edges with it and leaves the entity edge in graphology", () => {
    const c = splitGraph(g);
    expect(c.graph.order).toBe(2);
    expect(c.graph.size).toBe(1);
    expect(c.statements.keys).toEqual(["statement:d1#s1", "statement:d1#s2"]);
    expect(c.statements.own.map((l) => l.map((e) => e.key))).toEqual([["e0", "e1"], ["e2"]]);
  });

  it("places each statement beside its anchor", () => {
    layoutGraph(g, { iterations: 30 });
    const at = (k: string) => g.getNodeAttributes(k) as { x: number; y: number };
    const d = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    const span = d("person:tara-quill", "organization:brell-works");
    expect(d("statement:d1#s1", "person:tara-quill")).toBeLessThan(span);
    expect(d("statement:d1#s2", "organization:brell-works")).toBeLessThan(span);
  });

  it("finds the ends of an edge joining two statements, which no built graph has", () => {
    const h = g.copy();
    h.addEdgeWithKey("e4", "statement:d1#s2", "statement:d1#s1", { kind: "via", weight: 1 });
    expect(endsOfEveryEdge(splitGraph(h))).toBe(5);
  });

  it("finds nothing to split in a graph without statements", () => {
    const plain = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
    plain.addNode("person:ivo-marsh", { kind: "person", label: "Ivo Marsh", aliases: [] });
    const c = splitGraph(plain);
    expect(c.statements.size).toBe(0);
    expect(c.statements).toBeInstanceOf(StatementTable);
    expect(serializeGraph(c)).toBe(serializeGraph(plain));
  });
});

/**
 * The entity network's edges and forEachTableEdgeEnds together visit every edge's ends once, as the very attribute
 * objects sortedCorpusEdges's ends have (the quality score sums the lengths of exactly these); the number of edges.
 */
function endsOfEveryEdge(c: CorpusGraph): number {
  const ids = new Map<unknown, number>();
  const id = (a: unknown) => ids.get(a) ?? (ids.set(a, ids.size), ids.size - 1);
  const pair = (sa: unknown, ta: unknown) => `${id(sa)}>${id(ta)}`;
  const want = [...sortedCorpusEdges(c)].map((e) =>
    pair(corpusNodeAttributes(c, e.source), corpusNodeAttributes(c, e.target)),
  );
  const got: string[] = [];
  c.graph.forEachEdge((_e, _a, _s, _t, sa, ta) => got.push(pair(sa, ta)));
  forEachTableEdgeEnds(c, (sa, ta) => got.push(pair(sa, ta)));
  expect(got.sort()).toEqual(want.sort());
  return got.length;
}
