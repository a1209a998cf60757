// Layout quality: mean edge length over mean distance between random node pairs (a uniform disc scores about 1).
import { distance } from "./layout.ts";
import { seededRandom } from "./metrics.ts";
import type { AbstractGraph } from "graphology-types";
import { sortedCorpusNodes, type CorpusGraph } from "./corpus-graph.ts";
import { compareStrings } from "./attributes.ts";
import { MicroSum, forEachTableEdgeEnds, micro } from "./statement-totals.ts";

/**
 * Lower is better: edges much shorter than random pairs mean connected nodes sit together, which is what makes a
 * layout readable. Pairs are drawn with a seeded generator (`pairs` of them), so the figure is reproducible. Each
 * edge's length is rounded to millionths and the lengths are summed as integers, so the sum does not depend on the
 * order of the edges (a rebuild adds the lengths of the statements it carries as the previous build summed them).
 * Null when the graph has no edge or fewer than two nodes.
 */
export function layoutQuality(
  graph: AbstractGraph,
  opts: { pairs?: number; seed?: number; edgeFilter?: (kind: string) => boolean } = {},
): number | null {
  const nodes = graph.nodes().sort();
  if (nodes.length < 2) return null;
  const sum = new MicroSum();
  let edges = 0;
  // the ends' attributes come with each edge: no lookup by key (a corpus graph has hundreds of thousands of edges)
  graph.forEachEdge((_e, a, _s, _t, sa, ta) => {
    if (opts.edgeFilter && !opts.edgeFilter(String(a.kind))) return;
    sum.add(micro(sa, ta));
    edges++;
  });
  return ratio(sum.total, edges, nodes.length, (a, b) => distance(graph, nodes[a]!, nodes[b]!), opts);
}

/**
 * layoutQuality of a corpus graph (statements in their table), the same figure: the same integer sum of every edge's
 * length, pairs drawn from every node sorted by key, the dropped statements (StatementTable.dropped) included.
 */
export function corpusLayoutQuality(c: CorpusGraph, opts: { pairs?: number; seed?: number } = {}): number | null {
  const { count, x, y } = sortedPlaces(c);
  if (count < 2) return null;
  const sum = new MicroSum();
  const dropped = c.statements.dropped;
  let edges = dropped?.edges ?? 0;
  c.graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    sum.add(micro(sa, ta));
    edges++;
  });
  forEachTableEdgeEnds(c, (sa, ta) => {
    sum.add(micro(sa, ta));
    edges++;
  });
  const dist = (a: number, b: number) => Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!);
  return ratio(sum.total + (dropped?.length ?? 0n), edges, count, dist, opts);
}

/** Every node's place in key order: the graph's nodes merged with the dropped statements (already sorted). */
function sortedPlaces(c: CorpusGraph): { count: number; x: Float64Array; y: Float64Array } {
  const { keys, attrs } = sortedCorpusNodes(c);
  const d = c.statements.dropped;
  const count = keys.length + (d?.keys.length ?? 0);
  const x = new Float64Array(count),
    y = new Float64Array(count);
  let i = 0,
    j = 0;
  for (let n = 0; n < count; n++) {
    if (d && j < d.keys.length && (i >= keys.length || compareStrings(d.keys[j]!, keys[i]!) < 0)) {
      x[n] = d.x[j]!;
      y[n] = d.y[j++]!;
    } else {
      x[n] = attrs[i]!.x as number;
      y[n] = attrs[i++]!.y as number;
    }
  }
  return { count, x, y };
}

/**
 * The mean edge length over the mean distance of `pairs` seeded random pairs among `count` nodes sorted by key (a
 * pair of one node takes the next node instead), rounded to three places: both forms draw the same pairs.
 */
function ratio(
  edgeMicros: bigint,
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
  return Math.round((Number(edgeMicros) / 1e6 / edges / (pairSum / pairs)) * 1000) / 1000;
}
