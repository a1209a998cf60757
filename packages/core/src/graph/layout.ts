// Positions: seeded starting positions, ForceAtlas2 on the entity network within a budget, statements beside speakers.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { AbstractGraph, Attributes } from "graphology-types";
import type Graph from "graphology";
import { forEachNodeOf, isCorpusGraph, orderOf, splitGraph, type CorpusGraph } from "./corpus-graph.ts";
import { hashString, round, seededPosition } from "./style.ts";
import { entityNet } from "./metrics.ts";
import type { EntityNet } from "./entity-net.ts";
import { movingPart, startFor } from "./moving-part.ts";
import { placeStatements } from "./place-statements.ts";
import { applyPositions, sharedNodes, type Positions } from "./keep-positions.ts";

/** a node of the working network once ForceAtlas2 has placed it */
type XY = { x: number; y: number };

/** Give every node without a finite position its seeded one (from its key; never all zero). */
export function seedPositions(target: AbstractGraph | CorpusGraph): void {
  const spread = Math.max(100, 10 * Math.sqrt(orderOf(target)));
  // set in place, as finishNodes does: a merge per node looks each one up again
  const seed = (key: string, a: Attributes) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) return;
    const p = seededPosition(key, spread);
    a.x = p.x;
    a.y = p.y;
  };
  forEachNodeOf(target, seed);
}

export const DEFAULT_LAYOUT_SECONDS = 5;
/** Above this many connected entities ForceAtlas2 approximates repulsion with Barnes-Hut (O(n log n) instead of O(n²)). */
const BARNES_HUT_FROM = 1000;
/** Coarser Barnes-Hut than FA2's 0.5: about twice as fast on BBC for the same layout quality (0.255 vs 0.206 at 60 vs 100 iterations). */
const BARNES_HUT_THETA = 1.2;
/**
 * The cost model that turns a time budget into iterations: "visits" (n·log₂n Barnes-Hut cells, or n² pairs, plus
 * edges) one core does per second, measured on BBC under load. Iterations, not the clock, drive the layout, so the
 * same graph gives the same bytes on any machine and under any load; a slower machine just takes longer.
 */
const VISITS_PER_SECOND = 2e6;
const MIN_ITERATIONS = 30;
const MAX_ITERATIONS = 1000;

export interface LayoutOptions {
  /** exact iteration count; overrides `seconds` */
  iterations?: number;
  /** budget in nominal seconds, turned into iterations by the cost model above; default DEFAULT_LAYOUT_SECONDS */
  seconds?: number;
  /** positions from the previous graph (`newsgraph build` over an existing -o): those nodes stay exactly where they
   * were (fixed during ForceAtlas2, skipped by the rings), so a rebuild moves only new nodes */
  previous?: Positions;
}

export interface LayoutResult {
  algorithm: string;
  iterations: number;
}

/** Iterations that fit `seconds` for a network of this size. */
export function iterationsFor(nodes: number, edges: number, seconds: number): number {
  if (nodes === 0) return 0;
  const perIteration = (nodes >= BARNES_HUT_FROM ? nodes * Math.log2(nodes) : nodes * nodes) + edges;
  const n = Math.floor((seconds * VISITS_PER_SECOND) / Math.max(1, perIteration));
  return Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, n));
}

/** Everything ForceAtlas2 needs to run, wherever it runs (this thread, or a worker thread in the CLI). */
export interface ForceAtlas2Job {
  /** the part of the network that moves, with start positions (`x`, `y`, `fixed`) and edge `weight`s */
  graph: Graph;
  iterations: number;
  settings: ForceAtlas2Settings;
}

/** The layout between its two halves: the working network, and what ForceAtlas2 still has to do (null: nothing). */
export interface LayoutPlan {
  /** the graph being laid out, in the corpus form */
  corpus: CorpusGraph;
  net: EntityNet;
  isolated: string[];
  previous: Positions;
  job: ForceAtlas2Job | null;
  result: LayoutResult;
}

