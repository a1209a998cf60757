// An incremental build's entity edges carried from the previous build: every edge with an end no changed document names.
import { compareStrings } from "./attributes.ts";
import type { EdgeRecord } from "./edges.ts";
import type { DocSummary } from "./accumulate.ts";

/**
 * The previous build's entity edges (every edge of its graphology part), in its insertion order, which is sorted by
 * (source, target, kind): each end an index into `keys`, each kind one into `kinds`, and the weight. With `prints`,
 * the key print (carry.ts keyPrint) of each of that build's documents, which tells the entities a changed or gone
 * document named then.
 */
export interface CarriedEdges {
  keys: readonly string[];
  source: Uint32Array;
  target: Uint32Array;
  kinds: readonly string[];
  kind: Uint8Array;
  weight: Float64Array;
  prints: ReadonlyMap<string, string>;
}

/**
 * Marks a carried entity edge's attributes: only its kind and weight (what the entity network, the sizes and the
 * snapshot read), its line copied from the previous graph.json by the writer (which refuses to write one in full).
 * A symbol: invisible to Object.keys and JSON.
 */
export const CARRIED_EDGE: unique symbol = Symbol("carried entity edge");

/** The node keys of a key print (keyPrint: each key followed by \u0000, a deleted one marked \u0001). */
export function addPrintKeys(out: Set<string>, print: string | undefined): void {
  if (print === undefined) return;
  let at = 0;
  for (let end = print.indexOf("\u0000"); end !== -1; at = end + 1, end = print.indexOf("\u0000", at))
    out.add(print.charCodeAt(at) === 1 ? print.slice(at + 1, end) : print.slice(at, end));
}

/**
 * The entities a document that is not carried names, now (`prints`) or in the previous build (`before`), gone
 * documents included. Any other entity is named by carried documents only, in both builds: its edges come from
 * carried documents alone (an edge's occurrences are in documents naming both ends), so they are what they were.
 */
export function touchedKeys(
  prints: ReadonlyMap<string, string>,
  before: ReadonlyMap<string, string>,
  carried: ReadonlySet<string>,
): Set<string> {
  const touched = new Set<string>();
  for (const [id, print] of prints)
    if (!carried.has(id)) {
      addPrintKeys(touched, print);
      addPrintKeys(touched, before.get(id));
    }
  for (const [id, print] of before) if (!prints.has(id)) addPrintKeys(touched, print);
  return touched;
}

const compareEdge = (s: string, t: string, k: string, e: EdgeRecord): number =>
  compareStrings(s, e.source) || compareStrings(t, e.target) || compareStrings(k, e.attributes.kind);

/**
 * The gathered edges (sorted by source, target and kind) with the carried ones that have an untouched end merged in
 * at their places: the stream graphFromFolded inserts, the same order as a full build's. The gathered ones have both
 * ends touched (the build gathers nothing else from carried documents), so no edge comes from both.
 */
export function* withCarried(
  gathered: Iterable<EdgeRecord>,
  c: CarriedEdges,
  touched: ReadonlySet<string>,
): Generator<EdgeRecord> {
  const n = c.source.length;
  let i = 0;
  const next = () => {
    while (i < n && touched.has(c.keys[c.source[i]!]!) && touched.has(c.keys[c.target[i]!]!)) i++;
  };
  const carried = (): EdgeRecord => {
    const attributes = { kind: c.kinds[c.kind[i]!]!, weight: c.weight[i]!, [CARRIED_EDGE]: true };
    const e = { source: c.keys[c.source[i]!]!, target: c.keys[c.target[i]!]!, attributes };
    i++;
    next();
    return e as unknown as EdgeRecord;
  };
  next();
  for (const e of gathered) {
    while (i < n && compareEdge(c.keys[c.source[i]!]!, c.keys[c.target[i]!]!, c.kinds[c.kind[i]!]!, e) < 0)
      yield carried();
    yield e;
  }
  while (i < n) yield carried();
}

/** Whether an edge's attributes are a carried entity edge's (kind and weight only). */
export const isCarriedEdge = (a: unknown): boolean =>
  (a as { [CARRIED_EDGE]?: boolean } | null)?.[CARRIED_EDGE] === true;

/** Whether fewer than two of a document's entities have a key in `touched` (then none of its edges has both ends in it). */
export function fewerThanTwo(d: DocSummary, key: (e: string) => string, touched: ReadonlySet<string>): boolean {
  let n = 0;
  for (const e of d.entities) if (touched.has(key(e.id)) && ++n === 2) return false;
  return true;
}
