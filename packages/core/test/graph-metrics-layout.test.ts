// Entity network metrics (weighted degree, PageRank, Louvain) and the default layout: deterministic and readable.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { assignMetrics, entityNetwork, seededRandom } from "../src/graph/metrics.ts";
import { iterationsFor, layoutGraph, usablePrevious } from "../src/graph/layout.ts";
import { layoutQuality } from "../src/graph/quality.ts";
import { seedPositions } from "../src/graph/layout.ts";
import { serializeGraph } from "../src/graph/serialize.ts";

const occ = (w: number) => Array.from({ length: w }, (_, i) => ({ document: "d", start: i, end: i + 1 }));

/** Two invented circles of people (a*, b*) joined by one weak edge, plus statements and one isolated place. */
function twoCircles(): Graph {
  const g = new Graph({ type: "directed", multi: true });
  const people = ["a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"];
  for (const p of people) g.addNode(`person:${p}`, { kind: "person", label: p, aliases: [] });
  g.addNode("location:nowhere", { kind: "location", label: "Nowhere", aliases: [] });
  let n = 0;
  const add = (s: string, t: string, kind: string, w: number) =>
    g.addEdgeWithKey(`e${n++}`, `person:${s}`, `person:${t}`, {
      kind,
      weight: w,
      document: "d",
      start: 0,
      end: 1,
      occurrences: occ(w),
    });
  for (const c of ["a", "b"])
    for (let i = 1; i <= 4; i++) for (let j = i + 1; j <= 4; j++) add(`${c}${i}`, `${c}${j}`, "co_occurs", 3);
  add("a1", "b1", "speaks_about", 1);
  for (let i = 0; i < 6; i++) {
    const s = `statement:d#s${i}`;
    g.addNode(s, { kind: "statement", label: "…", aliases: [] });
    g.addEdgeWithKey(`e${n++}`, i < 3 ? "person:a2" : "person:b3", s, {
      kind: "said",
      weight: 1,
      document: "d",
      start: 0,
      end: 1,
    });
  }
  seedPositions(g);
  return g;
}

