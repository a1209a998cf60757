// The snapshot's positions read in place answer as the Map of the same positions would.
import { describe, expect, it } from "vitest";
import { KeptPositions } from "../src/kept-positions.ts";

describe("KeptPositions", () => {
  const keys = ["person:ada-vell", "statement:doc-1#s0", "organization:korvane-gas"];
  const xs = Float64Array.from([1.5, -2, 0]);
  const ys = Float64Array.from([3, 4.25, -7]);
  const map = new Map(keys.map((k, i) => [k, { x: xs[i]!, y: ys[i]! }]));
  const kept = new KeptPositions(keys, xs, ys);

  it("answers get, has and size as the Map does, and nothing for a key it lacks", () => {
    expect(kept.size).toBe(3);
    for (const k of keys) {
      expect(kept.has(k)).toBe(true);
      expect(kept.get(k)).toEqual(map.get(k));
    }
    expect(kept.has("person:nobody")).toBe(false);
    expect(kept.get("person:nobody")).toBeUndefined();
  });

  it("iterates in the snapshot's order, as the Map does", () => {
    expect([...kept.keys()]).toEqual([...map.keys()]);
    expect([...kept]).toEqual([...map]);
    expect([...kept.values()]).toEqual([...map.values()]);
    const seen: string[] = [];
    kept.forEach((p, k) => seen.push(`${k}@${p.x},${p.y}`));
    expect(seen).toEqual([...map].map(([k, p]) => `${k}@${p.x},${p.y}`));
  });
});
