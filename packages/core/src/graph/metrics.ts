// Stage `metrics`: weighted degree, PageRank and a seeded Louvain community for every entity, on the entity network.
import type Graph from "graphology";
import type { AbstractGraph } from "graphology-types";
import louvain from "graphology-communities-louvain";
import { compareStrings } from "./attributes.ts";
import { rng } from "../util/rng.ts";
import { carryCommunities } from "./communities.ts";
import { networkRanks } from "./pagerank.ts";
import { EntityNet } from "./entity-net.ts";

/** Edge kinds between two entities: the network that stays when statement nodes are hidden. */
export const ENTITY_EDGE_KINDS: ReadonlySet<string> = new Set([
  "speaks_about",
  "affiliated_with",
  "based_in",
  "part_of",
  "located_in",
  "co_occurs",
]);

export const DEFAULT_SEED = 42;

const isEntity = (a: Record<string, unknown>) => a.kind !== "statement";

/**
 * The entity network as a simple undirected graph: entity nodes in key order, one edge per pair with the summed
 * weights of every entity-network edge between them (any kind, either direction). Insertion order is fixed, so
 * Louvain and ForceAtlas2 see the same graph on every run. The corpus stages use its array form (entityNet).
 */
export function entityNetwork(g: AbstractGraph): Graph {
  return entityNet(g).toGraph();
}

/** entityNetwork as flat arrays (entity-net.ts): the same nodes, pairs, sums and orders. */
export function entityNet(g: AbstractGraph): EntityNet {
  const keys = g.filterNodes((_k, a) => isEntity(a)).sort(compareStrings);
  const rank = new Map<string, number>();
  for (const k of keys) rank.set(k, rank.size);
  // each edge as its ends' ranks, the smaller first (u * n + v: ranks follow compareStrings, so sorting these numbers
  // sorts the pairs as their keys would), then an order of the edges by pair, ties kept in gathering order
  const n = keys.length;
  const pairs: number[] = [],
    weights: number[] = [];
  g.forEachEdge((_e, a, s, t, sa, ta) => {
    if (!ENTITY_EDGE_KINDS.has(a.kind as string) || !isEntity(sa) || !isEntity(ta)) return;
    const u = rank.get(s)!,
      v = rank.get(t)!;
    pairs.push(u < v ? u * n + v : v * n + u);
    weights.push(typeof a.weight === "number" ? a.weight : 1);
  });
  const order = new Uint32Array(pairs.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => pairs[a]! - pairs[b]! || a - b);
  // the edges of one pair are next to each other now: summed in the same order as before, then kept once
  const eu = new Uint32Array(order.length),
    ev = new Uint32Array(order.length),
    ew = new Float64Array(order.length);
  let m = 0;
  for (let i = 0; i < order.length;) {
    const pair = pairs[order[i]!]!;
    let w = weights[order[i]!]!;
    for (i++; i < order.length && pairs[order[i]!] === pair; i++) w += weights[order[i]!]!;
    const u = Math.floor(pair / n);
    eu[m] = u;
    ev[m] = pair - u * n;
    ew[m++] = w;
  }
  return new EntityNet(keys, eu.slice(0, m), ev.slice(0, m), ew.slice(0, m));
}

/** Louvain's random choices become a function of the seed (the project's one seeded PRNG). */
export const seededRandom = rng;

/** Six significant digits: enough to rank, and no last-bit float noise in the output bytes. */
const sig = (x: number) => Number(x.toPrecision(6));

/**
 * Set `weightedDegree`, `pagerank` and `community` on every entity node. Communities are renumbered by size (0 is
 * the largest, ties by smallest member key), so the numbers mean something and do not depend on Louvain's labels.
 * With `previous` (an incremental build) they are carried instead when few nodes are new (see communities.ts).
 * `net`: the graph's entity network, when the caller has built it already.
 */
export function assignMetrics(g: AbstractGraph, opts: MetricsOptions = {}, net: EntityNet = entityNet(g)): EntityNet {
  if (net.order === 0) return net;
  if (net.order !== net.keys.length)
    throw new Error("newsgraph/metrics: the entity network lost nodes to the layout; run the metrics before it");
  // weights are occurrence counts (integers), so the degrees are the same sums whatever the order
  const { pagerank, degree } = networkRanks(net);
  const carried = opts.previous && carryCommunities(net, opts.previous);
  const community = carried ?? louvainCommunities(net, opts.seed);
  for (let i = 0; i < net.keys.length; i++) {
    const k = net.keys[i]!;
    // set in place: a merge per entity node copies an object and emits an event nobody listens to
    const a = g.getNodeAttributes(k);
    a.weightedDegree = degree[i]!;
    a.pagerank = sig(pagerank[i]!);
    a.community = community.get(k)!;
  }
  return net;
}

export interface MetricsOptions {
  seed?: number;
  /** communities of the previous build by node key (an incremental build): kept when few nodes are new */
  previous?: ReadonlyMap<string, number>;
}

/** Louvain, with communities renumbered by size (0 the largest, ties by smallest member key). */
function louvainCommunities(network: EntityNet, seed: number | undefined): Map<string, number> {
  const net = network.toGraph();
  const raw = net.size > 0 ? louvain(net, { getEdgeWeight: "weight", rng: seededRandom(seed ?? DEFAULT_SEED) }) : {};
  const members = new Map<number, string[]>();
  net.forEachNode((k) => {
    const c = raw[k] ?? -1;
    (members.get(c) ?? members.set(c, []).get(c)!).push(k);
  });
  // members were pushed in key order, so l[0] is each community's smallest key
  const groups = [...members.values()];
  groups.sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const community = new Map<string, number>();
  groups.forEach((l, i) => l.forEach((k) => community.set(k, i)));
  return community;
}
