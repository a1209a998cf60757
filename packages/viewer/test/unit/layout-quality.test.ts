// Telling a real layout (neighbours close together) from seeded start positions, to decide whether to lay out on open.
import { describe, expect, it } from "vitest";
import { loadGraphText } from "../../src/model/load.ts";
import { edgeLengthRatio, looksLaidOut } from "../../src/model/layout-quality.ts";
import { fixture } from "./fixture.ts";
import { parseGexf } from "./helpers.ts";

/** A ring of 40 nodes, each linked to the next: laid out on a circle, or scattered by a hash of its index. */
function ring(laid: boolean) {
  const g = fixture();
  g.nodes = [];
  g.edges = [];
  for (let i = 0; i < 40; i++) {
    const a = (2 * Math.PI * i) / 40;
    const h = (i * 2654435761) % 1000;
    const pos = laid ? { x: 100 * Math.cos(a), y: 100 * Math.sin(a) } : { x: h - 500, y: ((h * 7) % 1000) - 500 };
    g.nodes.push({ key: `n${i}`, attributes: { kind: "person", label: `N${i}`, aliases: [], ...pos } });
  }
  for (let i = 0; i < 40; i++)
    g.edges.push({
      key: `e${i}`,
      source: `n${i}`,
      target: `n${(i + 1) % 40}`,
      attributes: { kind: "mentions", document: "d", start: 0, end: 1 },
    });
  return loadGraphText(JSON.stringify(g), "ring.json", parseGexf);
}

describe("layout quality", () => {
  it("a laid-out ring has short edges compared with random pairs, and is kept", () => {
    const l = ring(true);
    expect(edgeLengthRatio(l.graph)).toBeLessThan(0.3);
    expect(l.laidOut).toBe(true);
  });

  it("scattered positions look like no layout at all", () => {
    const l = ring(false);
    expect(edgeLengthRatio(l.graph)).toBeGreaterThan(0.6);
    expect(looksLaidOut(l.graph)).toBe(false);
    expect(l).toMatchObject({ hadPositions: true, laidOut: false });
  });

  it("missing positions are neither had nor laid out", () => {
    const g = fixture();
    for (const n of g.nodes) delete n.attributes.x;
    expect(loadGraphText(JSON.stringify(g), "g.json", parseGexf)).toMatchObject({
      hadPositions: false,
      laidOut: false,
    });
  });
});
