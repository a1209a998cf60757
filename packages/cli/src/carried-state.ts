// The carried state of a written graph: what the snapshot keeps of it, and whether the graph at -o is still that file.
import { statSync } from "node:fs";
import path from "node:path";
import type { CorpusGraph, DroppedStatements, ResolutionState } from "@newsgraph/core";
import { compareStrings, sortedCorpusNodes, statementTotals } from "@newsgraph/core";
import type { CarriedState } from "./snapshot.ts";

/** The node keys of one or two key prints (core's keyPrint: each key followed by \u0000, a deleted one marked \u0001). */
export function addKeys(out: Set<string>, ...prints: (string | undefined)[]): void {
  for (const print of prints) {
    if (print === undefined) continue;
    let at = 0;
    for (let end = print.indexOf("\u0000"); end !== -1; at = end + 1, end = print.indexOf("\u0000", at))
      out.add(print.charCodeAt(at) === 1 ? print.slice(at + 1, end) : print.slice(at, end));
  }
}

export function sameFile(o: CarriedState["output"], output: string): boolean {
  try {
    const st = statSync(output);
    return o.file === path.resolve(output) && o.size === st.size && o.mtimeMs === st.mtimeMs;
  } catch {
    return false;
  }
}

export function stateOf(
  graph: CorpusGraph,
  output: string,
  options: string,
  prints: ReadonlyMap<string, string>,
  resolution: ResolutionState | null,
): CarriedState {
  const keys: string[] = [],
    x: number[] = [],
    y: number[] = [];
  const ck: string[] = [],
    ids: number[] = [];
  // by key, the dropped statements (core StatementTable.dropped: sorted already) merged in: a rebuild takes the
  // statements' places as one range (droppedOf)
  const sorted = sortedCorpusNodes(graph);
  const d = graph.statements.dropped;
  let j = 0;
  const place = (k: string, px: unknown, py: unknown) => {
    if (!Number.isFinite(px) || !Number.isFinite(py)) return;
    keys.push(k);
    x.push(px as number);
    y.push(py as number);
  };
  for (let i = 0; i < sorted.keys.length; i++) {
    const k = sorted.keys[i]!,
      a = sorted.attrs[i]!;
    for (; d && j < d.keys.length && compareStrings(d.keys[j]!, k) < 0; j++) place(d.keys[j]!, d.x[j], d.y[j]);
    place(k, a.x, a.y);
    if (typeof a.community === "number") {
      ck.push(k);
      ids.push(a.community);
    }
  }
  for (; d && j < d.keys.length; j++) place(d.keys[j]!, d.x[j], d.y[j]);
  const totals = statementTotals(graph);
  const edges = entityEdges(graph, ck);
  const st = statSync(output);
  return {
    output: { file: path.resolve(output), size: st.size, mtimeMs: st.mtimeMs },
    options,
    positions: { keys, x: Float64Array.from(x), y: Float64Array.from(y) },
    communities: { keys: ck, ids: Int32Array.from(ids) },
    prints: { ids: [...prints.keys()], prints: [...prints.values()] },
    resolution: resolution && {
      names: resolution.names,
      merges: JSON.stringify(resolution.merges),
      overrides: JSON.stringify(resolution.overrides),
    },
    statements: {
      nodes: totals.nodes,
      edges: totals.edges,
      degree: { keys: [...totals.degree.keys()], weights: Float64Array.from(totals.degree.values()) },
      anchors: { keys: [...totals.anchors.keys()], counts: Int32Array.from(totals.anchors.values()) },
      length: totals.length,
    },
    edges,
  };
}

/** The graph's entity edges for the next build (core CarriedEdges), ends as indexes into `keys`; null if one is not there. */
function entityEdges(graph: CorpusGraph, keys: readonly string[]): CarriedState["edges"] {
  const rank = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) rank.set(keys[i]!, i);
  const n = graph.graph.size;
  const source = new Uint32Array(n),
    target = new Uint32Array(n),
    kind = new Uint8Array(n),
    weight = new Float64Array(n);
  const kinds: string[] = [];
  let i = 0,
    ok = true;
  graph.graph.forEachEdge((_e, a, s, t) => {
    const u = rank.get(s),
      v = rank.get(t);
    let k = kinds.indexOf(a.kind);
    if (k < 0) k = kinds.push(a.kind) - 1;
    if (u === undefined || v === undefined || k > 255 || typeof a.weight !== "number") ok = false;
    else {
      source[i] = u;
      target[i] = v;
      kind[i] = k;
      weight[i++] = a.weight;
    }
  });
  return ok ? { source, target, kinds, kind, weight } : null;
}

const STATEMENT = "statement:";

/**
 * The previous build's statements as their totals (core DroppedStatements), or null when the state's positions do
 * not hold exactly its statements (then they are entered as before). The positions are sorted by key, so the
 * statements' are one range: the keys that start with `statement:`.
 */
export function droppedOf(st: CarriedState): DroppedStatements | null {
  const { keys, x, y } = st.positions;
  const from = lowerBound(keys, STATEMENT);
  let to = from;
  while (to < keys.length && keys[to]!.startsWith(STATEMENT)) to++;
  const t = st.statements;
  if (to - from !== t.nodes) return null;
  return {
    documents: st.prints.ids.length,
    nodes: t.nodes,
    edges: t.edges,
    degree: new Map(t.degree.keys.map((k, i) => [k, t.degree.weights[i]!])),
    anchors: new Map(t.anchors.keys.map((k, i) => [k, t.anchors.counts[i]!])),
    length: t.length,
    keys: keys.slice(from, to),
    x: x.subarray(from, to),
    y: y.subarray(from, to),
  };
}

/** The first index of sorted `keys` not before `k`. */
function lowerBound(keys: readonly string[], k: string): number {
  let lo = 0,
    hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareStrings(keys[mid]!, k) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