/**
 * Lay the graph out in three steps:
 * 1. ForceAtlas2 (weighted; Barnes-Hut on large networks) on the connected part of the entity network only;
 * 2. entities with no entity-network edge on a ring just outside it (they would only drift there under FA2);
 * 3. every statement on a small ring around its speaker (or the entities it links to).
 * So thousands of statements and isolated names cost nothing and sit where they belong. Positions are rounded to
 * 1e-4 for stable bytes.
 */
export function layoutGraph(
  graph: AbstractGraph | CorpusGraph,
  opts: LayoutOptions = {},
  network?: EntityNet,
): LayoutResult {
  const plan = planLayout(graph, opts, network);
  return finishLayout(plan, plan.job && forceAtlas2Positions(plan.job));
}

/**
 * The layout up to ForceAtlas2: seeded and kept positions on the graph, the working network (`network` is changed:
 * isolated nodes are dropped), and the job. Split from finishLayout so ForceAtlas2 can run on another thread while
 * this one does other work; the result is the same bytes either way.
 */
export function planLayout(
  target: AbstractGraph | CorpusGraph,
  opts: LayoutOptions = {},
  network?: EntityNet,
): LayoutPlan {
  // a graph with its statements inside is split (sharing the attribute objects), so one layout serves both forms
  const corpus = isCorpusGraph(target) ? target : splitGraph(target);
  const graph = corpus.graph;
  const previous = usablePrevious(corpus, opts.previous ?? new Map<string, { x: number; y: number }>());
  if (corpus.statements.dropped && previous.size === 0)
    throw new Error(
      "newsgraph/layout: the statements carried from the previous build need its positions, which this graph does not keep; build with --full",
    );
  // kept positions first, then seeds for the rest: the same places as seeding all and overwriting the kept ones
  // (seeding only fills a position that is not finite), without a seed for each of a rebuild's 141k kept nodes
  applyPositions(corpus, previous);
  seedPositions(corpus);
  const held = (k: string) => previous.has(k);
  const net = network ?? entityNet(graph);
  const isolated: string[] = [];
  // the budget counts connected nodes only, as a first build does, so a rebuild reports the same iterations
  let connected = 0;
  for (let i = 0; i < net.keys.length; i++) {
    if (net.gone[i]) continue;
    if (net.degree(i) > 0) connected++;
    else if (!held(net.keys[i]!)) {
      isolated.push(net.keys[i]!);
      net.drop(i);
    }
  }
  const iterations = opts.iterations ?? iterationsFor(connected, net.size, opts.seconds ?? DEFAULT_LAYOUT_SECONDS);
  const result = { algorithm: `forceatlas2${net.order >= BARNES_HUT_FROM ? "+barnes-hut" : ""}`, iterations };
  if (net.order === 0 || iterations <= 0) return { corpus, net, isolated, previous, job: null, result };
  // with kept positions only the new nodes move: ForceAtlas2 runs on them and the kept neighbours they hang on
  // (fixed), so adding ten articles costs a few hundred nodes' worth of layout, not the whole network's; only those
  // nodes are touched, the kept ones already stand at their old places in the graph
  const { part: moving, at } = previous.size > 0 ? movingPart(net, held) : { part: net.toGraph(), at: null };
  // a compact start (spread 100) converges in far fewer iterations than the whole graph's seeded disc
  moving.forEachNode((k) =>
    moving.mergeNodeAttributes(
      k,
      held(k) ? { ...previous.get(k), fixed: true } : startFor(k, at?.get(k), net, previous),
    ),
  );
  if (moving.order === 0) return { corpus, net, isolated, previous, job: null, result };
  const job = { graph: moving, iterations, settings: settingsFor(moving) };
  return { corpus, net, isolated, previous, job, result };
}

/** ForceAtlas2 in this thread: the positions of the job's nodes, x and y in the job graph's node order. */
export function forceAtlas2Positions(job: ForceAtlas2Job): Float64Array {
  const pos = forceAtlas2(job.graph, { iterations: job.iterations, settings: job.settings, getEdgeWeight: "weight" });
  const xy = new Float64Array(2 * job.graph.order);
  let i = 0;
  job.graph.forEachNode((k) => {
    xy[i++] = pos[k]!.x;
    xy[i++] = pos[k]!.y;
  });
  return xy;
}