describe("assignMetrics", () => {
  it("builds the entity network from entity-to-entity kinds only, weights summed per pair", () => {
    const net = entityNetwork(twoCircles());
    expect(net.order).toBe(9);
    expect(net.size).toBe(13);
    expect(net.getEdgeAttribute("person:a1", "person:b1", "weight")).toBe(1);
  });

  it("sets weighted degree, PageRank and one community per circle; the isolated place is its own", () => {
    const g = twoCircles();
    assignMetrics(g);
    expect(g.getNodeAttribute("person:a1", "weightedDegree")).toBe(10);
    expect(g.getNodeAttribute("location:nowhere", "weightedDegree")).toBe(0);
    const pr = g.getNodeAttribute("person:a1", "pagerank") as number;
    expect(pr).toBeGreaterThan(g.getNodeAttribute("location:nowhere", "pagerank") as number);
    const c = (k: string) => g.getNodeAttribute(`person:${k}`, "community");
    expect(new Set(["a1", "a2", "a3", "a4"].map(c)).size).toBe(1);
    expect(new Set(["b1", "b2", "b3", "b4"].map(c)).size).toBe(1);
    expect(c("a1")).not.toBe(c("b1"));
    expect(g.getNodeAttribute("location:nowhere", "community")).toBe(2); // the largest communities come first
    expect(g.getNodeAttribute("statement:d#s0", "community")).toBeUndefined();
  });

  it("is deterministic for a seed", () => {
    const a = twoCircles(),
      b = twoCircles();
    assignMetrics(a, { seed: 7 });
    assignMetrics(b, { seed: 7 });
    expect(serializeGraph(b)).toBe(serializeGraph(a));
    expect([seededRandom(1)(), seededRandom(1)()]).toEqual([seededRandom(1)(), seededRandom(1)()]);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});

describe("layoutGraph", () => {
  it("is deterministic, reports its iterations and puts connected nodes together (quality well under a random disc)", () => {
    const a = twoCircles(),
      b = twoCircles();
    const before = layoutQuality(a)!;
    const r = layoutGraph(a, { iterations: 200 });
    layoutGraph(b, { iterations: 200 });
    expect(r).toEqual({ algorithm: "forceatlas2", iterations: 200 });
    expect(serializeGraph(b)).toBe(serializeGraph(a));
    const after = layoutQuality(a)!;
    expect(after).toBeLessThan(0.5);
    expect(after).toBeLessThan(before);
  });

  it("places each statement near its speaker, nearer than the speaker's nearest other entity", () => {
    const g = twoCircles();
    layoutGraph(g, { iterations: 200 });
    const pos = (k: string) => g.getNodeAttributes(k) as { x: number; y: number };
    const d = (p: string, q: string) => Math.hypot(pos(p).x - pos(q).x, pos(p).y - pos(q).y);
    const nearestPeer = Math.min(...["a1", "a3", "a4"].map((p) => d("person:a2", `person:${p}`)));
    for (let i = 0; i < 3; i++) expect(d(`statement:d#s${i}`, "person:a2")).toBeLessThan(nearestPeer);
  });

  it("turns a time budget into iterations from the network's size alone", () => {
    expect(iterationsFor(0, 0, 5)).toBe(0);
    expect(iterationsFor(50, 100, 5)).toBe(1000); // capped
    expect(iterationsFor(6000, 12000, 5)).toBeLessThan(iterationsFor(6000, 12000, 10));
    expect(iterationsFor(1e6, 1e6, 1)).toBe(30);
  });

  it("the quality figure is about 1 for a seeded disc and null without edges", () => {
    const g = twoCircles();
    expect(layoutQuality(g)!).toBeGreaterThan(0.5);
    expect(layoutQuality(new Graph())).toBeNull();
  });
});

describe("kept positions", () => {
  const positionsOf = (g: Graph) => new Map(g.mapNodes((k, a) => [k, { x: a.x as number, y: a.y as number }]));

  it("are kept only when the previous graph covers at least half of the new one", () => {
    const g = twoCircles(); // 15 nodes
    const some = (n: number) =>
      new Map(
        g
          .nodes()
          .slice(0, n)
          .map((k) => [k, { x: 1, y: 2 }]),
      );
    expect(usablePrevious(g, some(8)).size).toBe(8);
    expect(usablePrevious(g, some(7)).size).toBe(0);
    const other = new Map([...some(15)].map(([k, p]) => [`other:${k}`, p]));
    expect(usablePrevious(g, other).size).toBe(0); // a graph of other inputs: lay out afresh
  });

  it("a rebuild with every node kept moves nothing; a new node moves and lands near its kept neighbours", () => {
    const first = twoCircles();
    const laid = layoutGraph(first, { seconds: 0.01 });
    const before = positionsOf(first);
    const again = twoCircles();
    // the same budget gives the same iterations although the isolated place is now held: the same bytes
    expect(layoutGraph(again, { seconds: 0.01, previous: before })).toEqual(laid);
    expect(positionsOf(again)).toEqual(before);
    const grown = twoCircles();
    grown.addNode("person:a5", { kind: "person", label: "a5", aliases: [] });
    for (const t of ["a1", "a2"])
      grown.addEdgeWithKey(`new-${t}`, "person:a5", `person:${t}`, {
        kind: "co_occurs",
        weight: 3,
        document: "d2",
        start: 0,
        end: 1,
        occurrences: occ(3),
      });
    layoutGraph(grown, { iterations: 50, previous: before });
    const after = positionsOf(grown);
    for (const [k, p] of before) if (!k.startsWith("statement:")) expect(after.get(k), k).toEqual(p);
    const at = (k: string) => after.get(k) ?? { x: NaN, y: NaN };
    const d = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(d("person:a5", "person:a1")).toBeLessThan(d("person:a5", "person:b4"));
  });

  it.each([
    ["a2's, beside two kept statements of a2", "statement:d#s1"],
    ["b3's, beside two kept statements of b3", "statement:d#s4"],
  ])(
    "a statement without a kept place (%s) lands where a first layout put it: its ring counts every statement of its anchor",
    (_name, fresh) => {
      const first = twoCircles();
      layoutGraph(first, { seconds: 0.01 });
      const before = positionsOf(first);
      before.delete(fresh);
      const again = twoCircles();
      layoutGraph(again, { seconds: 0.01, previous: before });
      expect(again.getNodeAttributes(fresh)).toMatchObject({
        x: first.getNodeAttribute(fresh, "x"),
        y: first.getNodeAttribute(fresh, "y"),
      });
      // a ring that counted only the new statement would be smaller: the place would differ
      expect(again.getNodeAttribute(fresh, "x")).not.toBe(seededX(fresh));
    },
  );
});

/** where seedPositions puts a node of twoCircles (to show the statement was placed, not left seeded) */
function seededX(key: string): number {
  const g = twoCircles();
  return g.getNodeAttribute(key, "x") as number;
}
