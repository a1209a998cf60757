// The built corpus graph in two parts: graphology holds the entity network, a table holds the statements and their edges.
import Graph from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import type { EdgeAttributes, NodeAttributes } from "../schema/graph.ts";
import { compareStrings } from "./attributes.ts";
import type { DroppedStatements } from "./dropped.ts";

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes>;

/** An edge touching a statement node: `said`, `mentions`, `told` or `via`. */
export interface TableEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * The statement nodes, outside graphology: most of a corpus graph's nodes (97k of 141k on BBC + Reuters) and most of
 * its edges, which nothing but the sizes, the statement rings and the writers ever reads. graphology's indices
 * (neighbours per node, an edge map, events) cost more than everything else the build does with them.
 */
export class StatementTable {
  readonly keys: string[] = [];
  readonly attrs: NodeAttributes[] = [];
  /**
   * Rebuilds a carried statement's full node and own edges (see CARRIED), from its document's facts; set by the
   * build that carried it. Asked only when a reader needs more than a carried entry holds.
   */
  refill: ((i: number) => { node: NodeAttributes; edges: TableEdge[] }) | null = null;
  /** per statement, the edges touching it */
  readonly own: TableEdge[][] = [];
  /** every edge of the table once, sorted by (source, target, kind, key): the writers' order */
  readonly edges: TableEdge[] = [];
  /** per edge of `edges`, the statement it was added for: its attributes without a lookup by key */
  readonly edgeStatement: number[] = [];
  /**
   * The previous build's statements when every document of that build is clean again (an incremental build): none of
   * them is in the table, their lines are copied from the previous graph.json as runs, and their sums stand in for
   * them wherever the corpus stages count statements (sizes, rings, quality, node and edge counts).
   */
  dropped: DroppedStatements | null = null;
  private index: Map<string, number> | null = null;

  add(key: string, attrs: NodeAttributes): number {
    this.keys.push(key);
    this.attrs.push(attrs);
    this.own.push([]);
    this.index = null;
    return this.keys.length - 1;
  }

