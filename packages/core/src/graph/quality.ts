// Layout quality: mean edge length over mean distance between random node pairs (a uniform disc scores about 1).
import { distance } from "./layout.ts";
import { seededRandom } from "./metrics.ts";
import type { AbstractGraph, Attributes } from "graphology-types";
import { byEdge, corpusNodeAttributes, sortedCorpusNodes, type CorpusGraph, type SortedEdge } from "./corpus-graph.ts";

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
  return ratio(edgeSum, edges, nodes.length, (a, b) => distance(graph, nodes[a]!, nodes[b]!), opts);
}

/**
 * layoutQuality of a corpus graph (statements in their table), the same figure to the bit: edges summed in key
 * order (the order a single graph holds them in), pairs drawn from every node sorted by key.
 */
export function corpusLayoutQuality(c: CorpusGraph, opts: { pairs?: number; seed?: number } = {}): number | null {
  const { keys, attrs } = sortedCorpusNodes(c);
  if (keys.length < 2) return null;
  // a built graph's edges were inserted in their sorted order (build.ts), the order summed here
  let edgeSum = 0,
    edges = 0;
  forEachSortedEdgeEnds(c, (sa, ta) => {
    edgeSum += Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number));
    edges++;
  });
  const dist = (a: number, b: number) =>
    Math.hypot((attrs[a]!.x as number) - (attrs[b]!.x as number), (attrs[a]!.y as number) - (attrs[b]!.y as number));
  return ratio(edgeSum, edges, keys.length, dist, opts);
}

/**
 * The mean edge length over the mean distance of `pairs` seeded random pairs among `count` nodes sorted by key (a
 * pair of one node takes the next node instead), rounded to three places: both forms draw the same pairs.
 */
function ratio(
  edgeSum: number,
  edges: number,
  count: number,
  dist: (a: number, b: number) => number,
  opts: { pairs?: number; seed?: number },
): number | null {
  if (edges === 0) return null;
  const rnd = seededRandom(opts.seed ?? 7);
  const pairs = opts.pairs ?? 20000;
  let pairSum = 0;
  for (let i = 0; i < pairs; i++) {
    const a = Math.floor(rnd() * count);
    let b = Math.floor(rnd() * count);
    if (a === b) b = (a + 1) % count;
    pairSum += dist(a, b);
  }
  if (pairSum === 0) return null;
  return Math.round((edgeSum / edges / (pairSum / pairs)) * 1000) / 1000;
}

type Ends = SortedEdge & { sa: Attributes; ta: Attributes };

/**
 * Each edge's two ends' attributes, in sortedCorpusEdges's order (the quality score sums its lengths in that order).
 * The entity network gives an edge's ends with the edge and the table knows each edge's statement, so an edge costs
 * at most one lookup by key (the entity end of a statement's edge) instead of four.
 */
export function forEachSortedEdgeEnds(c: CorpusGraph, fn: (sa: Attributes, ta: Attributes) => void): void {
  const ents: Ends[] = [];
  c.graph.forEachEdge((key, attributes, source, target, sa, ta, undirected) =>
    ents.push({ key, source, target, undirected, attributes, sa, ta }),
  );
  ents.sort(byEdge);
  const { edges: own, edgeStatement, keys, attrs } = c.statements;
  const end = (k: string) => (c.graph.hasNode(k) ? c.graph.getNodeAttributes(k) : corpusNodeAttributes(c, k));
  let i = 0,
    j = 0;
  while (i < ents.length || j < own.length) {
    // byEdge reads only what a table edge has: compared as it is, without a copy
    const t = j < own.length ? (own[j]! as unknown as SortedEdge) : undefined;
    if (i < ents.length && (t === undefined || byEdge(ents[i]!, t) <= 0)) {
      const e = ents[i++]!;
      fn(e.sa, e.ta);
    } else {
      const s = edgeStatement[j++]!;
      if (keys[s] === t!.source) fn(attrs[s]!, end(t!.target));
      else if (keys[s] === t!.target) fn(end(t!.source), attrs[s]!);
      else fn(end(t!.source), end(t!.target));
    }
  }
}
