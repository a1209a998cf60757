// Keep the picture still across rebuilds: nodes already laid out keep the positions the previous graph gave them.
import type { AbstractGraph } from "graphology-types";

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Move every node found in `previous` to its old position; returns how many were moved. */
export function applyPositions(graph: AbstractGraph, previous: Positions): number {
  let kept = 0;
  for (const [key, p] of previous) {
    if (!graph.hasNode(key) || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
    kept++;
  }
  return kept;
}
