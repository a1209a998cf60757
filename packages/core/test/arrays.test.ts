// util/arrays.ts: mapPacked is `.map` in a packed array; objectArray is an empty array that takes any item.
import v8 from "node:v8";
import { describe, expect, test } from "vitest";
import { mapPacked, objectArray, packed } from "../src/util/arrays.ts";

describe("mapPacked", () => {
  const rows: [string, readonly unknown[]][] = [
    ["objects", [{ a: 1 }, { a: 2 }, { a: 3 }]],
    ["strings", ["Vale", "Harbor", "levy"]],
    ["one item", [{ a: 9 }]],
    ["empty", []],
  ];
  test.each(rows)("%s: the same items as .map, with the index", (_name, list) => {
    const f = (x: unknown, i: number) => [i, x];
    expect(mapPacked(list, f)).toEqual(list.map(f));
  });

  test("a new array, the list unchanged", () => {
    const list = [{ a: 1 }];
    const out = mapPacked(list, (x) => x);
    expect(out).not.toBe(list);
    expect(out[0]).toBe(list[0]);
    out.push({ a: 2 });
    expect(list).toHaveLength(1);
  });
});

describe("objectArray and packed", () => {
  test("an empty array that takes objects and strings", () => {
    const a = objectArray<{ a: number } | string>();
    expect(a).toEqual([]);
    a.push({ a: 1 }, "x");
    expect(a).toEqual([{ a: 1 }, "x"]);
  });

  test("packed keeps a non-empty list and replaces an empty one", () => {
    const list = [{ a: 1 }];
    expect(packed(list)).toBe(list);
    const empty: { a: number }[] = [];
    expect(packed(empty)).not.toBe(empty);
    expect(packed(empty)).toEqual([]);
  });
});

describe("objectArray's kind cannot be changed by another caller", () => {
  // V8's own answer (natives syntax, enabled for the functions made after this call)
  v8.setFlagsFromString("--allow-natives-syntax");
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- natives syntax cannot be written in a TS file
  const holey = new Function("a", "return %HasHoleyElements(a)") as (a: unknown[]) => boolean;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- as above
  const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: unknown, b: unknown) => boolean;

  test("still packed after many callers filled theirs sparsely (a literal's allocation site would make it holey)", () => {
    for (let i = 0; i < 2000; i++) objectArray(); // past V8's lazy feedback allocation: the site exists
    for (let i = 0; i < 5; i++) {
      const sparse = objectArray<{ t: number } | undefined>();
      for (let t = 3; t < 10; t++) sparse[t] ??= { t };
      expect(holey(sparse)).toBe(true); // that caller's own array is holey, as it asked
    }
    const fresh = objectArray<{ a: number }>();
    expect(holey(fresh)).toBe(false);
    fresh.push({ a: 1 });
    expect(holey(fresh)).toBe(false);
    expect(sameMap(fresh, [{ a: 2 }])).toBe(true); // the map of a literal list of objects
    expect(holey(mapPacked([{ a: 1 }, { a: 2 }], (x) => x))).toBe(false);
    expect(holey(packed([]))).toBe(false);
  });
});
