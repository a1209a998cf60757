// Serialise a graph to the graph contract's JSON: sorted, validated by the zod contract, one node/edge per line, byte-stable.
import type { AbstractGraph, Attributes } from "graphology-types";
import type { z } from "zod";
import {
  GraphAttributes,
  GraphOptions,
  SerializedEdge,
  SerializedNode,
  type SerializedGraph,
} from "../schema/graph.ts";
import { compareStrings } from "./attributes.ts";
import { checksOf, compilePlan, copyByPlan, type Plan } from "./canonical.ts";
import { EdgeAttributes, NodeAttributes } from "../schema/graph.ts";
import { isCarriedEdge } from "./carried-edges.ts";
import { isCorpusGraph, sortedCorpusEdges, sortedCorpusNodes, type CorpusGraph } from "./corpus-graph.ts";

type Entry = { key: string; source: string; target: string; undirected: boolean; kind: string };

/** Edge keys sorted by (source, target, kind, key): the order of every output format. */
export function sortedEdges(graph: AbstractGraph): Entry[] {
  const out: Entry[] = [];
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) =>
    out.push({ key, source, target, undirected, kind: String(a.kind ?? "") }),
  );
  return out.sort(
    (a, b) =>
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target) ||
      compareStrings(a.kind, b.kind) ||
      compareStrings(a.key, b.key),
  );
}

/** graphology's export with nodes sorted by key and edges by (source, target, kind, key). */
export function exportSorted(graph: AbstractGraph): SerializedGraph {
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: graph.getAttributes(),
    nodes: graph
      .nodes()
      .sort(compareStrings)
      .map((key) => ({ key, attributes: graph.getNodeAttributes(key) as never })),
    edges: sortedEdges(graph).map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      ...(e.undirected ? { undirected: true } : {}),
      attributes: graph.getEdgeAttributes(e.key) as never,
    })),
  };
}

/** the object refinements of the contract that are checkAttributeNames (see schema/graph.ts) */
const NAME_CHECKS: ReadonlySet<unknown> = new Set([NodeAttributes, EdgeAttributes, GraphAttributes].flatMap(checksOf));
/** SerializedNode and SerializedEdge as plans: every node and edge of a corpus graph goes through them */
const NODE_PLAN = compilePlan(SerializedNode, NAME_CHECKS);
const EDGE_PLAN = compilePlan(SerializedEdge, NAME_CHECKS);

/**
 * zod's parse of one node or edge, done by its compiled plan (about ten times cheaper: a corpus graph has hundreds
 * of thousands). Whatever the plan refuses goes to zod, which then either names the problem or, where the plan was
 * only more cautious, returns its own result: the bytes are zod's either way.
 */
function checkedFast<T extends z.ZodType>(plan: Plan, schema: T, value: unknown, where: string): z.infer<T> {
  const fast = copyByPlan(plan, value);
  return fast !== undefined ? (fast as z.infer<T>) : checked(schema, value, where);
}

function checked<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(
      `newsgraph/graph: refusing to write an invalid graph: ${[where, ...i.path].join(".")}: ${i.message}`,
    );
  }
  return r.data;
}

/**
 * Lines of a previous graph.json that are known to be the same bytes in this one (an incremental build: the
 * statement nodes and statement edges of documents whose facts and entity keys did not change). Asked for every
 * node and edge in output order; returns the previous bytes or undefined (then the element is written as usual).
 * Both give the whole element (without the separator); an edge's only if its previous line has the same `key` (a
 * content key, edge-key.ts: the same whenever source, target and kind are).
 */
export interface LineReuse {
  node(key: string, attributes: Record<string, unknown>): Uint8Array | undefined;
  edge(source: string, target: string, attributes: Record<string, unknown>, key: string): Uint8Array | undefined;
  /**
   * For a graph with dropped statements (StatementTable.dropped): the previous file's statement lines of `section`
   * (every one is a dropped statement's) that sort before the element `id` (a node's [key], an edge's [source,
   * target, kind]), or all that are left (null), as runs of whole elements joined as in the file; `lines` counts them.
   */
  carried?(section: "nodes" | "edges", id: readonly string[] | null): { runs: Uint8Array[]; lines: number };
}

/** The dropped statements' lines of one section, copied in runs between the elements the writer writes itself. */
class CarriedLines {
  private lines = 0;

  constructor(
    private readonly reuse: LineReuse | undefined,
    private readonly section: "nodes" | "edges",
    /** how many lines the section must copy */
    private readonly want: number,
  ) {
    if (!reuse?.carried)
      throw new Error(
        "newsgraph/graph: the statements carried from the previous build need that build's graph.json to copy their lines from; build with --full",
      );
  }

  /** The runs before `id` (null: the rest), each after a separator when an element was written before (`at.n`). */
  *before(id: readonly string[] | null, at: { n: number }): Generator<JsonChunk> {
    const got = this.reuse!.carried!(this.section, id);
    this.lines += got.lines;
    for (const run of got.runs) {
      if (at.n++) yield ",\n";
      yield run;
    }
    if (id === null && this.lines !== this.want)
      throw new Error(
        `newsgraph/graph: the previous graph.json holds ${this.lines} of the ${this.want} statement ${this.section} its snapshot carried; build with --full`,
      );
  }
}

/** A chunk of graph.json: text, or bytes copied from the previous file (LineReuse). */
export type JsonChunk = string | Uint8Array;

