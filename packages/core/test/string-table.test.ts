// The flat string table: the same answers as the Map it copies, for keys it holds and keys it lacks.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { StringTable, stringTable } from "../src/util/string-table.ts";

const map = new Map([
  ["harbour", 3],
  ["Harbour", 0],
  ["Brevik", 12],
  ["é", 7],
  ["", 5],
]);
const table = new StringTable(map);

describe("string table", () => {
  // [name, key, value]
  const rows: [string, string, number][] = [
    ["a lower-case key", "harbour", 3],
    ["the same word capitalised is its own key, value 0", "Harbour", 0],
    ["a name", "Brevik", 12],
    ["a non-ASCII key", "é", 7],
    ["the empty key", "", 5],
    ["a key it lacks", "harbor", -1],
    ["a prefix of a key", "harb", -1],
    ["a key with a character more", "Brevikk", -1],
    ["upper case it lacks", "HARBOUR", -1],
  ];
  test.each(rows)("%s", (_name, key, want) => {
    expect(table.get(key)).toBe(want);
  });

  test("property: any key reads what the map gives (-1 for none)", () => {
    const keys = fc.string({ unit: fc.constantFrom("a", "b", "A", "é", "-"), maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(keys, { maxLength: 40 }), keys, (ks, probe) => {
        const m = new Map(ks.map((k, n) => [k, n]));
        const t = new StringTable(m);
        expect(t.get(probe)).toBe(m.get(probe) ?? -1);
        for (const k of ks) expect(t.get(k)).toBe(m.get(k));
      }),
    );
  });

  test("one table per map, and a negative value is refused with the fix", () => {
    expect(stringTable(map)).toBe(stringTable(map));
    expect(() => new StringTable(new Map([["x", -1]]))).toThrow(/newsgraph\/util.*keep such a map a Map/);
  });
});
