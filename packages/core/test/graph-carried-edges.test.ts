// Carried entity edges (a rebuild takes every edge with an untouched end from the previous build): a full build's bytes.
import { describe, expect, it } from "vitest";
import { CorpusAccumulator, type Carry } from "../src/graph/build.ts";
import { serializeGraph, graphJsonChunks, type LineReuse } from "../src/graph/serialize.ts";
import { forEachCorpusNode, type CorpusGraph } from "../src/graph/corpus-graph.ts";
import { compareStrings } from "../src/graph/attributes.ts";
import { isCarriedEdge, touchedKeys, withCarried, type CarriedEdges } from "../src/graph/carried-edges.ts";
import { statementTotals, type DroppedStatements } from "../src/graph/statement-totals.ts";
import { finishCorpusGraph } from "../src/pipeline/pipeline.ts";
import type { ExtractionRecord } from "../src/schema/record.ts";
import type { EdgeRecord } from "../src/graph/edges.ts";
import { dataRecords } from "./support/data-records.ts";

const records = dataRecords();
const ADDED = records.length - 1;
const old = records.filter((_r, i) => i !== ADDED);

type Positions = Map<string, { x: number; y: number }>;
const opts = (previous?: Positions) => ({ layout: { iterations: 30, ...(previous ? { previous } : {}) }, seed: 3 });

function fold(recs: ExtractionRecord[], carry?: Carry): CorpusAccumulator {
  const acc = new CorpusAccumulator({ keyPrints: true, ...(carry ? { carry } : {}) });
  for (const r of recs) acc.fold(r, r.text);
  return acc;
}

/** A graph's entity edges as the CLI's snapshot keeps them (carried-state.ts entityEdges). */
function edgesOf(c: CorpusGraph, prints: ReadonlyMap<string, string>): CarriedEdges {
  const keys = c.graph.nodes().sort(compareStrings);
  const rank = new Map(keys.map((k, i) => [k, i]));
  const kinds: string[] = [];
  const s: number[] = [],
    t: number[] = [],
    k: number[] = [],
    w: number[] = [];
  c.graph.forEachEdge((_e, a, source, target) => {
    if (!kinds.includes(a.kind)) kinds.push(a.kind);
    s.push(rank.get(source)!);
    t.push(rank.get(target)!);
    k.push(kinds.indexOf(a.kind));
    w.push(a.weight!);
  });
  return {
    keys,
    source: Uint32Array.from(s),
    target: Uint32Array.from(t),
    kinds,
    kind: Uint8Array.from(k),
    weight: Float64Array.from(w),
    prints,
  };
}

function previousBuild(recs: ExtractionRecord[]) {
  const acc = fold(recs);
  const c = finishCorpusGraph(acc, opts());
  const positions: Positions = new Map();
  forEachCorpusNode(c, (k, a) => positions.set(k, { x: a.x as number, y: a.y as number }));
  const keys = c.statements.keys.slice().sort(compareStrings);
  const dropped: DroppedStatements = {
    ...statementTotals(c),
    documents: recs.length,
    keys,
    x: Float64Array.from(keys, (k) => positions.get(k)!.x),
    y: Float64Array.from(keys, (k) => positions.get(k)!.y),
  };
  const prints = acc.keyPrints!;
  return { c, json: serializeGraph(c), prints, positions, dropped, edges: edgesOf(c, prints) };
}

/** The previous file's lines by id: statement lines in runs (dropped), entity edges one by one when asked. */
function previousLines(json: string, untouched: (k: string) => boolean): LineReuse & { entityEdges: number } {
  const nodes: { id: string[]; line: string }[] = [],
    edges: { id: string[]; line: string }[] = [];
  const entityEdge = new Map<string, string>();
  for (const raw of json.split("\n")) {
    const line = raw.endsWith(",") ? raw.slice(0, -1) : raw;
    if (!line.startsWith('{"key":')) continue;
    const v = JSON.parse(line) as { key: string; source?: string; target?: string; attributes: { kind: string } };
    if (v.source === undefined) {
      if (v.key.startsWith("statement:")) nodes.push({ id: [v.key], line });
    } else if (v.source.startsWith("statement:") || v.target!.startsWith("statement:"))
      edges.push({ id: [v.source, v.target!, v.attributes.kind], line });
    else entityEdge.set(v.key, line);
  }
  const before = (a: string[], b: readonly string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return compareStrings(a[i]!, b[i]!) < 0;
    return false;
  };
  const at = { nodes: 0, edges: 0 };
  const lists = { nodes, edges };
  const reuse = {
    entityEdges: 0,
    node: () => undefined,
    edge(source: string, target: string, _a: Record<string, unknown>, key: string) {
      if (!untouched(source) && !untouched(target)) return undefined;
      const line = entityEdge.get(key);
      if (line !== undefined) reuse.entityEdges++;
      return line === undefined ? undefined : Buffer.from(line);
    },
    carried(section: "nodes" | "edges", id: readonly string[] | null) {
      const list = lists[section];
      const got: string[] = [];
      while (at[section] < list.length && (id === null || before(list[at[section]]!.id, id)))
        got.push(list[at[section]++]!.line);
      return { runs: got.map((l) => Buffer.from(l)), lines: got.length };
    },
  };
  return reuse;
}

