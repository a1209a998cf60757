// util/arrays.ts: mapPacked is `.map` in a packed array; objectArray is an empty array that takes any item.
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