/**
 * The layout after ForceAtlas2 (`xy` from forceAtlas2Positions, here or on another thread): rounded positions, rings.
 * Positions go to the plan's graph (the one planLayout was given, or its split form sharing the attributes).
 */
export function finishLayout(plan: LayoutPlan, xy: Float64Array | null): LayoutResult {
  const { corpus, net, isolated, previous, job } = plan;
  const graph = corpus.graph;
  const held = (k: string) => previous.has(k);
  if (job && xy) {
    if (xy.length !== 2 * job.graph.order)
      throw new Error(
        `newsgraph/layout: ${xy.length / 2} positions for ${job.graph.order} nodes; lay out in one thread`,
      );
    // only the moved nodes are written: a first layout moves the whole network, a rebuild its new nodes (the kept
    // ones already stand at their old places in the graph); everything after this reads positions from the graph
    let i = 0;
    job.graph.forEachNode((k) => {
      if (!held(k)) graph.mergeNodeAttributes(k, { x: round(xy[i]!), y: round(xy[i + 1]!) });
      i += 2;
    });
  }
  // the rings and the typical edge length read the network's final places from its own attributes: one lookup in the
  // graph per network node here, instead of two per node and two per edge below (each a cache miss in a large graph)
  for (let i = 0; i < net.keys.length; i++) {
    if (net.gone[i]) continue;
    const p = graph.getNodeAttributes(net.keys[i]!) as XY;
    net.x[i] = p.x;
    net.y[i] = p.y;
  }
  if (net.order > 0 && plan.result.iterations > 0 && isolated.length > 0) placeOnRing(graph, isolated, net);
  placeStatements(corpus, net, held);
  return plan.result;
}

/**
 * Positions of a previous graph are kept only when its nodes make up at least this share of the new graph: a graph
 * built from other inputs would pin a few nodes where a different picture put them (quality 0.19 instead of 0.12).
 */
export const KEEP_POSITIONS_FROM = 0.5;

/** `previous` when it covers at least KEEP_POSITIONS_FROM of the graph's nodes, else nothing (lay out afresh). */
export function usablePrevious(graph: AbstractGraph | CorpusGraph, previous: Positions): Positions {
  if (previous.size === 0) return previous;
  const matched = sharedNodes(graph, previous);
  return matched >= KEEP_POSITIONS_FROM * orderOf(graph) ? previous : new Map<string, { x: number; y: number }>();
}

function settingsFor(g: Graph) {
  return {
    ...forceAtlas2.inferSettings(g),
    barnesHutOptimize: g.order >= BARNES_HUT_FROM,
    barnesHutTheta: BARNES_HUT_THETA,
    adjustSizes: false,
  };
}

/** Nodes on an annulus just outside the laid-out network, at an angle hashed from the key. */
function placeOnRing(graph: AbstractGraph, keys: string[], net: EntityNet): void {
  let cx = 0,
    cy = 0,
    radius = 0;
  // every network node's final place is in its arrays (finishLayout put it there)
  for (let i = 0; i < net.keys.length; i++) {
    if (net.gone[i]) continue;
    cx += net.x[i]!;
    cy += net.y[i]!;
  }
  cx /= net.order;
  cy /= net.order;
  for (let i = 0; i < net.keys.length; i++)
    if (!net.gone[i]) radius = Math.max(radius, Math.hypot(net.x[i]! - cx, net.y[i]! - cy));
  for (const k of keys) {
    const h = hashString(k);
    const r = radius * (1.05 + (0.2 * ((h >>> 12) % 1000)) / 1000);
    const theta = ((h % 36000) / 36000) * 2 * Math.PI;
    graph.mergeNodeAttributes(k, { x: round(cx + r * Math.cos(theta)), y: round(cy + r * Math.sin(theta)) });
  }
}

/** Kept for callers of the old API: `iterations` rounds of the layout above. */
export function runLayout(graph: AbstractGraph, iterations: number): void {
  if (iterations > 0 && graph.order > 0) layoutGraph(graph, { iterations });
}

export function distance(graph: AbstractGraph, s: string, t: string): number {
  const a = graph.getNodeAttributes(s),
    b = graph.getNodeAttributes(t);
  return Math.hypot((a.x as number) - (b.x as number), (a.y as number) - (b.y as number));
}
