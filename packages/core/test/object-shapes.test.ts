// The shape-keeping helpers give what the spreads, flatMap and literals they replace gave: same fields, same order, same items.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { cand, recand } from "../src/entities/cand.ts";
import { extend } from "../src/util/extend.ts";
import { flatMapPacked, objectArray, packed } from "../src/util/arrays.ts";

const CAND_KEYS = ["first", "last", "kind", "name", "iso", "country", "org", "outlet", "rule", "endChar"];

describe("entity candidates: one set of fields in one order", () => {
  test.each([
    ["a person", cand(3, 4, "person", "Dorna Vale", "ner:PER")],
    ["a country with its code", cand(0, 0, "country", "Veldoria", "lexicon:country", { iso: "VD" })],
    [
      "an outlet ending inside its token",
      cand(7, 7, "organization", "X", "lexicon:org", { outlet: true, endChar: 41 }),
    ],
  ])("%s has every field, absent ones undefined", (_, c) => {
    expect(Object.keys(c)).toEqual(CAND_KEYS);
  });

  test("recand changes only what it is given and keeps the field order", () => {
    const c = cand(2, 5, "organization", "Quillan Holdings", "ner:ORG", { iso: "GB", outlet: true });
    const r = recand(c, { last: 3, name: "Quillan", rule: "ner:ORG+name-head" });
    expect(Object.keys(r)).toEqual(CAND_KEYS);
    expect(r).toEqual({ ...c, last: 3, name: "Quillan", rule: "ner:ORG+name-head" });
    expect(c.last).toBe(5); // the original is untouched
  });

  test("recand can clear an optional field", () => {
    const c = cand(1, 1, "location", "Savannah Ridge", "lexicon:place", { country: "US" });
    expect(recand(c, { country: undefined }).country).toBeUndefined();
    expect(recand(c, {}).country).toBe("US");
  });
});

describe("extend is the spread it replaces", () => {
  test("same keys in the same order, the change winning", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer()),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer()),
        (a, b) => {
          const e = extend(a, b);
          expect(Object.keys(e)).toEqual(Object.keys({ ...a, ...b }));
          expect(e).toEqual({ ...a, ...b });
        },
      ),
    );
  });

  test("the source is not changed", () => {
    const s = { doc: "d1" };
    expect(extend(s, { seg: 1 })).toEqual({ doc: "d1", seg: 1 });
    expect(s).toEqual({ doc: "d1" });
  });
});

describe("object arrays", () => {
  test("objectArray is an empty array that takes pushes", () => {
    const a = objectArray<{ n: number }>();
    expect(a).toEqual([]);
    a.push({ n: 1 });
    expect(a).toEqual([{ n: 1 }]);
  });

  test("packed returns a non-empty list itself and an empty one as a new empty array", () => {
    const full = [{ n: 1 }];
    expect(packed(full)).toBe(full);
    const empty: { n: number }[] = [];
    expect(packed(empty)).toEqual([]);
    expect(packed(empty)).not.toBe(empty);
  });

  test("flatMapPacked gives flatMap's items in flatMap's order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 })), (xs) => {
        const f = (x: number, i: number) => Array.from({ length: x }, (_, k) => ({ x, i, k }));
        expect(flatMapPacked(xs, f)).toEqual(xs.flatMap(f));
      }),
    );
  });
});
