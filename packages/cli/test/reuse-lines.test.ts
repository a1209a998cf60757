// Copying statement lines from the previous graph.json: the output is the bytes the writer would produce, always.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Graph from "graphology";
import { edgeKey, graphJsonChunks, serializeGraph, type NewsGraph } from "@newsgraph/core";
import { PreviousLines } from "../src/reuse-lines.ts";
import { writeChunksAtomic } from "../src/io.ts";
import { EarlyEdges } from "../src/spool.ts";

const entity = (label: string) => ({ kind: "person", label, aliases: [label], x: 0, y: 1, size: 4 });
const statement = (doc: string, x: number) => ({
  kind: "statement",
  label: `Kelmar Osk said "it rains" in ${doc}`,
  aliases: [],
  x,
  y: 2,
  size: 3,
  text: "it rains",
  quoteKind: "direct",
  document: doc,
  start: 0,
  end: 8,
});
const occ = (doc: string) => ({
  document: doc,
  start: 0,
  end: 8,
  weight: 1,
  occurrences: [{ document: doc, start: 0, end: 8 }],
});

/**
 * An invented graph as the build makes it: edges in (source, target, kind) order, keyed by content (`ranked`: keyed
 * e0, e1, … in that order, as builds before content keys did).
 */
function graph(docs: string[], moved = new Set<string>(), ranked = false) {
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  g.addNode("person:kelmar-osk", entity("Kelmar Osk"));
  g.addNode("person:vina-tarrow", entity("Vina Tarrow"));
  const edges: [string, string, Record<string, unknown>][] = [
    ["person:kelmar-osk", "person:vina-tarrow", { kind: "co_occurs", ...occ(docs[0]!), weight: 1 }],
  ];
  for (const d of docs) {
    const k = `statement:${d}#s1`;
    g.addNode(k, statement(d, moved.has(d) ? 9 : 1));
    edges.push(["person:kelmar-osk", k, { kind: "said", ...occ(d) }]);
    edges.push([k, "person:vina-tarrow", { kind: "mentions", ...occ(d) }]);
  }
  const id = (e: (typeof edges)[number]) => `${e[0]}\u0000${e[1]}\u0000${String(e[2].kind)}`;
  edges
    .sort((a, b) => (id(a) < id(b) ? -1 : 1))
    .forEach(([s, t, a], i) => g.addEdgeWithKey(ranked ? `e${i}` : edgeKey(s, t, String(a.kind)), s, t, a));
  return g;
}

function previous(docs: string[], ranked = false) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ng-reuse-")), "graph.json");
  writeFileSync(file, serializeGraph(graph(docs, new Set(), ranked)));
  return file;
}

/** graph.json of `g` written with the lines of `file` offered, and how many were copied. */
function rewrite(file: string, g: Graph, clean: (doc: string) => boolean) {
  const held = (k: string, x: unknown, y: unknown) => g.hasNode(k) && x === 1 && y === 2;
  const reuse = new PreviousLines(file, clean, held);
  const out = path.join(path.dirname(file), "next.json");
  writeChunksAtomic(out, graphJsonChunks(g, undefined, reuse));
  reuse.close();
  return { text: readFileSync(out, "utf8"), copied: reuse.copied };
}

const DOCS = ["a.txt", 'b "quoted" #1.txt', "c\u00e9.txt"];

describe("PreviousLines", () => {
  it.each([
    [
      "the same graph, every document clean: 3 statements and 6 edges copied",
      DOCS,
      DOCS,
      () => true,
      new Set<string>(),
      9,
    ],
    ["no document clean: nothing copied", DOCS, DOCS, () => false, new Set<string>(), 0],
    ["one clean document", DOCS, DOCS, (d: string) => d === "a.txt", new Set<string>(), 3],
    [
      "a new document first: the rest still copied, keys and all",
      DOCS,
      ["0.txt", ...DOCS],
      () => true,
      new Set<string>(),
      9,
    ],
    ["a removed document", DOCS, DOCS.slice(1), () => true, new Set<string>(), 6],
    ["a statement that moved is written afresh (its edges are copied)", DOCS, DOCS, () => true, new Set(["a.txt"]), 8],
  ])("%s", (_name, before, after, clean, moved, copied) => {
    const g = graph(after, moved);
    const r = rewrite(previous(before), g, clean);
    expect(r.text).toBe(serializeGraph(g));
    expect(r.copied).toBe(copied);
  });

  it("a file whose edges were keyed by rank (an older build) copies the statement nodes, never an edge", () => {
    const g = graph(DOCS);
    const r = rewrite(previous(DOCS, true), g, () => true);
    expect(r.text).toBe(serializeGraph(g));
    expect(r.copied).toBe(3);
  });

  it("a file of another form copies nothing and the output is still the writer's", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ng-reuse-")), "graph.json");
    writeFileSync(file, JSON.stringify(JSON.parse(serializeGraph(graph(DOCS))), null, 2));
    const g = graph(DOCS);
    const r = rewrite(file, g, () => true);
    expect(r.text).toBe(serializeGraph(g));
    expect(r.copied).toBe(0);
  });

  it("edges spooled while the layout runs are copied too, and the document is the same bytes", () => {
    const file = previous(DOCS);
    const g = graph(["0.txt", ...DOCS]) as unknown as NewsGraph;
    const reuse = new PreviousLines(
      file,
      () => true,
      (_k, x, y) => x === 1 && y === 2,
    );
    const early = new EarlyEdges(null, (m) => expect.fail(m));
    early.reuse = () => reuse;
    early.meanwhile(g);
    const out = path.join(path.dirname(file), "spooled.json");
    writeChunksAtomic(out, early.json(g));
    early.close();
    reuse.close();
    expect(readFileSync(out, "utf8")).toBe(serializeGraph(g));
    expect(reuse.copied).toBe(9);
  });
});

