// The tagger's allocation-free helpers give exactly what the array-building code they replaced gave.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { hashRange, hashString, mix } from "../src/ner/hash.ts";
import { aggregateContexts } from "../src/ner/aggregate.ts";
import { rowOf, type RowLayout } from "../src/ner/rows.ts";
import { D } from "../src/ner/templates.ts";
import type { SentenceWords } from "../src/ner/features.ts";
import { loadNerModel } from "./support/resources.ts";

const layout = loadNerModel().layout;

describe("hashRange", () => {
  test("equals hashString of the slice, for any string and range", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), fc.nat(), fc.nat(), (s, x, y) => {
        const a = x % (s.length + 1);
        const b = a + (y % (s.length - a + 1));
        expect(hashRange(s, a, b)).toBe(hashString(s.slice(a, b)));
      }),
    );
  });
});

const EDGE = 0x2545f491;
const MAX_PER_SIDE = 6;

/** The aggregation as it was written before (an object with six arrays per name), kept here as the reference. */
function reference(sents: readonly SentenceWords[], L: RowLayout): Map<number, Int32Array> {
  const seen = new Map<number, { n: number; lists: number[][] }>();
  for (const sf of sents)
    for (let i = 0; i < sf.n; i++) {
      const k = sf.docKey[i] ?? 0;
      if (!k) continue;
      let e = seen.get(k);
      if (!e) seen.set(k, (e = { n: 0, lists: [[], [], [], [], [], []] }));
      e.n++;
      const values = [
        sf.lower[i - 1] ?? EDGE,
        sf.lower[i + 1] ?? EDGE,
        sf.shape[i - 1] ?? EDGE,
        sf.shape[i + 1] ?? EDGE,
        sf.lower[i - 2] ?? EDGE,
        sf.lower[i + 2] ?? EDGE,
      ];
      values.forEach((v, j) => {
        const list = e.lists[j]!;
        if (list.length < MAX_PER_SIDE && !list.includes(v)) list.push(v);
      });
    }
  const templates = [D.AggL, D.AggR, D.AggSL, D.AggSR, D.AggL2, D.AggR2];
  const out = new Map<number, Int32Array>();
  for (const [k, e] of seen) {
    if (e.n < 2) continue;
    const rows = e.lists.flatMap((list, j) => list.map((h) => rowOf(mix(templates[j]!, h), L)));
    const kept = rows.filter((o) => o >= 0);
    if (kept.length) out.set(k, Int32Array.from(kept));
  }
  return out;
}

// few distinct values, so names repeat, lists fill up past six and values recur; hashes of real words, so some
// aggregated features carry a weight in the shipped model and some do not
const WORDS = ["said", "the", "Corp", "Mr", "of", "in", "Halvard", "Brenna", "-", ",", "Ostrava", "minister", "x", "2"];
const HASHES = WORDS.map((w) => hashString(w) | 0);

const sentence = fc
  .array(fc.record({ w: fc.nat(WORDS.length - 1), s: fc.nat(3), name: fc.nat(4) }), { minLength: 1, maxLength: 12 })
  .map((toks): SentenceWords => {
    const n = toks.length;
    return {
      n,
      lower: Int32Array.from(toks, (t) => HASHES[t.w]!),
      shape: Int32Array.from(toks, (t) => HASHES[t.s]!),
      // 0: no name; names 1-4 as small keys and one as a negative hash
      docKey: Int32Array.from(toks, (t) => (t.name === 4 ? HASHES[6]! : t.name)),
      consKey: new Int32Array(n),
      tagRows: new Int32Array(18 * n),
      tagAt: Int32Array.from(toks, (_, i) => 18 * i),
    };
  });

describe("aggregateContexts", () => {
  test("gives the same rows, in the same order and for the same names, as the array version", () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), (sents) => {
        const got = aggregateContexts(sents, layout);
        const want = reference(sents, layout);
        expect([...got.keys()]).toEqual([...want.keys()]);
        for (const [k, rows] of want) expect(Array.from(got.get(k)!)).toEqual(Array.from(rows));
      }),
    );
  });

  test("a name seen once gets nothing; seen twice, its neighbours", () => {
    const s: SentenceWords = {
      n: 3,
      lower: Int32Array.from([HASHES[0]!, HASHES[1]!, HASHES[2]!]),
      shape: Int32Array.from([HASHES[3]!, HASHES[3]!, HASHES[3]!]),
      docKey: Int32Array.from([0, 7, 0]),
      consKey: new Int32Array(3),
      tagRows: new Int32Array(54),
      tagAt: Int32Array.from([0, 18, 36]),
    };
    expect(aggregateContexts([s], layout).size).toBe(0);
    expect(aggregateContexts([s, s], layout)).toEqual(reference([s, s], layout));
  });
});
