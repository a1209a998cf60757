// Keep the picture still across rebuilds: nodes already laid out keep their positions and stay put during layout.
import type { AbstractGraph } from "graphology-types";

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Move every node found in `previous` to its old position and mark it `fixed` (ForceAtlas2 leaves fixed nodes
 * where they are), so a layout after adding articles places only the new nodes. Returns how many were kept.
 * Call releasePositions after the layout: `fixed` is layout state, not graph data.
 */
export function holdPositions(graph: AbstractGraph, previous: Positions): number {
  let kept = 0;
  for (const [key, p] of previous) {
    if (!graph.hasNode(key) || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    graph.mergeNodeAttributes(key, { x: p.x, y: p.y, fixed: true });
    kept++;
  }
  return kept;
}

export function releasePositions(graph: AbstractGraph): void {
  graph.forEachNode((key, a) => {
    if ("fixed" in a) graph.removeNodeAttribute(key, "fixed");
  });
}
