// The build's heap bound: applied from a big corpus or a big heap, never when switched off.
import { describe, expect, it } from "vitest";
import { HEAP_BOUND_FROM_WORDS, HeapBound } from "../src/heap.ts";

describe("HeapBound", () => {
  it.each([
    ["a small corpus and a small heap", 20, 2 ** 40, 1_000, false],
    ["a corpus past the word threshold", 20, 2 ** 40, HEAP_BOUND_FROM_WORDS, true],
    ["a heap past the byte threshold", 20, 1, 0, true],
    ["--heap-growth 0, however big", 0, 1, HEAP_BOUND_FROM_WORDS * 10, false],
  ])("%s", (_what, percent, fromBytes, words, applied) => {
    const bound = new HeapBound(percent, fromBytes);
    try {
      expect(bound.check(words)).toBe(applied);
    } finally {
      bound.stop();
    }
  });
});