  /** An edge of statement `i` (and of statement `j` too, when it joins two statements: never in a built graph). */
  addEdge(e: TableEdge, i: number, j?: number): void {
    this.own[i]!.push(e);
    if (j !== undefined && j !== i) this.own[j]!.push(e);
    this.edges.push(e);
    this.edgeStatement.push(i);
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * The node attributes at `a` in full: `a` itself, or, for a carried statement, its full attributes with the size,
   * colour and place the corpus stages gave the carried entry (which it then replaces in the table).
   */
  full(a: Attributes): Attributes {
    const i = (a as Carried)[CARRIED];
    if (i === undefined) return a;
    return this.refilled(i).node;
  }

  /** An own edge's attributes in full (see `full`): the carried edge's own, rebuilt from its statement's facts. */
  fullEdge(source: string, target: string, a: Attributes): Attributes {
    const i = (a as Carried)[CARRIED];
    if (i === undefined) return a;
    this.refilled(i);
    for (const e of this.own[i]!)
      if (e.source === source && e.target === target && e.attributes.kind === a.kind) return e.attributes;
    throw new Error(`newsgraph/graph: carried edge ${source} → ${target} is not its statement's; build with --full`);
  }

  /** Every carried entry in full (readers that need every attribute: GEXF, GraphML, one graphology graph). */
  expand(): void {
    if (this.dropped)
      throw new Error(
        "newsgraph/graph: this graph carried its statements as sums only; build with --full to have them",
      );
    if (this.carried === 0) return;
    for (let i = 0; i < this.size; i++) if ((this.attrs[i] as Carried)[CARRIED] !== undefined) this.refilled(i);
  }

  /** entries still carried */
  carried = 0;

  /** entries whose attributes object was replaced (refilled): a sorted list made before holds the old ones */
  replaced = 0;

  private refilled(i: number): { node: NodeAttributes } {
    const light = this.attrs[i]!;
    if ((light as Carried)[CARRIED] === undefined) return { node: light };
    if (!this.refill)
      throw new Error(`newsgraph/graph: carried statement ${this.keys[i]} has no refill; build with --full`);
    const { node, edges } = this.refill(i);
    // set after the build's own keys, in the order finishNodes and the layout set them on a statement built in full
    node.size = light.size;
    node.color = light.color;
    node.x = light.x;
    node.y = light.y;
    this.attrs[i] = node;
    this.replaced++;
    for (const e of this.own[i]!) {
      const f = edges.find(
        (x) => x.source === e.source && x.target === e.target && x.attributes.kind === e.attributes.kind,
      );
      if (!f)
        throw new Error(
          `newsgraph/graph: carried statement ${this.keys[i]} lost its edge to ${e.target}; build with --full`,
        );
      e.attributes = f.attributes;
    }
    this.carried--;
    return { node };
  }

  indexOf(key: string): number | undefined {
    this.index ??= new Map(this.keys.map((k, i) => [k, i]));
    return this.index.get(key);
  }
}

/**
 * Marks a carried statement's entries (node and own edges): a statement of a document the previous build built with
 * the same entity keys (an incremental build), whose lines the writer copies from the previous graph.json. Such an
 * entry holds only what the corpus stages and the line copier read (kind, document, weight, then size, colour and
 * place); its value is the statement's index. A symbol: invisible to Object.keys and JSON, so never written.
 */
export const CARRIED: unique symbol = Symbol("carried statement");
type Carried = { [CARRIED]?: number };

/** The corpus graph: `graph` has the entity nodes, their edges and the graph's attributes; `statements` the rest. */
export interface CorpusGraph {
  readonly graph: NewsGraph;
  readonly statements: StatementTable;
}

export function isCorpusGraph(g: unknown): g is CorpusGraph {
  return typeof g === "object" && g !== null && (g as CorpusGraph).statements instanceof StatementTable;
}

/** Nodes and edges of the corpus graph, the dropped statements (StatementTable.dropped) and their edges included. */
export const corpusOrder = (c: CorpusGraph): number =>
  c.graph.order + c.statements.size + (c.statements.dropped?.nodes ?? 0);
export const corpusSize = (c: CorpusGraph): number =>
  c.graph.size + c.statements.edges.length + (c.statements.dropped?.edges ?? 0);

export function hasCorpusNode(c: CorpusGraph, key: string): boolean {
  return c.graph.hasNode(key) || c.statements.indexOf(key) !== undefined;
}

export function corpusNodeAttributes(c: CorpusGraph, key: string): Attributes {
  if (c.graph.hasNode(key)) return c.graph.getNodeAttributes(key);
  const i = c.statements.indexOf(key);
  if (i === undefined) throw new Error(`newsgraph/graph: no node ${key} in the corpus graph; ask for a key it has`);
  return c.statements.attrs[i]!;
}

/** Every node with its attributes (set in place to change them): the entities, then the statements. */
export function forEachCorpusNode(c: CorpusGraph, fn: (key: string, attrs: Attributes) => void): void {
  c.graph.forEachNode(fn);
  const { keys, attrs } = c.statements;
  for (let i = 0; i < keys.length; i++) fn(keys[i]!, attrs[i]!);
}

/** forEachCorpusNode for either form: a corpus graph, or one graphology graph holding everything. */
export function forEachNodeOf(g: AbstractGraph | CorpusGraph, fn: (key: string, attrs: Attributes) => void): void {
  if (isCorpusGraph(g)) forEachCorpusNode(g, fn);
  else g.forEachNode(fn);
}

/** The number of nodes of either form. */
export const orderOf = (g: AbstractGraph | CorpusGraph): number => (isCorpusGraph(g) ? corpusOrder(g) : g.order);

/** Whether either form has the node `key`. */
export const hasNodeIn = (g: AbstractGraph | CorpusGraph, key: string): boolean =>
  isCorpusGraph(g) ? hasCorpusNode(g, key) : g.hasNode(key);

/** sortedCorpusNodes' last answer per graph, with the node counts it was made for */
const sortedMemo = new WeakMap<
  CorpusGraph,
  { entities: number; statements: number; replaced: number; sorted: SortedNodes }
>();

type SortedNodes = { readonly keys: readonly string[]; readonly attrs: readonly Attributes[] };

/**
 * Every node, sorted by key (the output order), with its attributes (the graph's own objects: changes to them show).
 * A finished graph is sorted once: the quality score, the graph.json writer and the CLI's snapshot all ask (a rebuild
 * sorted 143k nodes three times), and the answer is kept while the graph has as many nodes as then and no statement
 * was refilled (its attributes object replaced). Entity attributes are changed in place, never replaced. Read only.
 */
export function sortedCorpusNodes(c: CorpusGraph): SortedNodes {
  const m = sortedMemo.get(c);
  const { order } = c.graph,
    { keys, replaced } = c.statements;
  if (m && m.entities === order && m.statements === keys.length && m.replaced === replaced) return m.sorted;
  const sorted = sortNodes(c);
  sortedMemo.set(c, { entities: order, statements: keys.length, replaced, sorted });
  return sorted;
}

function sortNodes(c: CorpusGraph): SortedNodes {
  const ek = c.graph.nodes().sort(compareStrings);
  const si = c.statements.keys
    .map((_k, i) => i)
    .sort((a, b) => compareStrings(c.statements.keys[a]!, c.statements.keys[b]!));
  const keys: string[] = new Array<string>(ek.length + si.length);
  const attrs: Attributes[] = new Array<Attributes>(keys.length);
  let i = 0,
    j = 0,
    n = 0;
  while (i < ek.length || j < si.length) {
    const sk = j < si.length ? c.statements.keys[si[j]!]! : undefined;
    if (i < ek.length && (sk === undefined || compareStrings(ek[i]!, sk) <= 0)) {
      keys[n] = ek[i]!;
      attrs[n++] = c.graph.getNodeAttributes(ek[i++]!);
    } else {
      keys[n] = sk!;
      attrs[n++] = c.statements.attrs[si[j++]!]!;
    }
  }
  return { keys, attrs };
}

export interface SortedEdge {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
}

/** The order of every output format's edges: (source, target, kind, key). */
export const byEdge = (a: SortedEdge, b: SortedEdge): number =>
  compareStrings(a.source, b.source) ||
  compareStrings(a.target, b.target) ||
  compareStrings(String(a.attributes.kind ?? ""), String(b.attributes.kind ?? "")) ||
  compareStrings(a.key, b.key);

/** Every edge sorted by (source, target, kind, key), the order of every output format: both parts merged. */
export function* sortedCorpusEdges(c: CorpusGraph): Generator<SortedEdge> {
  const ents: SortedEdge[] = [];
  c.graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) =>
    ents.push({ key, source, target, undirected, attributes }),
  );
  ents.sort(byEdge);
  const own = c.statements.edges;
  let i = 0,
    j = 0;
  while (i < ents.length || j < own.length) {
    const t = j < own.length ? own[j]! : undefined;
    // byEdge reads no `undirected`: the table's edge is compared as it is and copied only when it is the one yielded
    if (i < ents.length && (t === undefined || byEdge(ents[i]!, t as unknown as SortedEdge) <= 0)) yield ents[i++]!;
    else {
      j++;
      yield { key: t!.key, source: t!.source, target: t!.target, undirected: false, attributes: t!.attributes };
    }
  }
}

