// Layout quality: mean edge length over mean distance between random node pairs (a uniform disc scores about 1).
import type { AbstractGraph } from "graphology-types";
import { distance } from "./layout.ts";
import { seededRandom } from "./metrics.ts";

/**
 * Lower is better: edges much shorter than random pairs mean connected nodes sit together, which is what makes a
 * layout readable. Pairs are drawn with a seeded generator (`pairs` of them), so the figure is reproducible.
 * Null when the graph has no edge or fewer than two nodes.
 */
export function layoutQuality(
  graph: AbstractGraph,
  opts: { pairs?: number; seed?: number; edgeFilter?: (kind: string) => boolean } = {},
): number | null {
  const nodes = graph.nodes().sort();
  if (nodes.length < 2) return null;
  let edgeSum = 0,
    edges = 0;
  // the ends' attributes come with each edge: no lookup by key (a corpus graph has hundreds of thousands of edges)
  graph.forEachEdge((_e, a, _s, _t, sa, ta) => {
    if (opts.edgeFilter && !opts.edgeFilter(String(a.kind))) return;
    edgeSum += Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number));
    edges++;
  });
  if (edges === 0) return null;
  const rnd = seededRandom(opts.seed ?? 7);
  const pairs = opts.pairs ?? 20000;
  let pairSum = 0;
  for (let i = 0; i < pairs; i++) {
    const a = nodes[Math.floor(rnd() * nodes.length)]!;
    let b = nodes[Math.floor(rnd() * nodes.length)]!;
    if (a === b) b = nodes[(nodes.indexOf(a) + 1) % nodes.length]!;
    pairSum += distance(graph, a, b);
  }
  if (pairSum === 0) return null;
  return Math.round((edgeSum / edges / (pairSum / pairs)) * 1000) / 1000;
}
