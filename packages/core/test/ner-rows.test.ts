// The shipped model's row ranks give every hashed row the offset the 4 MiB offset table it replaced gave, or -1.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { offsetOf } from "../src/ner/rows.ts";
import { keptRows, rankRows } from "../src/util/bit-ranks.ts";

/** The offset table as parseModel built it before: the union of the lists, numbered in hashed-row order. */
function offsetTable(lists: readonly Int32Array[], bits: number, stride: number): Int32Array {
  const index = new Int32Array(1 << bits).fill(-1);
  for (const rows of lists) for (const r of rows) index[r] = 0;
  let count = 0;
  for (let r = 0; r < index.length; r++) if (index[r] === 0) index[r] = stride * count++;
  return index;
}

const sorted = (rows: number[]) => Int32Array.from([...new Set(rows)].sort((a, b) => a - b));

describe("ner rows: ranks against the offset table", () => {
  test.each([
    ["no rows", 8, [[]]],
    ["row 0 alone", 8, [[0]]],
    ["the last row", 8, [[255]]],
    ["bit 31 of a word and the one after", 8, [[31, 32]]],
    ["every row of the first word", 6, [[...Array(32).keys()]]],
    [
      "two passes sharing rows",
      10,
      [
        [1, 5, 31, 700],
        [5, 63, 64, 1023],
      ],
    ],
    ["fewer hashed rows than one word", 3, [[0, 7]]],
  ])("%s", (_name, bits, raw) => {
    const lists = raw.map(sorted);
    const ranks = rankRows(lists, bits);
    const table = offsetTable(lists, bits, 18);
    for (let r = 0; r < 1 << bits; r++) expect(offsetOf(r, 18, ranks)).toBe(table[r]);
    expect(keptRows(ranks)).toBe(new Set(raw.flat()).size);
  });

  test("any rows of two passes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 4095 }), { maxLength: 400 }),
        fc.array(fc.nat({ max: 4095 }), { maxLength: 400 }),
        (a, b) => {
          const lists = [sorted(a), sorted(b)];
          const ranks = rankRows(lists, 12);
          const table = offsetTable(lists, 12, 18);
          for (let r = 0; r < 4096; r++) if (offsetOf(r, 18, ranks) !== table[r]) return false;
          return keptRows(ranks) === new Set([...a, ...b]).size;
        },
      ),
    );
  });

  test("dense rows without ranks", () => {
    expect(offsetOf(0, 9, null)).toBe(0);
    expect(offsetOf(1000, 9, null)).toBe(9000);
  });
});
