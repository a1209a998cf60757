// Is a file's layout a real one? Seeded start positions (core's spiral, random) put edges as far apart as any two nodes.
import type { ViewerGraph } from "./types.ts";

const SAMPLE = 2000;

/**
 * Ratio of the mean edge length to the mean distance between unrelated node pairs (sampled deterministically).
 * A force layout pulls neighbours together (ratio well below 1); seeded or random positions give about 1.
 */
export function edgeLengthRatio(graph: ViewerGraph): number {
  if (graph.size === 0 || graph.order < 3) return 0;
  const nodes = graph.nodes();
  const pos = (k: string) => graph.getNodeAttributes(k);
  const dist = (a: string, b: string) => {
    const p = pos(a);
    const q = pos(b);
    return Math.hypot(p.x - q.x, p.y - q.y);
  };
  const edges = graph.edges();
  const eStep = Math.max(1, Math.floor(edges.length / SAMPLE));
  let eSum = 0;
  let eN = 0;
  for (let i = 0; i < edges.length; i += eStep) {
    const [s, t] = graph.extremities(edges[i]!);
    eSum += dist(s, t);
    eN++;
  }
  let pSum = 0;
  let pN = 0;
  const n = nodes.length;
  for (let i = 0; i < Math.min(SAMPLE, n); i++) {
    const a = (i * 7919) % n;
    const b = (i * 104_729 + 1) % n;
    if (a === b) continue;
    pSum += dist(nodes[a]!, nodes[b]!);
    pN++;
  }
  if (pN === 0 || pSum === 0) return 0;
  return eSum / eN / (pSum / pN);
}

export function looksLaidOut(graph: ViewerGraph): boolean {
  return edgeLengthRatio(graph) < 0.6;
}
