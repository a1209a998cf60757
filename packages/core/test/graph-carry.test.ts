// Carried statements (an incremental build's): the outputs are the bytes of a build in full, copied or refilled.
import { describe, expect, it } from "vitest";
import { CorpusAccumulator, type Carry } from "../src/graph/build.ts";
import { serializeGraph, graphJsonChunks, type LineReuse } from "../src/graph/serialize.ts";
import { toGexf } from "../src/graph/gexf.ts";
import { toGraphml } from "../src/graph/graphml.ts";
import { materialize, sortedCorpusNodes, type CorpusGraph } from "../src/graph/corpus-graph.ts";
import type { CarriedFacts, DocFacts, FactStore } from "../src/graph/facts.ts";
import { finishCorpusGraph, type CorpusOptions } from "../src/pipeline/pipeline.ts";
import { dataRecords } from "./support/data-records.ts";

const records = dataRecords();
const opts: CorpusOptions = { layout: { iterations: 30 }, seed: 3 };

/** A fact store that keeps every document's facts as JSON, so a carried one can be read again. */
class KeepingStore implements FactStore {
  readonly json = new Map<string, string>();
  put(id: string, f: DocFacts): void {
    this.json.set(id, JSON.stringify(f));
  }
  take(id: string): DocFacts {
    return JSON.parse(this.json.get(id)!) as DocFacts;
  }
}

/** A store that hands a carried document's statements back as anchors only, as the CLI's does (fact-bytes.ts). */
class AnchorStore extends KeepingStore {
  carriedTaken = 0;
  takeCarried(id: string): CarriedFacts {
    this.carriedTaken++;
    const { statements, relations, sentences } = this.take(id);
    const anchors = statements.map(({ id, speaker, medium, mediumKind, mentions }) => ({
      id,
      speaker,
      medium,
      mediumKind,
      mentions,
    }));
    return { statements: anchors, relations, sentences };
  }
}

/** The corpus graph, with the documents `clean` accepts carried (facts read back by `facts`, default: as folded). */
function build(
  clean?: (doc: string) => boolean,
  facts?: (doc: string, kept: KeepingStore) => DocFacts,
  store: KeepingStore = new KeepingStore(),
) {
  const carry: Carry | undefined = clean && {
    clean: (doc) => clean(doc),
    facts: (doc) => (facts ?? ((d, s) => s.take(d)))(doc, store),
  };
  const acc = new CorpusAccumulator({ facts: store, keyPrints: true, ...(carry ? { carry } : {}) });
  for (const r of records) acc.fold(r, r.text);
  return finishCorpusGraph(acc, opts);
}

/** A LineReuse offering every statement line of a graph.json (as the CLI's PreviousLines does for clean documents). */
function linesOf(json: string): LineReuse & { asked: number } {
  const nodes = new Map<string, Uint8Array>(),
    edges = new Map<string, Uint8Array>();
  for (const raw of json.split("\n")) {
    const line = raw.endsWith(",") ? raw.slice(0, -1) : raw;
    if (!line.startsWith('{"key":')) continue;
    const v = JSON.parse(line) as { key: string; source?: string; target?: string; attributes: { kind: string } };
    if (v.source === undefined) {
      if (v.attributes.kind === "statement") nodes.set(v.key, Buffer.from(line));
    } else if (v.source.startsWith("statement:") || v.target!.startsWith("statement:"))
      edges.set(`${v.key}\u0000${v.source}\u0000${v.target}\u0000${v.attributes.kind}`, Buffer.from(line));
  }
  const r = {
    asked: 0,
    node: (key: string, a: Record<string, unknown>) => {
      if (a.kind !== "statement") return undefined;
      r.asked++;
      // what the CLI's copier checks on every statement it is asked for
      expect(typeof a.document).toBe("string");
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      return nodes.get(key);
    },
    edge: (s: string, t: string, a: Record<string, unknown>, key: string) => {
      if (!s.startsWith("statement:") && !t.startsWith("statement:")) return undefined;
      r.asked++;
      expect(typeof a.document).toBe("string");
      return edges.get(`${key}\u0000${s}\u0000${t}\u0000${String(a.kind)}`);
    },
  };
  return r;
}