/**
 * One graphology graph with every node and edge (library callers, tests, the viewer's code): the same attribute
 * objects, nodes and edges inserted in the order a single graph would have had them (entities, statements, edges by key).
 */
export function materialize(c: CorpusGraph): NewsGraph {
  c.statements.expand();
  const g: NewsGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  g.replaceAttributes(c.graph.getAttributes());
  c.graph.forEachNode((k, a) => void g.addNode(k, a));
  const { keys, attrs } = c.statements;
  for (let i = 0; i < keys.length; i++) g.addNode(keys[i]!, attrs[i]);
  for (const e of sortedCorpusEdges(c)) g.addEdgeWithKey(e.key, e.source, e.target, e.attributes as EdgeAttributes);
  return g;
}

/**
 * The corpus form of one graphology graph (a graph read back, or built by hand): statement nodes and every edge
 * touching one move to the table, sharing the attribute objects, so what the layout sets shows in `graph` too.
 */
export function splitGraph(g: AbstractGraph): CorpusGraph {
  const graph: NewsGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes(g.getAttributes());
  const statements = new StatementTable();
  g.forEachNode((k, a) => {
    if (a.kind === "statement") statements.add(k, a as NodeAttributes);
    else graph.addNode(k, a as NodeAttributes);
  });
  const own: [TableEdge, number, number | undefined][] = [];
  g.forEachEdge((key, a, source, target) => {
    const s = statements.indexOf(source),
      t = statements.indexOf(target);
    if (s === undefined && t === undefined) graph.addEdgeWithKey(key, source, target, a as EdgeAttributes);
    else
      own.push([{ key, source, target, attributes: a as EdgeAttributes }, (s ?? t)!, s === undefined ? undefined : t]);
  });
  own.sort((a, b) => byEdge(asSorted(a[0]), asSorted(b[0])));
  for (const [e, i, j] of own) statements.addEdge(e, i, j);
  return { graph, statements };
}

const asSorted = (e: TableEdge): SortedEdge => ({ ...e, undirected: false });
