// Dropped statements (a rebuild whose previous documents are all clean): the bytes of a build that enters them all.
import { describe, expect, it } from "vitest";
import { CorpusAccumulator, type Carry } from "../src/graph/build.ts";
import { serializeGraph, graphJsonChunks, type LineReuse } from "../src/graph/serialize.ts";
import { forEachCorpusNode, type CorpusGraph } from "../src/graph/corpus-graph.ts";
import { compareStrings } from "../src/graph/attributes.ts";
import { statementTotals, type DroppedStatements, type StatementTotals } from "../src/graph/statement-totals.ts";
import { finishCorpusGraph } from "../src/pipeline/pipeline.ts";
import type { ExtractionRecord } from "../src/schema/record.ts";
import { dataRecords } from "./support/data-records.ts";

const records = dataRecords();
/** the previous build has every record but this one; the rebuild adds it */
const ADDED = records.length - 1;
const old = records.filter((_r, i) => i !== ADDED);

type Positions = Map<string, { x: number; y: number }>;
const opts = (previous?: Positions) => ({ layout: { iterations: 30, ...(previous ? { previous } : {}) }, seed: 3 });

function fold(recs: ExtractionRecord[], carry?: Carry): CorpusAccumulator {
  const acc = new CorpusAccumulator({ keyPrints: true, ...(carry ? { carry } : {}) });
  for (const r of recs) acc.fold(r, r.text);
  return acc;
}

/** The previous build: its graph.json, key prints, positions and statement totals as a snapshot keeps them. */
function previousBuild() {
  const acc = fold(old);
  const c = finishCorpusGraph(acc, opts());
  const positions: Positions = new Map();
  forEachCorpusNode(c, (k, a) => positions.set(k, { x: a.x as number, y: a.y as number }));
  const keys = c.statements.keys.slice().sort(compareStrings);
  const dropped: DroppedStatements = {
    ...statementTotals(c),
    documents: old.length,
    keys,
    x: Float64Array.from(keys, (k) => positions.get(k)!.x),
    y: Float64Array.from(keys, (k) => positions.get(k)!.y),
  };
  return { json: serializeGraph(c), prints: acc.keyPrints!, positions, dropped };
}

/**
 * A LineReuse that copies nothing but the previous file's statement lines (every one a dropped statement's), in runs
 * of `per` lines joined as in the file, as the CLI's PreviousLines does.
 */
function runsOf(json: string, per = 1): LineReuse {
  const lines = { nodes: [] as { id: string[]; line: string }[], edges: [] as { id: string[]; line: string }[] };
  for (const raw of json.split("\n")) {
    const line = raw.endsWith(",") ? raw.slice(0, -1) : raw;
    if (!line.startsWith('{"key":')) continue;
    const v = JSON.parse(line) as { key: string; source?: string; target?: string; attributes: { kind: string } };
    if (v.source === undefined) {
      if (v.key.startsWith("statement:")) lines.nodes.push({ id: [v.key], line });
    } else if (v.source.startsWith("statement:") || v.target!.startsWith("statement:"))
      lines.edges.push({ id: [v.source, v.target!, v.attributes.kind], line });
  }
  const before = (a: string[], b: readonly string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return compareStrings(a[i]!, b[i]!) < 0;
    return false;
  };
  const at = { nodes: 0, edges: 0 };
  return {
    node: () => undefined,
    edge: () => undefined,
    carried(section, id) {
      const list = lines[section];
      const got: string[] = [];
      while (at[section] < list.length && (id === null || before(list[at[section]]!.id, id)))
        got.push(list[at[section]++]!.line);
      const runs: Uint8Array[] = [];
      for (let i = 0; i < got.length; i += per) runs.push(Buffer.from(got.slice(i, i + per).join(",\n")));
      return { runs, lines: got.length };
    },
  };
}

const write = (c: CorpusGraph, reuse?: LineReuse) =>
  [...graphJsonChunks(c, undefined, reuse)]
    .map((chunk) => (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")))
    .join("");

const sorted = (t: StatementTotals) => ({
  ...t,
  degree: [...t.degree].sort((a, b) => compareStrings(a[0], b[0])),
  anchors: [...t.anchors].sort((a, b) => compareStrings(a[0], b[0])),
});

describe("dropped statements", () => {
  const prev = previousBuild();
  const carry = (dropped: DroppedStatements | null, clean = (_d: string) => true): Carry => ({
    clean: (doc, print) => clean(doc) && prev.prints.get(doc) === print,
    facts: () => {
      throw new Error("refilled");
    },
    dropped,
  });
  const rebuild = (c?: Carry) => finishCorpusGraph(fold(records, c), opts(prev.positions));
  // the same inputs from the same previous positions, every statement entered
  const full = rebuild();
  const json = serializeGraph(full);

  it("are not entered, and the graph writes the bytes of one that entered them all", () => {
    const c = rebuild(carry(prev.dropped));
    expect(c.statements.dropped).toBe(prev.dropped);
    expect(c.statements.size).toBe(full.statements.size - prev.dropped.nodes);
    expect(c.statements.size).toBeGreaterThan(0); // the added record's statements are entered
    expect(prev.dropped.nodes).toBeGreaterThan(5);
    expect(write(c, runsOf(prev.json))).toBe(json);
    expect(write(rebuild(carry(prev.dropped)), runsOf(prev.json, 7))).toBe(json);
    expect(json).toContain('"quality":');
  });

  it("leave the next build the totals of a build that entered them all", () => {
    const c = rebuild(carry(prev.dropped));
    expect(sorted(statementTotals(c))).toEqual(sorted(statementTotals(full)));
  });

  it("are entered as before when a previous document is not clean", () => {
    const c = rebuild(carry(prev.dropped, (d) => d !== old[0]!.id));
    expect(c.statements.dropped).toBeNull();
    expect(c.statements.size).toBe(full.statements.size);
  });

  it("need the previous file: without its lines, or with one missing, the build stops naming --full", () => {
    expect(() => write(rebuild(carry(prev.dropped)))).toThrow(/^newsgraph\/graph: .* build with --full$/);
    const lacking = prev.json.replace(/\n\{"key":"statement:[^\n]*/, "");
    expect(() => write(rebuild(carry(prev.dropped)), runsOf(lacking))).toThrow(
      /^newsgraph\/graph: the previous graph.json holds \d+ of the \d+ statement nodes .* build with --full$/,
    );
  });

  it("cannot be materialised (GEXF, GraphML and one graph need them in full)", () => {
    expect(() => rebuild(carry(prev.dropped)).statements.expand()).toThrow(/build with --full/);
  });
});
