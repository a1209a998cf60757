// GraphML writer: golden file, well-formed XML with typed keys, values that survive an XML parser.
import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import Graph from "graphology";
import { toGraphml } from "../src/graph/graphml.ts";
import { goldenCheck, loadGolden } from "./golden/helpers.ts";

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, "text/xml");
}

describe("toGraphml", () => {
  it("matches the golden file for a small graph", () => {
    goldenCheck("small.graphml", toGraphml(loadGolden()));
  });

  it("declares typed keys and gives every node label, position, size and colour", () => {
    const xml = toGraphml(loadGolden());
    expect(xml).toContain('<key id="n_mentionCount" for="node" attr.name="mentionCount" attr.type="int"/>');
    expect(xml).toContain('<key id="e_former" for="edge" attr.name="former" attr.type="boolean"/>');
    expect(xml).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    const doc = parse(xml);
    const nodes = [...doc.querySelectorAll("node")];
    expect(nodes).toHaveLength(5);
    for (const n of nodes) {
      const keys = [...n.querySelectorAll("data")].map((d) => d.getAttribute("key"));
      expect(keys).toEqual(expect.arrayContaining(["n_label", "n_x", "n_y", "n_size", "n_color"]));
    }
  });

  it("keeps text with markup, quotes and newlines intact and strips forbidden control characters", () => {
    const g = new Graph();
    g.addNode("n1", { label: 'A <b> & "c"\nnext\u0007' });
    const doc = parse(toGraphml(g));
    const label = [...doc.querySelectorAll("data")].find((d) => d.getAttribute("key") === "n_label")!;
    expect(label.textContent).toBe('A <b> & "c"\nnext\uFFFD');
  });

  it("edge labels default to the edge kind", () => {
    const xml = toGraphml(loadGolden());
    expect(xml).toMatch(
      /<edge id="e-said" source="person:ada-quill" target="statement:a.txt#s1">\n\s+<data key="e_label">said<\/data>/,
    );
  });
});
