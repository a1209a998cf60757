// Export GEXF of the current view: only what is drawn, with current positions and display colours; valid GEXF 1.3.
import { describe, expect, it } from "vitest";
import { viewToGexf } from "../../src/export/export.ts";
import { deriveIndex } from "../../src/model/derive.ts";
import { KIND_COLOR } from "../../src/render/appearance.ts";
import { makeFrame } from "../../src/render/reducers.ts";
import { DEFAULT_STATE, update } from "../../src/state/view-state.ts";
import { loadFixture, parseGexf } from "./helpers.ts";
import { skipGexfSchema, validateGexf } from "@newsgraph/core/test-support";

const noSchema = skipGexfSchema("viewer export.test schema validation");

function exported(hideStatements: boolean) {
  const { graph } = loadFixture();
  graph.setNodeAttribute("person:ada-brenner", "x", 123.5); // as if the layout had moved her
  const state = hideStatements
    ? update(DEFAULT_STATE, { type: "setKind", kind: "statement", visible: false })
    : DEFAULT_STATE;
  const frame = makeFrame(graph, deriveIndex(graph), state);
  return { graph, frame, xml: viewToGexf(graph, frame, "graph.json") };
}

describe("Export GEXF", () => {
  it("holds exactly the visible nodes and edges, with current positions and kind colours", () => {
    const { xml } = exported(true);
    const back = parseGexf(xml);
    expect(back.order).toBe(5);
    expect(back.nodes().some((k) => k.startsWith("statement:"))).toBe(false);
    // the two affiliations plus the two speaks_about edges of the entity network
    expect(back.size).toBe(4);
    expect(back.getNodeAttribute("person:ada-brenner", "x")).toBe(123.5);
    const hex = KIND_COLOR.person.slice(1);
    const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",");
    expect(String(back.getNodeAttribute("person:ada-brenner", "color")).replace(/\s/g, "")).toContain(rgb);
  });

  it.skipIf(noSchema)("validates against the GEXF 1.3 RelaxNG schema", () => {
    const r = validateGexf(exported(false).xml);
    expect(r.out).toContain("validates");
    expect(r.ok).toBe(true);
  });
});
