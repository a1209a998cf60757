// Edge keys from content: what each edge's key is, that keys are unique and injective, and that they never shift.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ExtractionRecord } from "../src/schema/record.ts";
import { buildGraph } from "../src/graph/build.ts";
import { edgeKey } from "../src/graph/edge-key.ts";
import { resolveAcrossDocuments } from "../src/resolve/resolve.ts";

function span(text: string, s: string) {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`fixture: ${s} not in text`);
  return { start, end: start + s.length, text: s };
}

/** One invented article: Oskar Velt says something mentioning Norland; `id` names the document. */
function record(id: string, quote: string): ExtractionRecord {
  const t = `Oskar Velt of Brell Works said "${quote} in Norland".`;
  return {
    id,
    text: t,
    entities: [
      { id: "person:oskar-velt", kind: "person", name: "Oskar Velt", aliases: ["Oskar Velt"] },
      { id: "organization:brell-works", kind: "organization", name: "Brell Works", aliases: ["Brell Works"] },
      { id: "country:norland", kind: "country", name: "Norland", aliases: ["Norland"] },
    ],
    mentions: [
      { ...span(t, "Oskar Velt"), kind: "person", entity: "person:oskar-velt" },
      { ...span(t, "Brell Works"), kind: "organization", entity: "organization:brell-works" },
      { ...span(t, "Norland"), kind: "country", entity: "country:norland" },
    ],
    statements: [
      {
        id: "s1",
        kind: "direct",
        ...span(t, `${quote} in Norland`),
        text: `${quote} in Norland`,
        speaker: "person:oskar-velt",
        source: { ...span(t, "Oskar Velt"), text: "Oskar Velt" },
        cue: { ...span(t, "said"), text: "said" },
        medium: null,
      },
    ],
    relations: [
      {
        kind: "affiliated_with",
        source: "person:oskar-velt",
        target: "organization:brell-works",
        ...span(t, "Oskar Velt of Brell Works"),
      },
    ],
  };
}

const keysOf = (records: ExtractionRecord[]) => {
  const g = buildGraph(records, resolveAcrossDocuments(records));
  return new Map(g.mapEdges((k, a, s, t) => [k, `${s} ${String(a.kind)} ${t}`] as const));
};

describe("edgeKey", () => {
  it.each([
    ["person:ada-quill", "statement:a.txt#s1", "said", "person:ada-quill|said|statement:a.txt#s1"],
    ["statement:a.txt#s1", "country:norland", "mentions", "statement:a.txt#s1|mentions|country:norland"],
    ["person:a", "person:b", "co_occurs", "person:a|co_occurs|person:b"],
    // the separator and the escape inside a node key are escaped, so no key reads as another's
    ["statement:a|b.txt#s1", "country:x", "mentions", "statement:a%7Cb.txt#s1|mentions|country:x"],
    ["statement:100%.txt#s1", "country:x", "mentions", "statement:100%25.txt#s1|mentions|country:x"],
    ["statement:a%7C.txt#s1", "country:x", "mentions", "statement:a%257C.txt#s1|mentions|country:x"],
  ])("%s %s → %s", (source, target, kind, key) => {
    expect(edgeKey(source, target, kind)).toBe(key);
  });

  it("gives different keys to different edges (any node keys, parallel edges of other kinds)", () => {
    const nodeKey = fc.string({ unit: fc.constantFrom("a", "|", "%", "7", "C", "2", "5", ":"), maxLength: 6 });
    const kind = fc.constantFrom("said", "mentions", "co_occurs");
    fc.assert(
      fc.property(nodeKey, nodeKey, kind, nodeKey, nodeKey, kind, (s1, t1, k1, s2, t2, k2) => {
        const same = s1 === s2 && t1 === t2 && k1 === k2;
        expect(edgeKey(s1, t1, k1) === edgeKey(s2, t2, k2)).toBe(same);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a built graph's edge keys", () => {
  it("are the edge's source, kind and target", () => {
    const keys = keysOf([record("a.txt", "Prices will fall")]);
    expect([...keys.keys()].sort()).toEqual([
      "person:oskar-velt|affiliated_with|organization:brell-works",
      "person:oskar-velt|said|statement:a.txt#s1",
      "person:oskar-velt|speaks_about|country:norland",
      "statement:a.txt#s1|mentions|country:norland",
    ]);
    for (const [k, edge] of keys) expect(edge).toBe(k.split("|").join(" "));
  });

  it("stay the same when other documents come before them (no rank among the edges)", () => {
    const alone = keysOf([record("m.txt", "Prices will fall")]);
    const after = keysOf([record("a.txt", "Ports will open"), record("m.txt", "Prices will fall")]);
    for (const [k, edge] of alone) expect(after.get(k)).toBe(edge);
    // the new document's statement, and the pairs now named in two sentences (co_occurs reaches its minimum weight)
    expect([...after.keys()].filter((k) => !alone.has(k)).sort()).toEqual([
      "country:norland|co_occurs|organization:brell-works",
      "country:norland|co_occurs|person:oskar-velt",
      "organization:brell-works|co_occurs|person:oskar-velt",
      "person:oskar-velt|said|statement:a.txt#s1",
      "statement:a.txt#s1|mentions|country:norland",
    ]);
  });
});
