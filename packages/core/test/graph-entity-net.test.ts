// The entity network's array form: the same nodes, pairs, sums and orders as its graphology form, and the layout's drops.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { EntityNet } from "../src/graph/entity-net.ts";
import { entityNet, entityNetwork } from "../src/graph/metrics.ts";
import { carryCommunities } from "../src/graph/communities.ts";
import { networkRanks } from "../src/graph/pagerank.ts";

/** A small corpus entity graph: names invented, keys given out of order, a statement and a kind outside the network. */
function corpus(): Graph {
  const g = new Graph({ type: "directed", multi: true });
  for (const k of ["person:zed", "org:acme", "location:yonder", "person:ada", "org:lonely", "statement:d1#0"])
    g.addNode(k, { kind: k.split(":")[0] });
  g.addEdge("person:zed", "org:acme", { kind: "affiliated_with", weight: 2 });
  g.addEdge("org:acme", "person:zed", { kind: "co_occurs", weight: 3 });
  g.addEdge("org:acme", "location:yonder", { kind: "based_in", weight: 1 });
  g.addEdge("person:ada", "person:zed", { kind: "speaks_about", weight: 4 });
  g.addEdge("statement:d1#0", "person:zed", { kind: "said", weight: 1 });
  g.addEdge("person:zed", "location:yonder", { kind: "mentions_nothing", weight: 9 });
  return g;
}

describe("EntityNet", () => {
  it("holds entityNetwork's nodes in key order and its pairs in pair order, weights summed", () => {
    const net = entityNet(corpus());
    expect(net.keys).toEqual(["location:yonder", "org:acme", "org:lonely", "person:ada", "person:zed"]);
    const pairs = Array.from(net.eu, (u, e) => `${net.keys[u]}|${net.keys[net.ev[e]!]}|${net.ew[e]}`);
    expect(pairs).toEqual(["location:yonder|org:acme|1", "org:acme|person:zed|5", "person:ada|person:zed|4"]);
    expect(Array.from(net.weighted)).toEqual([1, 6, 0, 4, 9]);
    // the graphology form, made from the arrays, in the same order
    const g = entityNetwork(corpus());
    expect(g.nodes()).toEqual(net.keys);
    expect(g.mapEdges((_e, a, s, t) => `${s}|${t}|${a.weight}`)).toEqual(pairs);
  });

  it("lists each node's neighbours in edge order, as graphology iterates them", () => {
    const net = entityNet(corpus());
    const g = net.toGraph();
    net.keys.forEach((k, i) => {
      const mine = Array.from(net.nbr.subarray(net.starts[i], net.starts[i + 1]), (j) => net.keys[j]);
      expect(mine).toEqual(g.neighbors(k));
      expect(net.degree(i)).toBe(g.degree(k));
    });
  });

  it("reads a graphology network in its own order, and non-number weights as 1", () => {
    const g = new Graph({ type: "undirected" });
    g.addNode("b");
    g.addNode("a");
    g.addEdge("b", "a", { weight: "heavy" });
    const net = EntityNet.fromGraph(g);
    expect(net.keys).toEqual(["b", "a"]);
    expect(Array.from(net.ew)).toEqual([1]);
    expect(Array.from(networkRanks(net).pagerank)).toEqual(Array.from(networkRanks(g).pagerank));
  });

  it("drops isolated nodes only, from a copy without touching the original", () => {
    const net = entityNet(corpus());
    const copy = net.copy();
    copy.drop(2); // org:lonely, no edges
    expect(copy.order).toBe(4);
    expect(net.order).toBe(5);
    expect(copy.toGraph().nodes()).not.toContain("org:lonely");
    expect(net.toGraph().nodes()).toContain("org:lonely");
    expect(() => copy.drop(1)).toThrow(/has edges/);
    copy.x[0] = 7;
    expect(net.x[0]).toBe(0);
  });

  it("carries communities the same from either form: a new node joins its heaviest placed neighbours", () => {
    const g = new Graph({ type: "directed", multi: true });
    const name = (i: number) => `person:p${String(i).padStart(2, "0")}`;
    for (let i = 0; i < 40; i++) g.addNode(name(i), { kind: "person" });
    for (let i = 0; i < 39; i++) g.addEdge(name(i), name(i + 1), { kind: "co_occurs", weight: 1 });
    g.addNode("person:zz-new", { kind: "person" });
    g.addEdge("person:zz-new", name(5), { kind: "speaks_about", weight: 2 });
    g.addEdge("person:zz-new", name(6), { kind: "co_occurs", weight: 2 });
    g.addEdge("person:zz-new", name(30), { kind: "co_occurs", weight: 3 });
    const previous = new Map(Array.from({ length: 40 }, (_x, i) => [name(i), i < 20 ? 0 : 1] as const));
    const net = entityNet(g);
    const carried = carryCommunities(net, previous)!;
    expect(carried.get("person:zz-new")).toBe(0);
    expect(carried).toEqual(carryCommunities(net.toGraph(), previous));
  });
});