describe("PreviousLines: entity lines from the previous line with a new PageRank", () => {
  const metrics = { weightedDegree: 3, pagerank: 0.125, community: 2 };
  // a label that spells attribute names: inside a JSON string its quotes are escaped, so they are never matched
  const TRICKY = 'Vina "x":7,"pagerank":0.5 Tarrow';
  const entities = (a: Record<string, unknown> = {}, b: Record<string, unknown> = {}) => {
    const g = graph(DOCS);
    g.mergeNodeAttributes("person:kelmar-osk", { ...metrics, ...a });
    g.mergeNodeAttributes("person:vina-tarrow", { ...metrics, label: TRICKY, ...b });
    return g;
  };
  it.each([
    ["only PageRank moved: both lines from the template", { pagerank: 0.25 }, { pagerank: 0.0625 }, true, 2],
    ["nothing moved", {}, {}, true, 2],
    ["a size that changed is written afresh", { pagerank: 0.25, size: 5 }, { pagerank: 0.5 }, true, 1],
    ["a moved node is written afresh", { x: 0.5 }, { pagerank: 0.5 }, true, 1],
    ["another community is written afresh", { community: 3 }, {}, true, 1],
    ["a degree that changed is written afresh", { weightedDegree: 4 }, {}, true, 1],
    ["an entity a new document names is written afresh", { pagerank: 0.25 }, { pagerank: 0.5 }, false, 0],
  ])("%s", (_name, a, b, untouched, templated) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ng-reuse-")), "graph.json");
    writeFileSync(file, serializeGraph(entities()));
    const g = entities(a, b);
    const held = (k: string, x: unknown, y: unknown) => g.hasNode(k) && x === 1 && y === 2;
    const reuse = new PreviousLines(
      file,
      () => true,
      held,
      () => untouched,
    );
    const out = path.join(path.dirname(file), "next.json");
    writeChunksAtomic(out, graphJsonChunks(g, undefined, reuse));
    reuse.close();
    expect(readFileSync(out, "utf8")).toBe(serializeGraph(g));
    expect(reuse.templated).toBe(templated);
    // the one edge between the two entities is copied whenever an end is untouched
    expect(reuse.entityEdges).toBe(untouched ? 1 : 0);
  });

  it("an edge between entities whose occurrences changed cannot be copied unless an end is untouched", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ng-reuse-")), "graph.json");
    writeFileSync(file, serializeGraph(entities()));
    const g = entities();
    g.updateEdgeAttribute(
      edgeKey("person:kelmar-osk", "person:vina-tarrow", "co_occurs"),
      "weight",
      (w) => (w as number) + 1,
    );
    const reuse = new PreviousLines(
      file,
      () => true,
      () => true,
      () => false,
    );
    const out = path.join(path.dirname(file), "next.json");
    writeChunksAtomic(out, graphJsonChunks(g, undefined, reuse));
    reuse.close();
    expect(readFileSync(out, "utf8")).toBe(serializeGraph(g));
    expect(reuse.entityEdges).toBe(0);
  });

  it("an entity line without a PageRank (the graph had no metrics) is written afresh", () => {
    const file = previous(DOCS);
    const g = entities();
    const reuse = new PreviousLines(
      file,
      () => true,
      () => true,
      () => true,
    );
    const out = path.join(path.dirname(file), "next.json");
    writeChunksAtomic(out, graphJsonChunks(g, undefined, reuse));
    reuse.close();
    expect(readFileSync(out, "utf8")).toBe(serializeGraph(g));
    expect(reuse.templated).toBe(0);
  });
});