const write = (c: CorpusGraph, reuse?: LineReuse) =>
  [...graphJsonChunks(c, undefined, reuse)]
    .map((chunk) => (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")))
    .join("");

/** Every entity edge in graphology's order: key, ends, kind, weight, and whether it was carried. */
const edgeRows = (c: CorpusGraph) =>
  c.graph.mapEdges((key, a, s, t) => ({ key, s, t, kind: a.kind, weight: a.weight, carried: isCarriedEdge(a) }));

describe("carried entity edges", () => {
  const prev = previousBuild(old);
  const carry = (clean = (_d: string) => true, dropped: DroppedStatements | null = prev.dropped): Carry => ({
    clean: (doc, print) => clean(doc) && prev.prints.get(doc) === print,
    facts: () => {
      throw new Error("refilled");
    },
    dropped,
    edges: prev.edges,
  });
  const rebuild = (recs: ExtractionRecord[], c?: Carry) => {
    const acc = fold(recs, c);
    return { c: finishCorpusGraph(acc, opts(prev.positions)), prints: acc.keyPrints! };
  };
  // the same inputs from the same previous positions, every edge gathered
  const full = rebuild(records).c;
  const json = serializeGraph(full);

  it("are the full build's edges in its order; those with an untouched end are carried, the rest gathered", () => {
    const { c, prints } = rebuild(records, carry());
    const carried = new Set(old.map((r) => r.id));
    const touched = touchedKeys(prints, prev.prints, carried);
    const rows = edgeRows(c);
    expect(rows.map(({ carried: _c, ...r }) => r)).toEqual(edgeRows(full).map(({ carried: _c, ...r }) => r));
    for (const r of rows) expect(r.carried, r.key).toBe(!touched.has(r.s) || !touched.has(r.t));
    // the added record names old entities: some edges between two of them are gathered again, others carried
    expect(rows.filter((r) => r.carried).length).toBeGreaterThan(rows.length / 2);
    expect(rows.filter((r) => !r.carried).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.carried && (touched.has(r.s) || touched.has(r.t))).length).toBeGreaterThan(0);
    // a gathered edge between two touched entities that gained an occurrence (a new statement, a new mention)
    const was = new Map(edgeRows(prev.c).map((r) => [r.key, r.weight]));
    expect(rows.some((r) => !r.carried && was.has(r.key) && was.get(r.key) !== r.weight)).toBe(true);
  });

  it("write the full build's bytes, their lines copied from the previous file", () => {
    const { c, prints } = rebuild(records, carry());
    const touched = touchedKeys(prints, prev.prints, new Set(old.map((r) => r.id)));
    const reuse = previousLines(prev.json, (k) => !touched.has(k));
    expect(write(c, reuse)).toBe(json);
    expect(reuse.entityEdges).toBeGreaterThan(0);
  });

  it("a carried edge whose line the previous file lacks is refused, not written from its kind and weight", () => {
    const { c } = rebuild(records, carry());
    const reuse = previousLines(prev.json, () => false);
    expect(() => write(c, reuse)).toThrow(/carried from the previous build.*build with --full/);
  });

  it("a changed document's entities, as they are and as they were, are touched: its old edges are not carried", () => {
    const changed = old[0]!.id;
    const { c, prints } = rebuild(
      records,
      carry((d) => d !== changed),
    );
    const touched = touchedKeys(prints, prev.prints, new Set(old.map((r) => r.id).filter((id) => id !== changed)));
    const rows = edgeRows(c);
    expect(rows.map(({ carried: _c, ...r }) => r)).toEqual(edgeRows(full).map(({ carried: _c, ...r }) => r));
    for (const r of rows) expect(r.carried, r.key).toBe(!touched.has(r.s) || !touched.has(r.t));
    // (its bytes: the CLI's scale-incremental test "a changed and a removed article", where statements are refilled)
  });

  it("a removed document's entities are touched too", () => {
    const gone = old[1]!.id;
    const now = records.filter((r) => r.id !== gone);
    const want = rebuild(now).c;
    const { c, prints } = rebuild(now, carry());
    const touched = touchedKeys(prints, prev.prints, new Set(old.map((r) => r.id).filter((id) => id !== gone)));
    const rows = edgeRows(c);
    expect(rows.map(({ carried: _c, ...r }) => r)).toEqual(edgeRows(want).map(({ carried: _c, ...r }) => r));
    for (const r of rows) expect(r.carried, r.key).toBe(!touched.has(r.s) || !touched.has(r.t));
  });
});

describe("withCarried", () => {
  const rec = (source: string, target: string, kind: string) =>
    ({ source, target, attributes: { kind, weight: 1 } }) as unknown as EdgeRecord;
  const list: CarriedEdges = {
    keys: ["a", "b", "c", "d"],
    source: Uint32Array.from([0, 0, 1, 2]),
    target: Uint32Array.from([1, 3, 2, 3]),
    kinds: ["co_occurs", "part_of"],
    kind: Uint8Array.from([0, 1, 0, 0]),
    weight: Float64Array.from([2, 3, 4, 5]),
    prints: new Map(),
  };
  const ids = (g: Iterable<EdgeRecord>) => [...g].map((e) => `${e.source}>${e.target}:${e.attributes.kind}`);

  it.each([
    // touched, gathered, what comes out (carried: an edge with an end not touched)
    [[], [], ["a>b:co_occurs", "a>d:part_of", "b>c:co_occurs", "c>d:co_occurs"]],
    [["b", "c"], [rec("b", "c", "co_occurs")], ["a>b:co_occurs", "a>d:part_of", "b>c:co_occurs", "c>d:co_occurs"]],
    [["a", "b", "c", "d"], [rec("a", "c", "co_occurs")], ["a>c:co_occurs"]],
    [["a", "b", "c", "d"], [], []],
    [
      ["a", "b"],
      [rec("a", "b", "based_in"), rec("a", "b", "co_occurs")],
      ["a>b:based_in", "a>b:co_occurs", "a>d:part_of", "b>c:co_occurs", "c>d:co_occurs"],
    ],
  ])("touched %j, gathered %#", (touched, gathered, want) => {
    expect(ids(withCarried(gathered, list, new Set(touched)))).toEqual(want);
  });
});