const write = (c: CorpusGraph, reuse?: LineReuse) => {
  const out: string[] = [];
  for (const chunk of graphJsonChunks(c, undefined, reuse))
    out.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
  return out.join("");
};

describe("carried statements", () => {
  const full = build();
  const json = serializeGraph(full);

  it("are carried entries until a reader needs them in full, then written as a build in full writes them", () => {
    const c = build(() => true);
    expect(c.statements.carried).toBe(c.statements.size);
    expect(c.statements.size).toBeGreaterThan(5);
    // no reuse: every carried statement is refilled from its document's facts
    expect(write(c)).toBe(json);
    expect(c.statements.carried).toBe(0);
  });

  it("sorted once while the graph keeps its nodes; sorted again after a refill or a new node", () => {
    const c = build(() => true);
    const first = sortedCorpusNodes(c);
    expect(sortedCorpusNodes(c)).toBe(first); // the quality score, the writer and the snapshot share one sort
    const i = first.keys.findIndex((k) => k.startsWith("statement:"));
    const light = first.attrs[i];
    c.statements.expand(); // every carried entry refilled: new attribute objects
    const refilled = sortedCorpusNodes(c);
    expect(refilled).not.toBe(first);
    expect(refilled.keys).toEqual(first.keys);
    expect(refilled.attrs[i]).not.toBe(light);
    expect(refilled.attrs[i]).toBe(c.statements.attrs[c.statements.indexOf(first.keys[i]!)!]);
    c.graph.addNode("person:zz-added", { kind: "person", label: "Added", aliases: [] });
    const grown = sortedCorpusNodes(c);
    expect(grown.keys.length).toBe(first.keys.length + 1);
    expect(grown.keys).toContain("person:zz-added");
  });

  it("copied from the previous lines, need nothing else: same bytes, nothing refilled", () => {
    const c = build(() => true);
    const reuse = linesOf(json);
    expect(write(c, reuse)).toBe(json);
    expect(reuse.asked).toBeGreaterThan(c.statements.size);
    expect(c.statements.carried).toBe(c.statements.size);
  });

  it("read as anchors only when the store keeps them apart: the same bytes, copied or refilled", () => {
    const store = new AnchorStore();
    const c = build(() => true, undefined, store);
    expect(store.carriedTaken).toBe(records.length);
    expect(c.statements.attrs.every((a) => a.text === undefined)).toBe(true);
    expect(write(c, linesOf(json))).toBe(json);
    expect(c.statements.carried).toBe(c.statements.size);
    expect(write(c)).toBe(json);
    expect(c.statements.carried).toBe(0);
    // a document not carried is taken in full
    const none = new AnchorStore();
    expect(serializeGraph(build(() => false, undefined, none))).toBe(json);
    expect(none.carriedTaken).toBe(0);
  });

  it("a line the previous file lacks is refilled, the others copied", () => {
    const c = build(() => true);
    const reuse = linesOf(json);
    const missing = c.statements.keys[0]!;
    const offered = linesOf(json);
    reuse.node = (k, a) => (k === missing ? (offered.node(k, a), undefined) : offered.node(k, a));
    expect(write(c, reuse)).toBe(json);
    expect(c.statements.carried).toBe(c.statements.size - 1);
  });

  it("only for clean documents: a document whose entity keys changed is built in full", () => {
    const doc = records[0]!.id;
    const c = build((d) => d !== doc);
    const mine = c.statements.attrs.filter((a) => a.document === doc);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((a) => typeof a.text === "string")).toBe(true);
    expect(c.statements.carried).toBe(c.statements.size - mine.length);
    expect(write(c, linesOf(json))).toBe(json);
  });

  it("GEXF, GraphML and one graphology graph get them in full", () => {
    expect(
      toGexf(
        build(() => true),
        { description: "d" },
      ),
    ).toBe(toGexf(full, { description: "d" }));
    expect(toGraphml(build(() => true))).toBe(toGraphml(full));
    expect(serializeGraph(materialize(build(() => true)))).toBe(json);
  });

  it("a carried statement missing from its document's facts: one message naming the module and --full", () => {
    const c = build(
      () => true,
      () => ({ statements: [], relations: [], sentences: [] }),
    );
    expect(() => write(c)).toThrow(/^newsgraph\/graph: carried statement statement:.* build with --full$/);
  });
});
