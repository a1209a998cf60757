// The exported view of a graph: filtered, sorted, with positions/colours/sizes resolved. Shared by the XML writers.
import type { AbstractGraph, Attributes } from "graphology-types";
import { colorForKind, seededPosition, sizeForDegree } from "./style.ts";
import { compareStrings } from "./attributes.ts";
import { isCorpusGraph, materialize, sortedCorpusEdges, sortedCorpusNodes, type CorpusGraph } from "./corpus-graph.ts";

type Lookup<T> = Readonly<Record<string, T>> | ReadonlyMap<string, T> | ((key: string) => T | undefined);

export interface ExportViewOptions {
  /** keep only the nodes for which this returns true (edges to dropped nodes are dropped too) */
  nodeFilter?: (key: string, attributes: Attributes) => boolean;
  edgeFilter?: (key: string, attributes: Attributes, source: string, target: string) => boolean;
  /** overrides, e.g. the viewer's current layout and highlight colours */
  positions?: Lookup<{ x: number; y: number }>;
  colors?: Lookup<string>;
  sizes?: Lookup<number>;
}

export interface ViewNode {
  key: string;
  attributes: Attributes;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
}

export interface ExportView {
  type: "directed" | "undirected" | "mixed";
  nodes: ViewNode[];
  edges: ViewEdge[];
}

function lookup<T>(l: Lookup<T> | undefined, key: string): T | undefined {
  if (!l) return undefined;
  if (typeof l === "function") return l(key);
  if (l instanceof Map) return (l as Map<string, T>).get(key);
  return Object.prototype.hasOwnProperty.call(l, key) ? (l as Record<string, T>)[key] : undefined;
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Nodes sorted by key, edges by (source, target, kind, key): the output never depends on insertion order. */
export function exportView(graph: AbstractGraph | CorpusGraph, opts: ExportViewOptions = {}): ExportView {
  const half = exportEdges(graph, opts);
  return { type: half.type, nodes: exportNodes(opts, half), edges: half.edges };
}

/** The edge half of the view (no positions needed: a writer can start on it while the layout runs). */
export interface EdgeView {
  type: ExportView["type"];
  edges: ViewEdge[];
  /** the kept nodes, unsorted */
  keep: Set<string>;
  degree: Map<string, number>;
  /** a kept node's attributes */
  attributesOf: (key: string) => Attributes;
  /** the corpus graph the view is of, when it was given one without filters (its nodes come out already sorted) */
  corpus?: CorpusGraph;
}

export function exportEdges(target: AbstractGraph | CorpusGraph, opts: ExportViewOptions = {}): EdgeView {
  if (isCorpusGraph(target)) {
    // GEXF and GraphML write every attribute: carried statements (an incremental build's) in full first
    target.statements.expand();
    // filters are for the viewer's graphs; a corpus graph with filters goes the general way
    if (opts.nodeFilter || opts.edgeFilter) return exportEdges(materialize(target), opts);
    return corpusEdges(target);
  }
  const graph = target;
  const keep = new Set<string>();
  graph.forEachNode((k, a) => {
    if (!opts.nodeFilter || opts.nodeFilter(k, a)) keep.add(k);
  });
  // one entry per edge, given its output id in place below (a second array of a million edges would double this)
  // the kind as a string once per edge, not twice per comparison of the sort
  const raw: (ViewEdge & { generated: boolean; kind: string })[] = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (!keep.has(source) || !keep.has(target)) return;
    if (opts.edgeFilter && !opts.edgeFilter(key, attributes, source, target)) return;
    const kind = String(attributes.kind ?? "");
    raw.push({ id: key, source, target, undirected, attributes, generated: key.startsWith("geid_"), kind });
  });
  raw.sort(
    (a, b) =>
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target) ||
      compareStrings(a.kind, b.kind) ||
      (a.generated || b.generated ? 0 : compareStrings(a.id, b.id)),
  );
  const degree = new Map<string, number>();
  for (const e of raw) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  // graphology's generated keys embed a per-process instance counter: replace them with positional ids
  raw.forEach((e, i) => {
    if (e.generated) e.id = `e${i}`;
  });
  const edges: ViewEdge[] = raw;
  const type =
    graph.type === "mixed" && edges.length > 0 && edges.every((e) => e.undirected === edges[0]!.undirected)
      ? edges[0]!.undirected
        ? "undirected"
        : "directed"
      : graph.type;
  return { type, edges, keep, degree, attributesOf: (k) => graph.getNodeAttributes(k) };
}

/** exportEdges of a corpus graph without filters: its edges, merged from both parts, in the same order. */
function corpusEdges(c: CorpusGraph): EdgeView {
  const edges: ViewEdge[] = [];
  const degree = new Map<string, number>();
  for (const e of sortedCorpusEdges(c)) {
    edges.push({ id: e.key, source: e.source, target: e.target, undirected: e.undirected, attributes: e.attributes });
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const { keys, attrs } = sortedCorpusNodes(c);
  const at = new Map(keys.map((k, i) => [k, attrs[i]!]));
  // a corpus graph is directed and its keys are its own (never graphology's generated ones)
  return { type: "directed", edges, keep: new Set(keys), degree, attributesOf: (k) => at.get(k)!, corpus: c };
}

/** The node half of the view: positions, sizes and colours as they are now. */
export function exportNodes(opts: ExportViewOptions, { keep, degree, attributesOf }: EdgeView): ViewNode[] {
  return [...keep].sort(compareStrings).map((key) => {
    const a = attributesOf(key);
    const pos = lookup(opts.positions, key) ?? (finite(a.x) && finite(a.y) ? { x: a.x, y: a.y } : seededPosition(key));
    // a size already on the node wins (newsgraph build sets it from degree; a Gephi file keeps its own)
    const size = lookup(opts.sizes, key) ?? (finite(a.size) ? a.size : sizeForDegree(degree.get(key) ?? 0));
    const color = lookup(opts.colors, key) ?? (typeof a.color === "string" ? a.color : colorForKind(a.kind));
    return { key, attributes: a, x: pos.x, y: pos.y, size, color };
  });
}
