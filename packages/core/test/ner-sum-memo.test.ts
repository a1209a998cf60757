// The shape-window memo of the tagger's static sums: found, missing, grown and started afresh when full.
import { describe, expect, test } from "vitest";
import { SumMemo } from "../src/ner/sum-memo.ts";

/** Adds `keys` in order, each key's sums being [key, key + 1, key + 2]; returns what `find` then reads for `probe`. */
function fill(keys: number[], limit: number, probe: number[]): (number[] | null)[] {
  const memo = new SumMemo(3, limit);
  for (const k of keys) {
    const at = memo.add(k);
    for (let j = 0; j < 3; j++) memo.values[at + j] = k + j;
  }
  return probe.map((k) => {
    const at = memo.find(k);
    return at < 0 ? null : Array.from(memo.values.subarray(at, at + 3));
  });
}

describe("SumMemo", () => {
  const many = Array.from({ length: 20_000 }, (_, i) => i * 64 + (i % 7));
  test.each([
    ["one key", [5], 10, [5], [[5, 6, 7]]],
    ["a key never added finds nothing", [5], 10, [6], [null]],
    [
      "zero is a key like any other",
      [0, 1],
      10,
      [0, 1],
      [
        [0, 1, 2],
        [1, 2, 3],
      ],
    ],
    ["the largest window key", [2 ** 30 - 1], 10, [2 ** 30 - 1], [[2 ** 30 - 1, 2 ** 30, 2 ** 30 + 1]]],
    [
      "keys that share their low bits",
      [1 << 20, 2 << 20, 3 << 20],
      10,
      [2 << 20, 4 << 20],
      [[2 << 20, (2 << 20) + 1, (2 << 20) + 2], null],
    ],
    [
      "20,000 keys (the table and the values grow)",
      many,
      100_000,
      [many[0]!, many[12_345]!, many[19_999]!, 3],
      [
        [0, 1, 2],
        [many[12_345]!, many[12_345]! + 1, many[12_345]! + 2],
        [many[19_999]!, many[19_999]! + 1, many[19_999]! + 2],
        null,
      ],
    ],
    ["full: starts again empty, then holds the newest", [1, 2, 3], 2, [1, 2, 3], [null, null, [3, 4, 5]]],
  ])("%s", (_, keys, limit, probe, want) => {
    expect(fill(keys, limit, probe)).toEqual(want);
  });

  test("an entry added after starting afresh begins at zero", () => {
    const memo = new SumMemo(2, 1);
    memo.values.fill(9, memo.add(7), 2);
    const at = memo.add(8);
    expect(Array.from(memo.values.subarray(at, at + 2))).toEqual([0, 0]);
    expect(memo.count).toBe(1);
  });
});
