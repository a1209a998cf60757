// Serialise a graph to the graph contract's JSON: sorted, validated with zod, one node/edge per line, byte-stable.
import type { AbstractGraph } from "graphology-types";
import type { z } from "zod";
import {
  GraphAttributes,
  GraphOptions,
  SerializedEdge,
  SerializedNode,
  type SerializedGraph,
} from "../schema/graph.ts";
import { compareStrings } from "./attributes.ts";

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
 * The graph.json text as a sequence of chunks (one per node or edge), so a corpus graph is written piece by piece and
 * never held as one string (Node caps strings at 512 MiB). Each element is validated against the zod contract as it
 * goes: an invalid graph throws before its end is written, and the atomic writer then keeps the previous file.
 * zod's output lists known attributes in schema order (then the extras), so the bytes do not depend on how the graph
 * was built or loaded. One node or edge per line keeps files diffable.
 */
export function* graphJsonChunks(graph: AbstractGraph): Generator<string> {
  const options = checked(
    GraphOptions,
    { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    "options",
  );
  const attributes = checked(GraphAttributes, graph.getAttributes(), "attributes");
  yield `{"options":${JSON.stringify(options)},\n"attributes":${JSON.stringify(attributes)},\n"nodes":[\n`;
  let i = 0;
  for (const key of graph.nodes().sort(compareStrings)) {
    const n = checked(SerializedNode, { key, attributes: graph.getNodeAttributes(key) }, `nodes.${i}`);
    yield (i++ ? ",\n" : "") + JSON.stringify(n);
  }
  yield `\n],\n"edges":[\n`;
  i = 0;
  for (const e of sortedEdges(graph)) {
    const value = {
      key: e.key,
      source: e.source,
      target: e.target,
      ...(e.undirected ? { undirected: true } : {}),
      attributes: graph.getEdgeAttributes(e.key),
    };
    yield (i ? ",\n" : "") + JSON.stringify(checked(SerializedEdge, value, `edges.${i}`));
    i++;
  }
  yield "\n]}\n";
}

/** The whole graph.json as one string (small graphs, tests, the viewer); the CLI writes graphJsonChunks instead. */
export function serializeGraph(graph: AbstractGraph): string {
  return [...graphJsonChunks(graph)].join("");
}
