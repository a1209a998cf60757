// `pnpm exec tsx scripts/graph-stats.ts graph.json`: counts per node and edge kind, duplicate (source, target, kind)
// edges, edges without a weight, communities and the layout record: the figures the README's graph section quotes.
import { readFileSync } from "node:fs";
import { SerializedGraph } from "../packages/core/src/schema/graph.ts";

export function graphStats(file: string) {
  const g = SerializedGraph.parse(JSON.parse(readFileSync(file, "utf8")));
  const nodeKinds: Record<string, number> = {},
    edgeKinds: Record<string, number> = {};
  const seen = new Set<string>();
  let duplicates = 0,
    unweighted = 0,
    dated = 0;
  for (const n of g.nodes) nodeKinds[n.attributes.kind] = (nodeKinds[n.attributes.kind] ?? 0) + 1;
  for (const e of g.edges) {
    const k = `${e.source}\u0000${e.target}\u0000${e.attributes.kind}`;
    if (seen.has(k)) duplicates++;
    seen.add(k);
    if (typeof e.attributes.weight !== "number") unweighted++;
    if (e.attributes.firstSeen) dated++;
    edgeKinds[e.attributes.kind] = (edgeKinds[e.attributes.kind] ?? 0) + 1;
  }
  const communities = new Set(g.nodes.map((n) => n.attributes.community).filter((c) => c !== undefined));
  return {
    nodes: g.nodes.length,
    edges: g.edges.length,
    duplicates,
    unweighted,
    datedEdges: dated,
    nodeKinds,
    edgeKinds,
    communities: communities.size,
    layout: g.attributes?.layout ?? null,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.length < 3) {
    console.error("usage: tsx scripts/graph-stats.ts graph.json…");
    process.exit(2);
  }
  for (const f of process.argv.slice(2)) console.log(f, JSON.stringify(graphStats(f), null, 1));
}
