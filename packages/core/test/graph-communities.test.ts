// Communities carried across an incremental build: old ids kept, new nodes join their neighbours, Louvain past 5 % new.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { CARRY_COMMUNITIES_UP_TO, carriesCommunities, carryCommunities } from "../src/graph/communities.ts";
import { assignMetrics } from "../src/graph/metrics.ts";

/** An undirected entity network from "a-b:w" pairs (invented keys). */
function net(nodes: string[], pairs: string[]): Graph {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const n of nodes) g.addNode(n);
  for (const p of pairs) {
    const [st, w] = p.split(":");
    const [s, t] = st!.split("-");
    g.addEdge(s, t, { weight: Number(w ?? 1) });
  }
  return g;
}

/** Forty old nodes in two communities (ids 0 and 1), every one joined to the next in its community. */
const OLD = Array.from({ length: 40 }, (_, i) => `old${String(i).padStart(2, "0")}`);
const OLD_PAIRS = OLD.flatMap((k, i) => (i === 0 || i === 20 ? [] : [`${OLD[i - 1]}-${k}:1`]));
const PREVIOUS = new Map(OLD.map((k, i) => [k, i < 20 ? 0 : 1]));

describe("carryCommunities", () => {
  it.each([
    ["a new node tied to community 1 more strongly", ["new"], ["new-old01:1", "new-old30:3"], { new: 1 }],
    ["a tie goes to the smaller id", ["new"], ["new-old01:2", "new-old30:2"], { new: 0 }],
    [
      "a chain of new nodes follows its placed end",
      ["new1", "new2"],
      ["new2-new1:1", "new1-old25:1"],
      { new1: 1, new2: 1 },
    ],
    ["a new node with no placed neighbour gets a fresh id", ["lone"], [], { lone: 2 }],
    ["two new nodes joined only to each other: a fresh id each", ["x", "y"], ["x-y:5"], { x: 2, y: 3 }],
  ])("%s", (_name, fresh, pairs, expected) => {
    const g = net([...OLD, ...fresh], [...OLD_PAIRS, ...pairs]);
    const c = carryCommunities(g, PREVIOUS)!;
    expect(c).toBeDefined();
    for (const k of OLD) expect(c.get(k), k).toBe(PREVIOUS.get(k)); // no old node moves
    expect(Object.fromEntries(fresh.map((k) => [k, c.get(k)]))).toEqual(expected);
  });

  it("past 5 % new nodes nothing is carried (Louvain runs afresh)", () => {
    expect(CARRY_COMMUNITIES_UP_TO).toBe(0.05);
    expect(carriesCommunities(2, 40)).toBe(true);
    expect(carriesCommunities(3, 40)).toBe(false);
    expect(carriesCommunities(0, 0)).toBe(false);
    const many = ["n1", "n2", "n3"];
    expect(carryCommunities(net([...OLD.slice(0, 37), ...many], []), PREVIOUS)).toBeUndefined();
  });

  it("assignMetrics keeps the previous ids where Louvain would renumber them", () => {
    const g = new Graph({ type: "directed", multi: true });
    for (const k of [...OLD, "new"]) g.addNode(k, { kind: "person", label: k, aliases: [] });
    let n = 0;
    for (const p of [...OLD_PAIRS, "new-old30:3"]) {
      const [st, w] = p.split(":");
      const [s, t] = st!.split("-");
      g.addEdgeWithKey(`e${n++}`, s!, t!, { kind: "co_occurs", weight: Number(w) });
    }
    // the previous ids swapped against Louvain's numbering by size: kept as they were
    const swapped = new Map([...PREVIOUS].map(([k, c]) => [k, 7 - c]));
    assignMetrics(g, { previous: swapped });
    expect(g.getNodeAttribute("old00", "community")).toBe(7);
    expect(g.getNodeAttribute("old39", "community")).toBe(6);
    expect(g.getNodeAttribute("new", "community")).toBe(6);
    assignMetrics(g);
    expect(g.getNodeAttribute("old00", "community")).not.toBe(7); // without previous ids: Louvain's
  });
});
