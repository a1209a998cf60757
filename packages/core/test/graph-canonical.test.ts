// The compiled plan of the graph contract copies exactly what zod's parse returns, and refuses whatever zod refuses.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { z } from "zod";
import { checksOf, compilePlan, copyByPlan } from "../src/graph/canonical.ts";
import {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  SerializedEdge,
  SerializedNode,
} from "../src/schema/graph.ts";
import { buildCorpusGraph } from "../src/pipeline/pipeline.ts";
import { dataRecords } from "./support/data-records.ts";

const NAME_CHECKS = new Set([NodeAttributes, EdgeAttributes, GraphAttributes].flatMap(checksOf));
const NODE = compilePlan(SerializedNode, NAME_CHECKS);
const EDGE = compilePlan(SerializedEdge, NAME_CHECKS);

/** zod's output as JSON text, or null when zod refuses the value */
function viaZod(schema: z.ZodType, v: unknown): string | null {
  const r = schema.safeParse(v);
  return r.success ? JSON.stringify(r.data) : null;
}

function viaPlan(plan: ReturnType<typeof compilePlan>, v: unknown): string | null {
  const out = copyByPlan(plan, v);
  return out === undefined ? null : JSON.stringify(out);
}

const node = (attributes: Record<string, unknown>) => ({ key: "person:ada-quill", attributes });
const base = { label: "Ada Quill", kind: "person", aliases: ["Ada Quill"] };

describe("compilePlan", () => {
  it("compiles nodes and edges to object plans (the fast path), not to zod", () => {
    expect(NODE.t).toBe("object");
    expect(EDGE.t).toBe("object");
  });

  // value, whether zod accepts it; when it does, the plan must give zod's bytes, when not, the plan must refuse
  const rows: [string, unknown, boolean][] = [
    ["attributes in another order, extras kept after the known keys", node({ zeta: 1, ...base, x: 1.5, y: -2 }), true],
    [
      "a statement with parts and evidence",
      node({ text: "We will.", kind: "statement", label: "We will.", aliases: [], parts: [{ end: 4, start: 1 }] }),
      true,
    ],
    [
      "roles: keys reordered, unknown key dropped",
      node({ ...base, roles: [{ at: "country:norland", role: "Minister", x: 1 }] }),
      true,
    ],
    ["merges: unknown key dropped", node({ ...base, merges: [{ from: "person:quill", rule: "surname", n: 2 }] }), true],
    ["an optional key holding undefined", node({ ...base, iso: undefined }), true],
    ["an unknown kind", node({ ...base, kind: "planet" }), false],
    ["a non-integer mention count", node({ ...base, mentionCount: 1.5 }), false],
    ["a position that is not finite", node({ ...base, x: Number.NaN }), false],
    ["a day in another form", node({ ...base, firstSeen: "5 May 2024" }), false],
    ["a reserved attribute name", node({ ...base, constructor: "x" }), false],
    ["a reserved node key", { key: "__proto__", attributes: base }, false],
    ["a missing label", node({ kind: "person", aliases: [] }), false],
    ["aliases that are not strings", node({ ...base, aliases: [1] }), false],
  ];
  it.each(rows)("node: %s", (_name, value, valid) => {
    expect(viaZod(SerializedNode, value) !== null).toBe(valid);
    expect(viaPlan(NODE, value)).toBe(viaZod(SerializedNode, value));
  });

  const edge = (attributes: Record<string, unknown>) => ({ key: "e1", source: "a", target: "b", attributes });
  const occ = { document: "a.txt", start: 1, end: 4 };
  const edgeRows: [string, unknown, boolean][] = [
    [
      "occurrences reordered",
      edge({
        weight: 1,
        kind: "said",
        document: "a.txt",
        start: 1,
        end: 4,
        occurrences: [{ end: 4, start: 1, document: "a.txt" }],
      }),
      true,
    ],
    [
      "an occurrence with an unknown key (strict)",
      edge({ kind: "said", ...occ, occurrences: [{ ...occ, x: 1 }] }),
      false,
    ],
    ["an unknown edge kind", edge({ kind: "likes", ...occ }), false],
    ["a reserved target", { source: "a", target: "prototype", attributes: { kind: "said", ...occ } }, false],
  ];
  it.each(edgeRows)("edge: %s", (_name, value, valid) => {
    expect(viaZod(SerializedEdge, value) !== null).toBe(valid);
    expect(viaPlan(EDGE, value)).toBe(viaZod(SerializedEdge, value));
  });

  it("any attribute record: the plan gives zod's bytes, or refuses (and then zod decides)", () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(undefined),
      fc.array(fc.string()),
    );
    const extra = fc.dictionary(
      fc.constantFrom("kind", "label", "x", "mentionCount", "firstSeen", "roles", "note", "constructor", "aliases"),
      value,
    );
    fc.assert(
      fc.property(extra, (over) => {
        const v = node({ ...base, ...over });
        const plan = viaPlan(NODE, v);
        const zod = viaZod(SerializedNode, v);
        if (plan !== null) expect(plan).toBe(zod);
        if (zod === null) expect(plan).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("every node and edge of the graph of our sample articles comes out as zod gives it", () => {
    const g = buildCorpusGraph(dataRecords(), { layout: { iterations: 5 } });
    expect(g.order).toBeGreaterThan(20);
    g.forEachNode((key, attributes) => {
      expect(viaPlan(NODE, { key, attributes })).toBe(viaZod(SerializedNode, { key, attributes }));
    });
    g.forEachEdge((key, attributes, source, target) => {
      const e = { key, source, target, attributes };
      expect(viaPlan(EDGE, e)).toBe(viaZod(SerializedEdge, e));
    });
  });
});
