// Edge keys from content: an edge's source, kind and target, so a key never depends on the other edges of the graph.

/** The separator between the three parts; never inside a part (escaped there, with the escape character itself). */
const SEP = "|";

/** A node key made safe to join: `%` and `|` as `%25` and `%7C` (an injective map, and most keys have neither). */
function part(key: string): string {
  if (key.indexOf(SEP) < 0 && key.indexOf("%") < 0) return key;
  return key.replaceAll("%", "%25").replaceAll(SEP, "%7C");
}

/**
 * The key of the edge (source, target, kind), e.g. `person:ada-quill|said|statement:a.txt#s1`. A graph has one edge
 * per (source, target, kind) (edges.ts), so keys are unique; two edges of one pair with different kinds (parallel
 * edges, which Gephi keeps apart by id) get different keys. Unlike a rank among the sorted edges, an edge keeps its
 * key when others come or go, so an incremental build copies its whole line from the previous graph.json.
 */
export function edgeKey(source: string, target: string, kind: string): string {
  return part(source) + SEP + kind + SEP + part(target);
}
