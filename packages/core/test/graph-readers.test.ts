// A corpus graph read back by parsers we did not write (graphology-gexf, graphology-graphml): counts, weights, colours,
// lists, JSON objects parsed whole, and dynamic GEXF (dated) or static (undated) valid against the 1.3 RelaxNG.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import type { ExtractionRecord } from "../src/schema/record.ts";
import { buildCorpusGraph } from "../src/pipeline/pipeline.ts";
import { toGexf } from "../src/graph/gexf.ts";
import { toGraphml } from "../src/graph/graphml.ts";
import { parseColor } from "../src/graph/color.ts";
import { skipGexfSchema, validateGexf } from "./support/gexf-schema.ts";

function rec(id: string, date: string | undefined, text: string, people: string[]): ExtractionRecord {
  const mentions = people.map((p) => ({
    start: text.indexOf(p),
    end: text.indexOf(p) + p.length,
    text: p,
    kind: "person" as const,
    entity: `person:${p.toLowerCase()}`,
  }));
  const s = text.indexOf("that ") + 5;
  return {
    id,
    ...(date ? { date } : {}),
    text,
    entities: people.map((p) => ({
      id: `person:${p.toLowerCase()}`,
      kind: "person" as const,
      name: p,
      aliases: [p, `${p}, Jr`],
      roles: [{ role: "envoy" }],
    })),
    mentions,
    statements: [
      {
        id: "s1",
        kind: "indirect",
        start: s,
        end: text.length - 1,
        text: text.slice(s, -1),
        speaker: mentions[0]!.entity,
        source: mentions[0]!,
        cue: null,
        medium: null,
      },
    ],
    relations: [],
  };
}

const corpus = (dated: boolean) => [
  rec("a.txt", dated ? "2026-01-05" : undefined, "Ilvane said that Moretz and Quarrow would meet.", [
    "Ilvane",
    "Moretz",
    "Quarrow",
  ]),
  rec("b.txt", dated ? "2026-02-07" : undefined, "Ilvane said that Moretz was late.", ["Ilvane", "Moretz"]),
];

const build = (dated = true) => buildCorpusGraph(corpus(dated), { layout: { iterations: 20 } });

describe("GEXF read by graphology-gexf", () => {
  it("keeps every node and edge, the weights, the colours, lists as arrays and roles as one JSON value", () => {
    const g = build();
    const back = gexf.parse(Graph, toGexf(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    const w = back.findEdge(
      (_e, a, s, t) => s === "person:ilvane" && t === "person:moretz" && a.kind === "speaks_about",
    )!;
    expect(back.getEdgeAttribute(w, "weight")).toBe(2);
    const n = back.getNodeAttributes("person:ilvane");
    const c = parseColor(String(n.color))!;
    expect([c.r, c.g, c.b]).toEqual([0x4e, 0x79, 0xa7]);
    expect(n.aliases).toEqual(["Ilvane", "Ilvane, Jr"]); // a comma inside an item survives
    expect(n.documents).toEqual(["a.txt", "b.txt"]);
    expect(JSON.parse(String(n.roles))).toEqual([{ role: "envoy" }]);
    expect(typeof n.pagerank).toBe("number");
    expect(Number.isInteger(n.community)).toBe(true);
    const occ = JSON.parse(String(back.getEdgeAttribute(w, "occurrences")));
    expect(occ.map((o: { document: string }) => o.document)).toEqual(["a.txt", "b.txt"]);
  });

  it("is dynamic with start/end days when documents have dates, static without", () => {
    const dated = toGexf(build(true));
    expect(dated).toContain('mode="dynamic" timeformat="date"');
    expect(dated).toMatch(/<node id="person:ilvane" label="Ilvane" start="2026-01-05" end="2026-02-07">/);
    expect(dated).toMatch(/<edge [^>]*kind="speaks_about"[^>]*start="2026-01-05" end="2026-02-07"/);
    const plain = toGexf(build(false));
    expect(plain).not.toContain("dynamic");
    expect(plain).not.toMatch(/ start="/);
  });

  describe.skipIf(skipGexfSchema("graph-readers.test schema validation"))(
    "validates against the GEXF 1.3 RelaxNG",
    () => {
      it.each([
        ["dynamic", true],
        ["static", false],
      ])("%s", (_n, dated) => {
        const r = validateGexf(toGexf(build(dated)));
        expect(r.out).toContain("validates");
      });
    },
  );
});

describe("GraphML read by graphology-graphml", () => {
  it("keeps counts, weights, integer r/g/b and lists as JSON", () => {
    const g = build();
    const xml = toGraphml(g);
    const back = graphml.parse(Graph, xml);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    let total = 0,
      backTotal = 0;
    g.forEachEdge((_e, a) => (total += a.weight!));
    back.forEachEdge((_e, a) => (backTotal += a.weight as number));
    expect(backTotal).toBe(total);
    const n = back.getNodeAttributes("person:moretz");
    // graphology-graphml, like Gephi, turns numeric r/g/b keys into the node's colour (and drops them)
    expect(xml).toContain('<key id="n_r" for="node" attr.name="r" attr.type="int"/>');
    expect(xml).toMatch(
      /<node id="person:moretz">[^]*?<data key="n_r">78<\/data>\n\s*<data key="n_g">121<\/data>\n\s*<data key="n_b">167<\/data>/,
    );
    expect(n.color).toBe("#4e79a7");
    expect("r" in n).toBe(false); // only numeric r/g/b are folded into the colour
    expect(JSON.parse(String(n.aliases))).toEqual(["Moretz", "Moretz, Jr"]);
    expect(typeof n.pagerank).toBe("number");
  });
});
