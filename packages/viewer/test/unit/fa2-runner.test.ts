// The FA2 runner's main-thread helpers: matrices as the library builds them, and settings iterate() can run with.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { describe, expect, it } from "vitest";
import { applyIntervalMs, graphToMatrices, workerSettings } from "../../src/layout/fa2-runner.ts";
import type { ViewerGraph } from "../../src/model/types.ts";

/** A ring with chords, big enough that inferSettings turns Barnes-Hut on. */
function ring(n: number): ViewerGraph {
  const g = new Graph({ multi: true }) as unknown as ViewerGraph;
  for (let i = 0; i < n; i++)
    g.addNode(`n${i}`, { kind: "person", label: `n${i}`, aliases: [], x: Math.cos(i), y: Math.sin(i * 1.7) });
  for (let i = 0; i < n; i++) {
    g.addEdge(`n${i}`, `n${(i + 1) % n}`, { kind: "mentions" });
    g.addEdge(`n${i}`, `n${(i * 7) % n}`, { kind: "mentions", weight: 2 });
  }
  return g;
}

describe("FA2 runner", () => {
  it("builds the library's matrices: positions, mass = 1 + weighted degree, edges as node offsets with weights", () => {
    const g = ring(5);
    const { nodes, edges } = graphToMatrices(g);
    expect(nodes.length).toBe(50);
    expect(edges.length).toBe(30);
    expect([nodes[0], nodes[1]]).toEqual([Math.fround(1), 0]);
    // n0: ring edges to n1 and from n4 (1 each), chord to itself (2, counted at both ends), none other
    expect(nodes[6]).toBe(1 + 1 + 1 + 2 + 2);
    expect([...edges.slice(0, 3)]).toEqual([0, 10, 1]);
    expect([...edges.slice(3, 6)]).toEqual([0, 0, 2]);
  });

  it("settings from inferSettings, completed with the defaults, keep Barnes-Hut positions finite", () => {
    const g = ring(2500);
    const inferred = forceAtlas2.inferSettings(g);
    expect(inferred.barnesHutOptimize).toBe(true);
    const { nodes, edges } = graphToMatrices(g);
    for (let i = 0; i < 3; i++) iterate(workerSettings(inferred), nodes, edges);
    expect(nodes.every(Number.isFinite)).toBe(true);
    expect(nodes[0]).not.toBe(Math.fround(1));
  });

  it("without the defaults the same step yields NaN (why workerSettings exists)", () => {
    const g = ring(2500);
    const { nodes, edges } = graphToMatrices(g);
    iterate(forceAtlas2.inferSettings(g), nodes, edges);
    expect(Number.isNaN(nodes[0])).toBe(true);
  });

  it("bigger graphs take fresh positions less often, capped at once a second", () => {
    expect(applyIntervalMs(1_000)).toBeLessThan(applyIntervalMs(10_000));
    expect(applyIntervalMs(50_000)).toBe(1000);
    expect(applyIntervalMs(1_000_000)).toBe(1000);
  });
});
