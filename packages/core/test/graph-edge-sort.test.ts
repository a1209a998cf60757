// The edge table yields its edges in (source, target, kind) order as compareStrings sorts them, whatever the keys.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EdgeTable, OwnEdges } from "../src/graph/edges.ts";
import { compareStrings } from "../src/graph/attributes.ts";
import type { EdgeKind } from "../src/schema/graph.ts";

const KINDS: EdgeKind[] = ["co_occurs", "speaks_about", "affiliated_with", "based_in", "said", "mentions"];
/** keys with shared prefixes, escapes, accents and characters beyond the BMP (code units, not code points, decide) */
const KEYS = [
  "person:a",
  "person:ab",
  "person:a-b",
  "person:é",
  "person:\u{1F600}",
  "person:\uFF61",
  "org:%7C",
  "org:",
  "x",
];
const occ = (i: number) => ({ document: `d${i % 3}`, start: i, end: i + 1 });
const tuple = (e: { source: string; target: string; attributes: { kind: string } }) => [
  e.source,
  e.target,
  e.attributes.kind,
];
const byTuple = (a: string[], b: string[]) =>
  compareStrings(a[0]!, b[0]!) || compareStrings(a[1]!, b[1]!) || compareStrings(a[2]!, b[2]!);

function drained(adds: [number, number, number][], own: [number, number][]): string[][] {
  const t = new EdgeTable();
  adds.forEach(([s, g, k], i) => t.add(KEYS[s]!, KEYS[g]!, KINDS[k]!, occ(i)));
  own.forEach(([s, g], i) => {
    const o = new OwnEdges();
    o.add(`statement:${s}-${i}`, KEYS[g]!, "said", occ(i));
    t.adopt(o, i);
  });
  return [...t.sorted(() => true)].map(tuple);
}

describe("EdgeTable.sorted", () => {
  it("yields every edge once, in compareStrings order of (source, target, kind)", () => {
    const idx = (n: number) => fc.integer({ min: 0, max: n - 1 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(idx(KEYS.length), idx(KEYS.length), idx(KINDS.length)), { maxLength: 60 }),
        fc.array(fc.tuple(idx(5), idx(KEYS.length)), { maxLength: 10 }),
        (adds, own) => {
          const got = drained(adds, own);
          const want = new Map<string, string[]>();
          for (const [s, g, k] of adds) if (s !== g) want.set(`${s} ${g} ${k}`, [KEYS[s]!, KEYS[g]!, KINDS[k]!]);
          own.forEach(([s, g], i) => want.set(`own ${i}`, [`statement:${s}-${i}`, KEYS[g]!, "said"]));
          expect(got).toEqual([...want.values()].sort(byTuple));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("orders by code units: a surrogate pair sorts before U+FF61, a prefix before its extensions", () => {
    const got = drained(
      [
        [5, 0, 0],
        [4, 0, 0],
        [1, 0, 0],
        [0, 1, 0],
        [0, 1, 1],
        [2, 0, 0],
      ],
      [],
    );
    expect(got.map((t) => t[0])).toEqual([
      "person:a",
      "person:a",
      "person:a-b",
      "person:ab",
      "person:\u{1F600}",
      "person:\uFF61",
    ]);
    expect(got.slice(0, 2).map((t) => t[2])).toEqual(["co_occurs", "speaks_about"]);
  });

  it("an empty table yields nothing", () => {
    expect(drained([], [])).toEqual([]);
  });
});
