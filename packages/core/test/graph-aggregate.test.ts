// Corpus graph: one weighted edge per (source, target, kind), the entity network, dates, fold order independence.
import { describe, expect, it } from "vitest";
import type { ExtractionRecord } from "../src/schema/record.ts";
import { buildGraph, CorpusAccumulator, statementKey } from "../src/graph/build.ts";
import { MemoryFactStore, type DocFacts, type FactStore } from "../src/graph/facts.ts";
import { resolveAcrossDocuments } from "../src/resolve/resolve.ts";
import { serializeGraph } from "../src/graph/serialize.ts";
import { toDay } from "../src/graph/dates.ts";
import type { NewsGraph } from "../src/graph/build.ts";

type Kind = "person" | "organization" | "country" | "location";
const ENT: Record<string, Kind> = {
  Oriel: "person",
  Kestrova: "person",
  Norland: "country",
  Tidewater: "organization",
  Vessar: "location",
};
const idOf = (name: string) => `${ENT[name]}:${name.toLowerCase()}`;

/**
 * A record from plain sentences with invented names: every capitalised name of ENT is a mention; a sentence
 * `Oriel said X.` is a statement by Oriel whose content is X; `Oriel of Tidewater` is an affiliation.
 */
function record(id: string, text: string, date?: string): ExtractionRecord {
  const mentions = [...text.matchAll(/\b(Oriel|Kestrova|Norland|Tidewater|Vessar)\b/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    kind: ENT[m[0]]!,
    entity: idOf(m[0]),
  }));
  const names = [...new Set(mentions.map((m) => m.text))];
  const statements = [...text.matchAll(/(Oriel|Kestrova) said ([^.]+)\./g)].map((m, i) => {
    const start = m.index + m[1]!.length + 6;
    return {
      id: `s${i + 1}`,
      kind: "indirect" as const,
      start,
      end: start + m[2]!.length,
      text: m[2]!,
      speaker: idOf(m[1]!),
      source: { start: m.index, end: m.index + m[1]!.length, text: m[1]! },
      cue: { start: m.index + m[1]!.length + 1, end: m.index + m[1]!.length + 5, text: "said" },
      medium: null,
    };
  });
  const relations = [...text.matchAll(/(Oriel|Kestrova) of (Tidewater|Norland)/g)].map((m) => ({
    kind: "affiliated_with" as const,
    source: idOf(m[1]!),
    target: idOf(m[2]!),
    start: m.index,
    end: m.index + m[0].length,
  }));
  return {
    id,
    text,
    ...(date ? { date } : {}),
    entities: names.map((n) => ({ id: idOf(n), kind: ENT[n]!, name: n, aliases: [n] })),
    mentions,
    statements,
    relations,
  };
}

const CORPUS = () => [
  record(
    "a.txt",
    "Oriel of Tidewater spoke. Oriel said Norland and Vessar would talk. Oriel said Norland was ready.",
    "2026-01-05T09:00:00Z",
  ),
  record(
    "b.txt",
    "Oriel of Tidewater visited Norland. Kestrova said Oriel was wrong. Oriel met Kestrova in Vessar.",
    "03-FEB-2026 10:00:00.00",
  ),
  record("c.txt", "Oriel met Kestrova again. Nothing else.", "Mar 4, 2026"),
];

const build = (records = CORPUS()) => buildGraph(records, resolveAcrossDocuments(records));
const edge = (g: NewsGraph, s: string, t: string, kind: string) => {
  // graphology's findEdge(s, t) also matches t → s, so the direction is checked here
  const e = g.findEdge((_e, a, src, tgt) => src === s && tgt === t && a.kind === kind);
  return e === undefined ? undefined : g.getEdgeAttributes(e);
};

