// Graph stage: merging across documents, statement nodes with evidence, edge kinds, positions, serialisation.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import type { ExtractionRecord } from "../src/schema/record.ts";
import { SerializedGraph } from "../src/schema/graph.ts";
import { buildGraph, statementKey } from "../src/graph/build.ts";
import { resolveAcrossDocuments } from "../src/resolve/resolve.ts";
import { serializeGraph } from "../src/graph/serialize.ts";
import { runLayout } from "../src/graph/layout.ts";

// Invented people and places; offsets are computed from the text so the table stays correct when edited.
const TEXT_A =
  'Minister Talia Brenmoor of Norland spoke on Tuesday. "Ports will reopen in Vessar," Brenmoor told the Harbour Gazette. Nothing else happened.';
function span(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: ${s} not in text`);
  return { start, end: start + s.length, text: s };
}

function recordA(): ExtractionRecord {
  const t = TEXT_A;
  const quote = span(t, "Ports will reopen in Vessar,");
  return {
    id: "a.txt",
    date: "2026-01-05",
    title: "Ports",
    text: t,
    entities: [
      {
        id: "person:talia-brenmoor",
        kind: "person",
        name: "Talia Brenmoor",
        aliases: ["Talia Brenmoor", "Brenmoor"],
        roles: [{ role: "Minister", at: "country:norland" }],
      },
      { id: "country:norland", kind: "country", name: "Norland", aliases: ["Norland"], iso: "NL" },
      { id: "location:vessar", kind: "location", name: "Vessar", aliases: ["Vessar"] },
      {
        id: "organization:harbour-gazette",
        kind: "organization",
        name: "Harbour Gazette",
        aliases: ["Harbour Gazette"],
      },
    ],
    mentions: [
      { ...span(t, "Talia Brenmoor"), kind: "person", entity: "person:talia-brenmoor" },
      { ...span(t, "Norland"), kind: "country", entity: "country:norland" },
      { ...span(t, "Vessar"), kind: "location", entity: "location:vessar" },
      { ...span(t, "Brenmoor", quote.end), kind: "person", entity: "person:talia-brenmoor" },
      { ...span(t, "Harbour Gazette"), kind: "organization", entity: "organization:harbour-gazette" },
    ],
    statements: [
      {
        id: "s1",
        kind: "direct",
        ...quote,
        speaker: "person:talia-brenmoor",
        source: span(t, "Brenmoor", quote.end),
        cue: span(t, "told"),
        medium: "organization:harbour-gazette",
        rule: "test",
      },
    ],
    relations: [
      {
        kind: "affiliated_with",
        source: "person:talia-brenmoor",
        target: "country:norland",
        role: "Minister",
        former: false,
        ...span(t, "Minister Talia Brenmoor of Norland"),
      },
    ],
  };
}

function recordB(): ExtractionRecord {
  const t = "Talia Brenmoor visited Norland again. Later, in a post on Chirper, she wrote that talks were over.";
  return {
    id: "b.txt",
    entities: [
      { id: "person:talia-brenmoor", kind: "person", name: "Talia Brenmoor", aliases: ["Talia Brenmoor"] },
      { id: "country:norland", kind: "country", name: "Norland", aliases: ["Norland"] },
      { id: "organization:chirper", kind: "organization", name: "Chirper", aliases: ["Chirper"] },
    ],
    mentions: [
      { ...span(t, "Talia Brenmoor"), kind: "person", entity: "person:talia-brenmoor" },
      { ...span(t, "Norland"), kind: "country", entity: "country:norland" },
      { ...span(t, "Chirper"), kind: "organization", entity: "organization:chirper" },
    ],
    statements: [
      {
        id: "s1",
        kind: "indirect",
        ...span(t, "talks were over"),
        speaker: "person:talia-brenmoor",
        source: span(t, "she"),
        cue: span(t, "wrote"),
        medium: "organization:chirper",
      },
    ],
    relations: [],
  };
}

function build(records = [recordA(), recordB()], texts?: Map<string, string>) {
  return buildGraph(records, resolveAcrossDocuments(records), texts ? { texts } : {});
}

const edgesOf = (g: Graph, kind: string) =>
  g.filterEdges((_e, a) => a.kind === kind).map((e) => [g.source(e), g.target(e)]);

describe("buildGraph", () => {
  it("merges the same entity across documents into one node with summed mentions and both documents", () => {
    const g = build();
    const p = g.getNodeAttributes("person:talia-brenmoor");
    expect(p).toMatchObject({
      kind: "person",
      label: "Talia Brenmoor",
      mentionCount: 3,
      documents: ["a.txt", "b.txt"],
    });
    expect(p.aliases).toEqual(["Talia Brenmoor", "Brenmoor"]);
    expect(p.roles).toEqual([{ role: "Minister", at: "country:norland" }]);
    expect(g.getNodeAttribute("country:norland", "iso")).toBe("NL");
    expect(g.filterNodes((_n, a) => a.kind === "person")).toHaveLength(1);
  });

  it("creates statement nodes with text, kind, document, span, date, cue and evidence", () => {
    const g = build();
    const s = g.getNodeAttributes(statementKey("a.txt", "s1"));
    expect(s).toMatchObject({
      kind: "statement",
      text: "Ports will reopen in Vessar,",
      quoteKind: "direct",
      document: "a.txt",
      date: "2026-01-05",
      cue: "told",
    });
    expect(s.evidence).toBe('"Ports will reopen in Vessar," Brenmoor told the Harbour Gazette.');
    expect(s.evidence!.slice(s.evidenceStart, s.evidenceStart! + s.text!.length)).toBe(s.text);
    expect(TEXT_A.slice(s.start, s.end)).toBe(s.text);
    // no text for b.txt given: no evidence, and no date on a dateless document
    const b = g.getNodeAttributes(statementKey("b.txt", "s1"));
    expect(b.evidence).toBeUndefined();
    expect(b.date).toBeUndefined();
  });

  it("uses document texts passed in when records carry none", () => {
    const b = recordB();
    const g = build(
      [b],
      new Map([
        ["b.txt", "Talia Brenmoor visited Norland again. Later, in a post on Chirper, she wrote that talks were over."],
      ]),
    );
    expect(g.getNodeAttribute(statementKey("b.txt", "s1"), "evidence")).toBe(
      "Later, in a post on Chirper, she wrote that talks were over.",
    );
  });

  it.each([
    [
      "said",
      [
        ["person:talia-brenmoor", "statement:a.txt#s1"],
        ["person:talia-brenmoor", "statement:b.txt#s1"],
      ],
    ],
    ["told", [["statement:a.txt#s1", "organization:harbour-gazette"]]],
    ["via", [["statement:b.txt#s1", "organization:chirper"]]],
    ["mentions", [["statement:a.txt#s1", "location:vessar"]]],
    ["affiliated_with", [["person:talia-brenmoor", "country:norland"]]],
  ])("has the %s edges", (kind, expected) => {
    expect(edgesOf(build(), kind).sort()).toEqual(expected);
  });

  it("gives every edge document/start/end evidence pointing at the right text", () => {
    const g = build();
    g.forEachEdge((_e, a) => {
      expect(typeof a.document).toBe("string");
      expect(a.end).toBeGreaterThanOrEqual(a.start);
    });
    const said = g.findEdge((_e, a) => a.kind === "said" && a.document === "a.txt")!;
    const a = g.getEdgeAttributes(said);
    expect(TEXT_A.slice(a.start, a.end)).toBe("Brenmoor");
    const told = g.getEdgeAttributes(g.findEdge((_e, x) => x.kind === "told")!);
    expect(TEXT_A.slice(told.start, told.end)).toBe("Harbour Gazette");
    const aff = g.getEdgeAttributes(g.findEdge((_e, x) => x.kind === "affiliated_with")!);
    expect(aff).toMatchObject({
      role: "Minister",
      former: false,
      evidence: "Minister Talia Brenmoor of Norland spoke on Tuesday.",
    });
  });

  it("edges to and from statements rely on the statement's evidence, which covers speaker, cue and outlet", () => {
    const g = build();
    g.forEachEdge((_e, a) => {
      if (a.kind === "affiliated_with") expect(a.evidence).toBeDefined();
      else expect(a.evidence).toBeUndefined();
    });
    const a = recordA();
    const t = a.text + " Brenmoor spoke to Tide Radio as well.";
    const radio = span(t, "Tide Radio");
    a.text = t;
    a.entities.push({
      id: "organization:tide-radio",
      kind: "organization",
      name: "Tide Radio",
      aliases: ["Tide Radio"],
    });
    a.mentions.push({ ...radio, kind: "organization", entity: "organization:tide-radio" });
    a.statements[0] = { ...a.statements[0]!, medium: "organization:tide-radio", cue: span(t, "told") };
    const s = build([a]).getNodeAttributes(statementKey("a.txt", "s1"));
    expect(s.evidence!.endsWith("Brenmoor spoke to Tide Radio as well.")).toBe(true);
    expect(s.evidence!.startsWith('"Ports will reopen')).toBe(true);
  });

  it("a speaker-less statement has no said edge; a relation to an unknown entity is dropped", () => {
    const a = recordA();
    a.statements[0] = { ...a.statements[0]!, speaker: null, medium: null };
    a.relations.push({
      kind: "affiliated_with",
      source: "person:talia-brenmoor",
      target: "organization:nowhere",
      start: 0,
      end: 1,
    });
    const g = build([a]);
    expect(edgesOf(g, "said")).toEqual([]);
    expect(edgesOf(g, "told")).toEqual([]);
    expect(edgesOf(g, "affiliated_with")).toHaveLength(1);
  });

  it("an empty corpus gives an empty, valid graph", () => {
    const g = build([]);
    expect(g.order).toBe(0);
    expect(SerializedGraph.safeParse(JSON.parse(serializeGraph(g))).success).toBe(true);
  });

  it("positions are deterministic, distinct and never all zero; colour and size are set", () => {
    const g = build();
    const pos = g.mapNodes((_n, a) => `${a.x},${a.y}`);
    expect(new Set(pos).size).toBe(g.order);
    expect(pos.every((p) => p !== "0,0")).toBe(true);
    expect(g.mapNodes((_n, a) => [a.color, a.size]).every(([c, s]) => typeof c === "string" && (s as number) > 0)).toBe(
      true,
    );
    expect(build().mapNodes((_n, a) => `${a.x},${a.y}`)).toEqual(pos);
  });

  it("ForceAtlas2 layout moves nodes and is reproducible", () => {
    const g1 = build(),
      g2 = build();
    const before = g1.mapNodes((_n, a) => [a.x, a.y]);
    runLayout(g1, 50);
    runLayout(g2, 50);
    expect(g1.mapNodes((_n, a) => [a.x, a.y])).not.toEqual(before);
    expect(serializeGraph(g1)).toBe(serializeGraph(g2));
  });

  it("serialises to JSON that the zod SerializedGraph accepts and graphology imports", () => {
    const g = build();
    const text = serializeGraph(g);
    const parsed = SerializedGraph.parse(JSON.parse(text));
    expect(parsed.nodes.map((n) => n.key)).toEqual([...parsed.nodes.map((n) => n.key)].sort());
    const back = Graph.from(parsed as never);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect((parsed.attributes as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual([
      "a.txt",
      "b.txt",
    ]);
  });

  it("refuses to serialise a graph that breaks the contract", () => {
    const g = build();
    g.setNodeAttribute("country:norland", "kind", "planet" as never);
    expect(() => serializeGraph(g)).toThrow(
      /newsgraph\/graph: refusing to write an invalid graph: nodes\.\d+\.attributes\.kind/,
    );
  });
});