/**
 * The graph.json text as a sequence of chunks (one per node or edge), so a corpus graph is written piece by piece and
 * never held as one string (Node caps strings at 512 MiB). Each element is validated against the zod contract as it
 * goes: an invalid graph throws before its end is written, and the atomic writer then keeps the previous file.
 * zod's output lists known attributes in schema order (then the extras), so the bytes do not depend on how the graph
 * was built or loaded. One node or edge per line keeps files diffable. `edges`: graphJsonEdges's chunks, written
 * earlier (the default writes them here).
 */
export function graphJsonChunks(target: AbstractGraph | CorpusGraph, edges?: Iterable<string>): Generator<string>;
export function graphJsonChunks(
  target: AbstractGraph | CorpusGraph,
  edges: Iterable<JsonChunk> | undefined,
  reuse: LineReuse | undefined,
): Generator<JsonChunk>;
export function* graphJsonChunks(
  target: AbstractGraph | CorpusGraph,
  edges?: Iterable<JsonChunk>,
  reuse?: LineReuse,
): Generator<JsonChunk> {
  const corpus = isCorpusGraph(target) ? target : null;
  const graph = corpus ? corpus.graph : (target as AbstractGraph);
  const options = checked(
    GraphOptions,
    { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    "options",
  );
  const attributes = checked(GraphAttributes, graph.getAttributes(), "attributes");
  yield `{"options":${JSON.stringify(options)},\n"attributes":${JSON.stringify(attributes)},\n"nodes":[\n`;
  let i = 0;
  if (corpus) {
    const { keys, attrs } = sortedCorpusNodes(corpus);
    const dropped = corpus.statements.dropped;
    const runs = dropped ? new CarriedLines(reuse, "nodes", dropped.nodes) : null;
    // elements written so far, the copied runs' among them (a separator goes before every one but the first)
    const at = { n: 0 };
    for (; i < keys.length; i++) {
      if (runs) yield* runs.before([keys[i]!], at);
      const same = reuse?.node(keys[i]!, attrs[i]!);
      if (same) {
        if (at.n++) yield ",\n";
        yield same;
        continue;
      }
      // a carried statement whose line could not be copied is written in full
      const attributes = corpus.statements.full(attrs[i]!);
      const n = checkedFast(NODE_PLAN, SerializedNode, { key: keys[i], attributes }, `nodes.${i}`);
      yield (at.n++ ? ",\n" : "") + JSON.stringify(n);
    }
    if (runs) yield* runs.before(null, at);
  } else
    for (const key of graph.nodes().sort(compareStrings)) {
      const same = reuse?.node(key, graph.getNodeAttributes(key));
      if (same) {
        if (i++) yield ",\n";
        yield same;
        continue;
      }
      const n = checkedFast(NODE_PLAN, SerializedNode, { key, attributes: graph.getNodeAttributes(key) }, `nodes.${i}`);
      yield (i++ ? ",\n" : "") + JSON.stringify(n);
    }
  yield `\n],\n"edges":[\n`;
  yield* edges ?? graphJsonEdges(target, reuse);
  yield "\n]}\n";
}

/**
 * The edges' part of graph.json (between `"edges":[` and `]`): edges need no positions, so the CLI writes them to
 * a spool while the layout runs and hands them to graphJsonChunks as `edges`.
 */
export function graphJsonEdges(target: AbstractGraph | CorpusGraph): Generator<string>;
export function graphJsonEdges(target: AbstractGraph | CorpusGraph, reuse: LineReuse | undefined): Generator<JsonChunk>;
export function* graphJsonEdges(target: AbstractGraph | CorpusGraph, reuse?: LineReuse): Generator<JsonChunk> {
  let i = 0;
  const graph = isCorpusGraph(target) ? null : target;
  const table = graph ? null : (target as CorpusGraph).statements;
  const list = graph ? withAttributes(graph) : sortedCorpusEdges(target as CorpusGraph);
  const runs = table?.dropped ? new CarriedLines(reuse, "edges", table.dropped.edges) : null;
  // elements written so far, the copied runs' among them; `i` counts the ones written here (error paths name them)
  const at = { n: 0 };
  for (const e of list) {
    if (runs) yield* runs.before([e.source, e.target, String((e.attributes as Attributes).kind)], at);
    const same = e.undirected
      ? undefined
      : reuse?.edge(e.source, e.target, e.attributes as Record<string, unknown>, e.key);
    if (same) {
      if (at.n++) yield ",\n";
      i++;
      yield same;
      continue;
    }
    if (isCarriedEdge(e.attributes))
      throw new Error(
        `newsgraph/graph: the entity edge ${e.source} → ${e.target} was carried from the previous build, but its line is not in the previous graph.json; build with --full`,
      );
    const value = {
      key: e.key,
      source: e.source,
      target: e.target,
      ...(e.undirected ? { undirected: true } : {}),
      // a carried statement's edge whose line could not be copied is written in full
      attributes: table ? table.fullEdge(e.source, e.target, e.attributes as Attributes) : e.attributes,
    };
    yield (at.n++ ? ",\n" : "") + JSON.stringify(checkedFast(EDGE_PLAN, SerializedEdge, value, `edges.${i}`));
    i++;
  }
  if (runs) yield* runs.before(null, at);
}

function* withAttributes(graph: AbstractGraph): Generator<Entry & { attributes: unknown }> {
  for (const e of sortedEdges(graph)) yield { ...e, attributes: graph.getEdgeAttributes(e.key) };
}

/** The whole graph.json as one string (small graphs, tests, the viewer); the CLI writes graphJsonChunks instead. */
export function serializeGraph(graph: AbstractGraph | CorpusGraph): string {
  return [...graphJsonChunks(graph)].join("");
}
