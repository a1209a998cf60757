// Entity nodes are made with every later attribute in place (undefined until set): the outputs must not show them.
import { describe, expect, it } from "vitest";
import type { Entity, ExtractionRecord } from "../src/schema/record.ts";
import { buildGraph } from "../src/graph/build.ts";
import { resolveAcrossDocuments } from "../src/resolve/resolve.ts";
import { serializeGraph } from "../src/graph/serialize.ts";
import { assignMetrics } from "../src/graph/metrics.ts";
import { toGexf } from "../src/graph/gexf.ts";
import { toGraphml } from "../src/graph/graphml.ts";

/** One document naming `entities` in one sentence (so they co-occur), with an optional date. */
function record(id: string, entities: Entity[], date?: string): ExtractionRecord {
  const text = entities.map((e) => e.name).join(" and ") + " met.";
  let at = 0;
  const mentions = entities.map((e) => {
    const start = text.indexOf(e.name, at);
    at = start + e.name.length;
    return { start, end: at, text: e.name, kind: e.kind, entity: e.id };
  });
  return { id, ...(date ? { date } : {}), text, entities, mentions, statements: [], relations: [] };
}

const plain: Entity = { id: "person:ilse-varn", kind: "person", name: "Ilse Varn", aliases: [] };
const rich: Entity[] = [
  { id: "country:norland", kind: "country", name: "Norland", aliases: ["the Norlands"], iso: "NL" },
  {
    id: "location:port-edda",
    kind: "location",
    name: "Port Edda",
    aliases: [],
    country: "country:norland",
    rules: ["gazetteer"],
  },
  {
    id: "person:oda-kessler",
    kind: "person",
    name: "Oda Kessler",
    aliases: [],
    roles: [{ role: "mayor", at: "location:port-edda" }],
  },
];

function built(records: ExtractionRecord[]) {
  const g = buildGraph(records, resolveAcrossDocuments(records));
  assignMetrics(g);
  const json = serializeGraph(g);
  const parsed = JSON.parse(json) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
  const nodes = new Map(parsed.nodes.map((n) => [n.key, n.attributes]));
  return { g, json, nodes };
}

describe("entity node attributes", () => {
  it("an entity with nothing optional writes only the attributes it has (no iso, roles, merges, dates, extras)", () => {
    const { nodes, json } = built([record("d1", [plain, { ...plain, id: "person:bo-tarn", name: "Bo Tarn" }])]);
    expect(Object.keys(nodes.get("person:ilse-varn")!)).toEqual([
      "kind",
      "label",
      "aliases",
      "x",
      "y",
      "size",
      "color",
      "mentionCount",
      "documents",
      "weightedDegree",
      "pagerank",
      "community",
    ]);
    expect(json).not.toMatch(/null|undefined|"iso"|"roles"|"merges"|"firstSeen"|"country"|"rules"/);
  });

  it("writes what each entity has, the extras (country, rules) after the contract's keys in that order", () => {
    const { nodes } = built([record("d1", rich, "2021-03-04"), record("d2", [rich[0]!, plain], "2021-05-06")]);
    const norland = nodes.get("country:norland")!;
    expect(norland.iso).toBe("NL");
    expect([norland.firstSeen, norland.lastSeen]).toEqual(["2021-03-04", "2021-05-06"]);
    const edda = Object.keys(nodes.get("location:port-edda")!);
    expect(edda.slice(-4)).toEqual(["firstSeen", "lastSeen", "country", "rules"]);
    expect(nodes.get("person:oda-kessler")!.roles).toEqual([{ role: "mayor", at: "location:port-edda" }]);
    expect(Object.keys(nodes.get("person:ilse-varn")!)).not.toContain("iso");
  });

  it("GEXF and GraphML get no column for an attribute no node has, and no undefined value", () => {
    const { g } = built([record("d1", [plain, { ...plain, id: "person:bo-tarn", name: "Bo Tarn" }])]);
    for (const out of [toGexf(g), toGraphml(g)]) {
      expect(out).not.toMatch(/undefined|"iso"|"roles"|"merges"|"firstSeen"|"country"|"rules"/);
      expect(out).toMatch(/pagerank/);
    }
    const rich2 = built([record("d1", rich, "2021-03-04")]);
    for (const out of [toGexf(rich2.g), toGraphml(rich2.g)]) expect(out).toMatch(/"iso"[^]*"rules"/);
  });
});
