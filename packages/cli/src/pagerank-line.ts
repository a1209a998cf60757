// An entity's line of the previous graph.json with only its PageRank replaced: how a rebuild reuses an untouched entity.
import { numberAt, spells } from "./line-bytes.ts";

/**
 * The numbers the corpus stages set on an entity, in the contract's order, which is the order of a written line: all
 * but PageRank must read as in the previous line.
 */
const NAMED = (["x", "y", "size", "weightedDegree", "pagerank", "community"] as const).map(
  (m) => [m, Buffer.from(`"${m}":`)] as const,
);

/**
 * An entity's previous line with its PageRank replaced, or undefined (the line is written afresh). Every node's
 * PageRank moves when any node is added (its teleport term is 1/N), so the line cannot be copied; but an entity no
 * unclean document names has the same documents, aliases, roles, dates, merges and label, the same edges (edges come
 * from documents) and so the same degree and size, and keeps its place and community: all checked here, where cheap
 * (the metrics read as the same numbers), and argued where not (the caller's `untouched`). One pass over the line:
 * each name the node has is looked for after the previous one's number (the contract's order); a name it lacks is
 * looked for in the whole line. Any match is the attribute's own (numberAt), so starting late can only miss one,
 * and a missed name writes the line afresh.
 */
export function withPagerank(line: Buffer, a: Record<string, unknown>): Uint8Array | undefined {
  if (typeof a.pagerank !== "number") return undefined;
  let from = 0,
    pr: [number, number] | null = null;
  for (const [m, name] of NAMED) {
    const v = a[m];
    const r = numberAt(line, name, v === undefined ? 0 : from);
    if (v === undefined) {
      if (r !== null) return undefined;
      continue;
    }
    if (r === null) return undefined;
    if (m === "pagerank") pr = r;
    else if (!spells(line, r[0], r[1], String(JSON.stringify(v)))) return undefined;
    from = r[1];
  }
  return Buffer.concat([line.subarray(0, pr![0]), Buffer.from(JSON.stringify(a.pagerank)), line.subarray(pr![1])]);
}
