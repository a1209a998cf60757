// Serialise a graph to the graph contract's JSON: sorted, validated with zod, one node/edge per line, byte-stable.
import type { AbstractGraph } from "graphology-types";
import { SerializedGraph } from "../schema/graph.ts";
import { compareStrings } from "./attributes.ts";

/** graphology's export with nodes sorted by key and edges by (source, target, kind, key). */
export function exportSorted(graph: AbstractGraph): SerializedGraph {
  const data = graph.export();
  const nodes = [...data.nodes].sort((a, b) => compareStrings(a.key, b.key));
  const edges = [...data.edges].sort(
    (a, b) =>
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target) ||
      compareStrings(String(a.attributes?.kind ?? ""), String(b.attributes?.kind ?? "")) ||
      compareStrings(a.key ?? "", b.key ?? ""),
  );
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: data.attributes ?? {},
    nodes: nodes.map((n) => ({ key: n.key, attributes: (n.attributes ?? {}) as never })),
    edges: edges.map((e) => ({ ...(e.key !== undefined ? { key: e.key } : {}), source: e.source, target: e.target, ...(e.undirected ? { undirected: true } : {}), attributes: (e.attributes ?? {}) as never })),
  };
}

/**
 * The graph.json text. Validated against the zod SerializedGraph first, so an invalid graph is never written.
 * One node or edge per line keeps files diffable without the size of full pretty-printing.
 */
export function serializeGraph(graph: AbstractGraph): string {
  const data = exportSorted(graph);
  const check = SerializedGraph.safeParse(data);
  if (!check.success) {
    const i = check.error.issues[0]!;
    throw new Error(`newsgraph/graph: refusing to write an invalid graph: ${i.path.join(".")}: ${i.message}`);
  }
  // zod's output lists known attributes in schema order (then the extras), so the bytes do not depend on how the
  // graph was built or loaded
  const out = check.data;
  const lines = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join(",\n");
  return (
    `{"options":${JSON.stringify(out.options)},\n"attributes":${JSON.stringify(out.attributes)},\n` +
    `"nodes":[\n${lines(out.nodes)}\n],\n"edges":[\n${lines(out.edges)}\n]}\n`
  );
}
