// Loading graph.json and GEXF: validation errors are readable GraphLoadErrors; Gephi's own files map to a generic kind.
import { describe, expect, it, vi } from "vitest";
import { GraphLoadError, detectFormat, listValue, loadGraphText } from "../../src/model/load.ts";
import { fixture } from "./fixture.ts";
import { parseGexf } from "./helpers.ts";

const load = (text: string, name = "graph.json") => loadGraphText(text, name, parseGexf);
const failure = (text: string, name?: string) => {
  try {
    load(text, name);
  } catch (e) {
    expect(e).toBeInstanceOf(GraphLoadError);
    return (e as Error).message;
  }
  throw new Error("expected a GraphLoadError");
};

const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="modularity_class" type="integer"/></attributes>
    <nodes>
      <node id="a" label="Alpha"><attvalues><attvalue for="0" value="1"/></attvalues><viz:size value="12"/><viz:position x="1" y="2"/><viz:color r="200" g="10" b="10"/></node>
      <node id="b" label="Beta"><viz:size value="4"/><viz:position x="-3" y="5"/><viz:color r="10" g="10" b="200"/></node>
    </nodes>
    <edges><edge id="0" source="a" target="b" weight="2"/></edges>
  </graph>
</gexf>`;

describe("graph.json", () => {
  it("loads a valid newsgraph graph with its positions", () => {
    const l = load(JSON.stringify(fixture()));
    expect(l).toMatchObject({ format: "json", hadPositions: true });
    expect(l.graph.order).toBe(7);
    expect(l.graph.getNodeAttribute("person:ada-brenner", "kind")).toBe("person");
  });

  it("rejects text that is not JSON, naming the file", () => {
    expect(failure("{nodes: oops", "broken.json")).toMatch(/broken\.json is not valid JSON/);
  });

  it("rejects JSON that breaks the schema, naming the offending path", () => {
    const g = fixture();
    (g.nodes[1]!.attributes as { kind: string }).kind = "alien";
    expect(failure(JSON.stringify(g))).toMatch(/nodes\.1\.attributes\.kind/);
    expect(failure(JSON.stringify({ hello: "world" }))).toMatch(/not a newsgraph graph/);
  });

  it("rejects an edge to a missing node with a readable message", () => {
    const g = fixture();
    g.edges[0]!.target = "person:nobody";
    expect(failure(JSON.stringify(g))).toMatch(/inconsistent graph/);
  });

  it("rejects an empty graph", () => {
    expect(failure(JSON.stringify({ nodes: [], edges: [] }))).toMatch(/holds no nodes/);
  });

  it("treats every node at the same spot as no positions", () => {
    const g = fixture();
    for (const n of g.nodes) Object.assign(n.attributes, { x: 0, y: 0 });
    const l = load(JSON.stringify(g));
    expect(l.hadPositions).toBe(false);
    expect(new Set(l.graph.mapNodes((_k, a) => `${a.x},${a.y}`)).size).toBe(l.graph.order);
  });

  it("seeds positions when the file has none, and says so", () => {
    const g = fixture();
    for (const n of g.nodes) {
      delete n.attributes.x;
      delete n.attributes.y;
    }
    const l = load(JSON.stringify(g));
    expect(l.hadPositions).toBe(false);
    const xs = l.graph.mapNodes((_k, a) => `${a.x},${a.y}`);
    expect(new Set(xs).size).toBe(xs.length);
  });
});

describe("GEXF", () => {
  it("opens Gephi's own files: generic kind, colours, sizes and positions kept", () => {
    const l = load(GEPHI, "gephi.gexf");
    expect(l).toMatchObject({ format: "gexf", hadPositions: true, hadSizes: true });
    expect(l.graph.getNodeAttributes("a")).toMatchObject({
      kind: "other",
      label: "Alpha",
      aliases: [],
      x: 1,
      y: 2,
      size: 12,
    });
    expect(l.graph.getNodeAttribute("a", "color")).toMatch(/200/);
    expect(l.graph.getEdgeAttribute(l.graph.edges()[0]!, "kind")).toBe("link");
  });

  it("reads newsgraph attributes written as GEXF strings (kind, aliases list)", () => {
    const text = GEPHI.replace(
      '<attribute id="0" title="modularity_class" type="integer"/>',
      '<attribute id="0" title="kind" type="string"/><attribute id="1" title="aliases" type="string"/>',
    ).replace(
      '<attvalue for="0" value="1"/>',
      '<attvalue for="0" value="person"/><attvalue for="1" value="Alpha | Al"/>',
    );
    const l = load(text, "ours.gexf");
    expect(l.graph.getNodeAttributes("a")).toMatchObject({ kind: "person", aliases: ["Alpha", "Al"] });
  });

  it("reports broken XML as a readable error", () => {
    // the node-side XML parser logs its own complaints; keep the test output to ours
    const quiet = [
      vi.spyOn(console, "error").mockImplementation(() => {}),
      vi.spyOn(console, "warn").mockImplementation(() => {}),
    ];
    expect(failure("<gexf><graph><nodes><node id=", "bad.gexf")).toMatch(/bad\.gexf/);
    for (const q of quiet) q.mockRestore();
  });

  it("detects the format by name, then by content", () => {
    expect(detectFormat("{}", "x.gexf")).toBe("gexf");
    expect(detectFormat("<gexf/>", "upload")).toBe("gexf");
    expect(detectFormat("{}", "upload")).toBe("json");
    expect(listValue('["a","b"]')).toEqual(["a", "b"]);
  });
});
