// The entity network (people, organisations, places; no statement nodes): its edge kinds, the viewer-side fallback
// projection for graphs built before the build wrote it, and shortest paths over it.
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { VEdge, ViewerGraph } from "./types.ts";

/** Graphs with more nodes than this open on the entity network: statements hidden (one click on "Statement" shows them). */
export const OVERVIEW_ABOVE_NODES = 2_000;

/** Edges between two entities that only make sense while statements are hidden (they summarise statement paths). */
export const SUMMARY_KINDS = new Set(["speaks_about", "co_occurs"]);
/** Edges a path may follow: entity to entity. */
export const ENTITY_KINDS = new Set([
  "speaks_about",
  "co_occurs",
  "affiliated_with",
  "based_in",
  "part_of",
  "located_in",
]);

export function hasEntityNetwork(graph: ViewerGraph): boolean {
  let found = false;
  graph.someEdge((_e, a) => (found = a.kind === "speaks_about"));
  return found;
}

/**
 * Fallback for graphs without `speaks_about` edges (older graph.json): speaker → each entity their statements mention,
 * weight = number of statements, marked `derived` so the panel says it was computed here, not at build time.
 */
export function addSpeaksAbout(graph: ViewerGraph): number {
  if (graph.type === "undirected") return 0;
  const acc = new Map<string, { source: string; target: string; statements: string[] }>();
  graph.forEachEdge((_e, a, speaker, statement) => {
    if (a.kind !== "said") return;
    graph.forEachOutEdge(statement, (_m, ma, _s, target) => {
      if (ma.kind !== "mentions" || target === speaker) return;
      const key = `${speaker}\u0000${target}`;
      const x = acc.get(key) ?? { source: speaker, target, statements: [] };
      if (!x.statements.includes(statement)) x.statements.push(statement);
      acc.set(key, x);
    });
  });
  for (const x of acc.values()) {
    const attrs = {
      kind: "speaks_about",
      weight: x.statements.length,
      statements: x.statements.sort(),
      derived: true,
    } as unknown as VEdge;
    graph.addDirectedEdgeWithKey(`speaks_about:${x.source}->${x.target}`, x.source, x.target, attrs);
  }
  return acc.size;
}

/** An undirected simple graph of entities joined by entity-network edges, built once, on the first path request. */
export function entityNetwork(graph: ViewerGraph, allowed?: (key: string) => boolean): Graph {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachEdge((_e, a, s, t, sa, ta) => {
    if (!ENTITY_KINDS.has(a.kind) || s === t || sa.kind === "statement" || ta.kind === "statement") return;
    if (allowed && (!allowed(s) || !allowed(t))) return;
    g.mergeNode(s);
    g.mergeNode(t);
    g.mergeEdge(s, t);
  });
  return g;
}

export interface Hop {
  from: string;
  to: string;
  /** the edges joining them in the loaded graph, strongest first */
  edges: string[];
}

/** Shortest path (fewest hops) between two entities; null when they are not connected. */
export function findPath(graph: ViewerGraph, network: Graph, from: string, to: string): Hop[] | null {
  if (!network.hasNode(from) || !network.hasNode(to)) return null;
  if (from === to) return [];
  const nodes = bidirectional(network, from, to);
  if (!nodes) return null;
  const hops: Hop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!,
      b = nodes[i + 1]!;
    const edges: { key: string; weight: number }[] = [];
    const take = (e: string, attr: VEdge) => {
      if (ENTITY_KINDS.has(attr.kind))
        edges.push({ key: e, weight: typeof attr.weight === "number" ? attr.weight : 1 });
    };
    graph.forEachDirectedEdge(a, b, (e, attr) => take(e, attr));
    graph.forEachDirectedEdge(b, a, (e, attr) => take(e, attr));
    if (graph.type !== "directed") graph.forEachUndirectedEdge(a, b, (e, attr) => take(e, attr));
    edges.sort((x, y) => y.weight - x.weight || (x.key < y.key ? -1 : 1));
    hops.push({ from: a, to: b, edges: [...new Set(edges.map((e) => e.key))] });
  }
  return hops;
}
