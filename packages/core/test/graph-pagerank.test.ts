// networkRanks against graphology-metrics' PageRank: the same floats, bit for bit, on invented networks.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { networkRanks } from "../src/graph/pagerank.ts";
import { entityNetwork } from "../src/graph/metrics.ts";
import { rng } from "../src/util/rng.ts";

/** An undirected network of `n` nodes (keys in insertion order, not sorted) with `m` random weighted pairs. */
function randomNet(seed: number, n: number, m: number, weight: () => unknown): Graph {
  const r = rng(seed);
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) g.addNode(`ent${Math.floor(r() * 1e6)}-${i}`);
  const keys = g.nodes();
  for (let k = 0; k < m; k++) {
    const s = keys[Math.floor(r() * n)]!,
      t = keys[Math.floor(r() * n)]!;
    if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t, { weight: weight() });
  }
  return g;
}

/** graphology-metrics' scores and a degree summed edge by edge, in node order. */
function reference(g: Graph): { pagerank: number[]; degree: number[] } {
  const pr = pagerank(g, { getEdgeWeight: "weight", maxIterations: 200, tolerance: 1e-10 });
  return {
    pagerank: g.nodes().map((k) => pr[k]!),
    degree: g.nodes().map((k) => g.reduceEdges(k, (s, _e, a) => s + (a.weight as number), 0)),
  };
}

describe("networkRanks", () => {
  it.each([
    ["a sparse network with isolated nodes (dangling)", 1, 400, 300, 5],
    ["a dense network", 2, 120, 3000, 20],
    ["weight one everywhere", 3, 300, 900, 1],
    ["heavy weights", 4, 200, 800, 5000],
  ])("%s: the same floats as graphology-metrics", (_name, seed, n, m, top) => {
    const r = rng(seed * 7);
    const g = randomNet(seed, n, m, () => 1 + Math.floor(r() * top));
    const got = networkRanks(g),
      want = reference(g);
    expect(Array.from(got.pagerank)).toEqual(want.pagerank);
    expect(Array.from(got.degree)).toEqual(want.degree);
    // toEqual compares with Object.is: no last-bit difference passes
    expect(got.pagerank.some((x, i) => x !== want.pagerank[i])).toBe(false);
  });

  it("a weight that is not a number counts as 1, as in graphology-metrics", () => {
    const g = randomNet(5, 50, 120, () => "heavy");
    expect(Array.from(networkRanks(g).pagerank)).toEqual(reference(g).pagerank);
  });

  it("a network without edges: every node the same score, no degree", () => {
    const g = randomNet(6, 4, 0, () => 1);
    const got = networkRanks(g);
    expect(Array.from(got.pagerank)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(got.degree)).toEqual([0, 0, 0, 0]);
  });
});

describe("entityNetwork", () => {
  it("sums every entity edge of a pair, either direction, and leaves out statements and other kinds", () => {
    const g = new Graph({ type: "directed", multi: true });
    for (const k of ["person:zed", "org:acme", "location:yonder", "statement:d1#0"])
      g.addNode(k, { kind: k.split(":")[0] });
    g.addEdge("person:zed", "org:acme", { kind: "affiliated_with", weight: 2 });
    g.addEdge("org:acme", "person:zed", { kind: "co_occurs", weight: 3 });
    g.addEdge("org:acme", "location:yonder", { kind: "based_in", weight: 1 });
    g.addEdge("statement:d1#0", "person:zed", { kind: "said", weight: 1 });
    g.addEdge("person:zed", "location:yonder", { kind: "mentions_nothing", weight: 9 });
    const net = entityNetwork(g);
    expect(net.nodes()).toEqual(["location:yonder", "org:acme", "person:zed"]);
    expect(net.mapEdges((_e, a, s, t) => `${s}|${t}|${a.weight}`)).toEqual([
      "location:yonder|org:acme|1",
      "org:acme|person:zed|5",
    ]);
  });
});
