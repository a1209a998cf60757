// GEXF writer: golden file, schema validation with xmllint, round trip through graphology-gexf, escaping, filters.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { toGexf } from "../src/graph/gexf.ts";
import { goldenCheck, loadGolden } from "./golden/helpers.ts";
import { skipGexfSchema, validateGexf } from "./support/gexf-schema.ts";

const noSchema = skipGexfSchema("gexf.test schema validation");
const xmllint = validateGexf;

function tiny(): Graph {
  const g = new Graph({ type: "directed", multi: true });
  g.addNode("person:ada-quill", { kind: "person", label: "Ada Quill", aliases: ["Ada Quill"] });
  g.addNode("country:norland", { kind: "country", label: "Norland", aliases: [] });
  g.addEdge("person:ada-quill", "country:norland", { kind: "affiliated_with", document: "d", start: 0, end: 4 });
  return g;
}

describe("toGexf", () => {
  it("matches the golden file for a small graph", () => {
    goldenCheck("small.gexf", toGexf(loadGolden()));
  });

  it("is deterministic and independent of insertion order", () => {
    const a = loadGolden();
    const b = new Graph({ type: "directed", multi: true });
    const ser = a.export();
    for (const n of [...ser.nodes].reverse()) b.addNode(n.key, n.attributes);
    for (const e of [...ser.edges].reverse()) b.addEdgeWithKey(e.key!, e.source, e.target, e.attributes);
    expect(toGexf(b)).toBe(toGexf(a));
  });

  it("declares a typed attribute for every scalar attribute and flattens arrays", () => {
    const xml = toGexf(loadGolden());
    expect(xml).toContain('<attribute id="mentionCount" title="mentionCount" type="integer"/>');
    expect(xml).toContain('<attribute id="former" title="former" type="boolean"/>');
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(xml).toContain('<attvalue for="aliases" value="[&quot;Ada Quill&quot;, &quot;Quill&quot;]"/>');
    expect(xml).toMatch(/<edge [^>]*kind="said" label="said"/);
  });

  it("replaces characters XML 1.0 forbids and escapes markup", () => {
    const g = tiny();
    g.setNodeAttribute("person:ada-quill", "label", "A\u0000da <b>&\"'\u001f\uD800");
    const xml = toGexf(g);
    // eslint-disable-next-line no-control-regex -- the characters XML forbids must be gone
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('label="A\uFFFDda &lt;b&gt;&amp;&quot;&apos;\uFFFD\uFFFD"');
  });

  it.each([
    ["Ada Quill", "Ada Quill"],
    ["  Ada   Quill\t", "Ada Quill"],
    ["Ada\u00a0Quill", "Ada Quill"],
    ["Ada\nQuill", "Ada Quill"],
    [" Ada", "Ada"],
    ["Ada ", "Ada"],
    ["Ada\u2003", "Ada"],
    ["", ""],
  ])("writes the label %j with whitespace collapsed as %j", (raw, want) => {
    const g = new Graph();
    g.addNode("person:ada-quill", { label: raw });
    expect(toGexf(g)).toContain(`<node id="person:ada-quill" label="${want}">`);
  });

  it("gives every node a position, colour and size even when the graph has none", () => {
    const xml = toGexf(tiny());
    expect(xml.match(/<viz:position /g)).toHaveLength(2);
    expect(xml).not.toMatch(/<viz:position x="0" y="0"/);
    expect(xml).toContain('<viz:color r="89" g="161" b="79"/>'); // country green
  });

  it("sizes come from degree in the exported view unless the node has a size or an override is given", () => {
    const g = tiny();
    g.addNode("location:vessar", { kind: "location", label: "Vessar", aliases: [], size: 12 });
    const xml = toGexf(g, { sizes: (k) => (k === "country:norland" ? 9 : undefined) });
    expect(xml).toMatch(/<node id="location:vessar"[^]*?<viz:size value="12"\/>/);
    expect(xml).toMatch(/<node id="country:norland"[^]*?<viz:size value="9"\/>/);
    expect(xml).toMatch(/<node id="person:ada-quill"[^]*?<viz:size value="5"\/>/);
  });

  it("exports a filtered view with position and colour overrides", () => {
    const g = loadGolden();
    const xml = toGexf(g, {
      nodeFilter: (_k, a) => a.kind !== "statement",
      positions: { "person:ada-quill": { x: 7, y: 8 } },
      colors: new Map([["country:norland", "#ff0000"]]),
    });
    expect(xml).not.toContain("statement:a.txt#s1");
    expect(xml).toContain('<edges count="1">');
    expect(xml).toContain('<viz:position x="7" y="8"/>');
    expect(xml).toContain('<viz:color r="255" g="0" b="0"/>');
    const onlySaid = toGexf(g, { edgeFilter: (_k, a) => a.kind === "said" });
    expect(onlySaid).toContain('<edges count="1">');
    expect(onlySaid).toContain('<nodes count="5">');
  });

  it("round-trips through graphology-gexf's parser", () => {
    const g = loadGolden();
    const back = gexf.parse(Graph, toGexf(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    const ada = back.getNodeAttributes("person:ada-quill");
    expect(ada).toMatchObject({
      kind: "person",
      label: "Ada Quill",
      mentionCount: 3,
      aliases: ["Ada Quill", "Quill"],
      x: 1.5,
      y: -2.25,
    });
    const st = back.getNodeAttributes("statement:a.txt#s1");
    // tab, newline and quotes survive; the BEL control character became U+FFFD
    expect(st.text).toBe(String(g.getNodeAttribute("statement:a.txt#s1", "text")).replace("\u0007", "\uFFFD"));
    expect(st.start).toBe(12);
    const kinds = back.mapEdges((_e, a) => a.kind).sort();
    expect(kinds).toEqual(["affiliated_with", "mentions", "said", "told"]);
    const aff = back.findEdge((_e, a) => a.kind === "affiliated_with")!;
    expect(back.getEdgeAttributes(aff)).toMatchObject({
      former: false,
      role: "minister",
      weight: 2,
      start: 0,
      end: 30,
    });
  });

  it("a mixed graph declares each edge's type and round-trips its parallel edges", () => {
    const g = new Graph({ type: "mixed", multi: true });
    g.addNode("a", { label: "A" });
    g.addNode("b", { label: "B" });
    g.addDirectedEdge("a", "b", { kind: "said" });
    g.addDirectedEdge("a", "b", { kind: "said" });
    g.addUndirectedEdge("a", "b", { kind: "related" });
    const xml = toGexf(g);
    expect(xml).toContain("<graph>");
    expect(xml.match(/type="directed"/g)).toHaveLength(2);
    expect(xml.match(/type="undirected"/g)).toHaveLength(1);
    const back = gexf.parse(Graph, xml);
    expect(back.size).toBe(3);
    expect(back.type).toBe("mixed");
  });

  it("writes an empty graph", () => {
    const xml = toGexf(new Graph());
    expect(xml).toContain('<nodes count="0">');
    expect(gexf.parse(Graph, xml).order).toBe(0);
  });

  describe.skipIf(noSchema)("validates against the official GEXF 1.3 RelaxNG schema", () => {
    it.each([
      ["golden graph", () => loadGolden()],
      ["tiny graph", () => tiny()],
      ["empty graph", () => new Graph()],
      [
        "mixed graph with parallel edges",
        () => {
          const g = new Graph({ type: "mixed", multi: true });
          g.addNode("a", { kind: "person", label: "A" });
          g.addNode("b", { kind: "organization", label: "B" });
          g.addDirectedEdge("a", "b", { kind: "affiliated_with" });
          g.addDirectedEdge("a", "b", { kind: "affiliated_with", former: true });
          g.addUndirectedEdge("a", "b", { kind: "related" });
          return g;
        },
      ],
      [
        "undirected graph with odd keys",
        () => {
          const g = new Graph({ type: "undirected" });
          g.addNode("a b\t<c>", { label: "  spaced\nlabel  ", score: 0.5, big: 2 ** 40, flag: true });
          g.addNode("x", { color: "rgba(1,2,3,0.5)" });
          g.addEdge("a b\t<c>", "x", { weight: 0.25 });
          return g;
        },
      ],
    ])("%s", (_name, make) => {
      const r = xmllint(toGexf(make()));
      expect(r.out).toContain("validates");
      expect(r.ok).toBe(true);
    });

    it("the schema check can fail (it rejects a broken document)", () => {
      expect(xmllint(toGexf(tiny()).replace('version="1.3"', 'version="9"')).ok).toBe(false);
    });
  });
});
