// Positions: seeded deterministic starting positions, optional synchronous ForceAtlas2, rounding for stable bytes.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";
import { round, seededPosition } from "./style.ts";

/** Give every node without a finite position its seeded one (from its key; never all zero). */
export function seedPositions(graph: AbstractGraph): void {
  const spread = Math.max(100, 10 * Math.sqrt(graph.order));
  graph.forEachNode((key, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) return;
    const p = seededPosition(key, spread);
    graph.mergeNodeAttributes(key, p);
  });
}

/**
 * Run ForceAtlas2 synchronously for `iterations` rounds with settings inferred from the graph's size
 * (Barnes-Hut above ~1,000 nodes), then round positions so output bytes do not hinge on float noise.
 */
export function runLayout(graph: AbstractGraph, iterations: number): void {
  if (iterations <= 0 || graph.order === 0) return;
  seedPositions(graph);
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: null });
  graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: round(a.x), y: round(a.y) }), { attributes: ["x", "y"] });
}