describe("one weighted edge per (source, target, kind)", () => {
  it("never repeats (source, target, kind); every edge has a weight equal to its occurrences", () => {
    const g = build();
    const seen = new Set<string>();
    g.forEachEdge((_e, a, s, t) => {
      const id = `${s}|${t}|${a.kind}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
      expect(a.weight).toBe(a.occurrences!.length);
      const occ = a.occurrences!.map((o) => `${o.document}:${String(o.start).padStart(5, "0")}`);
      expect(occ).toEqual([...occ].sort());
      expect({ document: a.document, start: a.start, end: a.end }).toEqual({
        document: a.occurrences![0]!.document,
        start: a.occurrences![0]!.start,
        end: a.occurrences![0]!.end,
      });
    });
  });

  it.each([
    // source, target, kind, weight, documents of the occurrences
    ["person:oriel", "organization:tidewater", "affiliated_with", 2, ["a.txt", "b.txt"]],
    ["person:oriel", "country:norland", "speaks_about", 2, ["a.txt", "a.txt"]],
    ["person:oriel", "location:vessar", "speaks_about", 1, ["a.txt"]],
    ["person:kestrova", "person:oriel", "speaks_about", 1, ["b.txt"]],
    ["person:kestrova", "person:oriel", "co_occurs", 3, ["b.txt", "b.txt", "c.txt"]],
    ["country:norland", "person:oriel", "co_occurs", 3, ["a.txt", "a.txt", "b.txt"]],
  ])("%s → %s %s has weight %i", (s, t, kind, weight, docs) => {
    const a = edge(build(), s, t, kind)!;
    expect(a, `${s} ${kind} ${t}`).toBeDefined();
    expect(a.weight).toBe(weight);
    expect(a.occurrences!.map((o) => o.document)).toEqual(docs);
  });

  it.each([
    // must find nothing: a pair seen in one sentence only (below the default threshold of 2), a speaker about himself
    ["location:vessar", "organization:tidewater", "co_occurs"],
    ["person:oriel", "person:oriel", "speaks_about"],
    ["person:oriel", "organization:tidewater", "co_occurs"], // exists, but from the smaller key
  ])("has no %s → %s %s edge", (s, t, kind) => {
    const g = build();
    expect(g.hasNode(s) && g.hasNode(t) && edge(g, s, t, kind)).toBeFalsy();
  });

  it("co_occurs goes from the smaller key; the threshold is an option", () => {
    const g = buildGraph(CORPUS(), resolveAcrossDocuments(CORPUS()), { coOccurMin: 1 });
    expect(edge(g, "location:vessar", "organization:tidewater", "co_occurs")).toBeUndefined();
    expect(edge(g, "country:norland", "location:vessar", "co_occurs")?.weight).toBe(1);
    g.forEachEdge((_e, a, s, t) => {
      if (a.kind === "co_occurs") expect(s < t).toBe(true);
    });
  });

  it("speaks_about lists the statements behind it; said stays one edge per statement", () => {
    const g = build();
    expect(edge(g, "person:oriel", "country:norland", "speaks_about")!.statements).toEqual([
      statementKey("a.txt", "s1"),
      statementKey("a.txt", "s2"),
    ]);
    g.forEachEdge((_e, a) => {
      if (a.kind === "said") expect(a.weight).toBe(1);
    });
  });
});

describe("time", () => {
  it.each([
    ["2026-01-05T09:00:00Z", "2026-01-05"],
    ["2026-01-05", "2026-01-05"],
    ["26-FEB-1987 15:01:01.79", "1987-02-26"],
    ["4 March 2026", "2026-03-04"],
    ["Mar 4, 2026", "2026-03-04"],
    // rows that must find nothing
    ["yesterday", undefined],
    ["2026-13-01", undefined],
    ["31-FOO-1987", undefined],
    ["", undefined],
  ])("toDay(%j) = %j", (input, day) => {
    expect(toDay(input)).toBe(day);
  });

  it("statements and occurrences keep their document's day; nodes and edges get first and last seen", () => {
    const g = build();
    expect(g.getNodeAttribute(statementKey("b.txt", "s1"), "date")).toBe("2026-02-03");
    expect(g.getNodeAttributes("person:oriel")).toMatchObject({ firstSeen: "2026-01-05", lastSeen: "2026-03-04" });
    const co = edge(g, "person:kestrova", "person:oriel", "co_occurs")!;
    expect(co).toMatchObject({ firstSeen: "2026-02-03", lastSeen: "2026-03-04" });
    expect(co.occurrences!.map((o) => o.date)).toEqual(["2026-02-03", "2026-02-03", "2026-03-04"]);
  });

  it("an undated corpus has no firstSeen anywhere", () => {
    const records = CORPUS().map(({ date: _d, ...r }) => r);
    const g = build(records);
    g.forEachNode((_n, a) => expect(a.firstSeen).toBeUndefined());
    g.forEachEdge((_e, a) => expect(a.firstSeen).toBeUndefined());
  });
});

describe("CorpusAccumulator", () => {
  it("gives the same bytes whatever the order of folding", () => {
    const fold = (records: ExtractionRecord[]) => {
      const acc = new CorpusAccumulator();
      for (const r of records) acc.fold(r);
      return serializeGraph(acc.finish(resolveAcrossDocuments(acc.entityRecords())));
    };
    expect(fold([...CORPUS()].reverse())).toBe(fold(CORPUS()));
  });

  it("keeps no text: the resolution input has entities only", () => {
    const acc = new CorpusAccumulator();
    for (const r of CORPUS()) acc.fold(r);
    expect(acc.documents).toBe(3);
    expect(acc.entityRecords().every((r) => r.text === undefined && r.mentions.length === 0)).toBe(true);
  });

  it("keeps statements, relations and sentences in its fact store, takes each back once, and is consumed by finish", () => {
    // a store that round-trips through JSON, as the CLI's temporary file does
    const stored = new Map<string, string>();
    let puts = 0,
      takes = 0;
    const store: FactStore = {
      put: (id, f) => void (puts++, stored.set(id, JSON.stringify(f))),
      take: (id) => (takes++, JSON.parse(stored.get(id) ?? "null") as DocFacts),
    };
    const acc = new CorpusAccumulator({ facts: store });
    for (const r of CORPUS()) acc.fold(r);
    const spilled = serializeGraph(acc.finish(resolveAcrossDocuments(CORPUS())));
    expect([puts, takes]).toEqual([3, 3]);
    expect(acc.documents).toBe(0);
    expect(spilled).toBe(serializeGraph(build()));
    expect(spilled).toContain('"kind":"statement"');
  });

  it("the in-memory fact store hands a document's facts back once", () => {
    const store = new MemoryFactStore();
    store.put("a.txt", { statements: [], relations: [], sentences: [] });
    expect(store.take("a.txt").statements).toEqual([]);
    expect(() => store.take("a.txt")).toThrow(/newsgraph\/graph: no facts stored for document a\.txt/);
  });

  it("refuses a document id folded twice, naming it", () => {
    const acc = new CorpusAccumulator();
    acc.fold(CORPUS()[0]!);
    expect(() => acc.fold(CORPUS()[0]!)).toThrow(/newsgraph\/graph: document id a\.txt folded twice/);
  });
});
