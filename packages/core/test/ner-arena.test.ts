// The tagger's scratch arena: blocks handed out after a reset start zeroed, like new Int32Array, and a long document still fits.
import { describe, expect, test } from "vitest";
import { Int32Arena } from "../src/ner/arena.ts";

describe("Int32Arena", () => {
  test("a block handed out after reset is zeroed although the memory was written before", () => {
    const a = new Int32Arena(16);
    a.alloc(10).fill(7);
    a.reset();
    expect(Array.from(a.alloc(16))).toEqual(new Array(16).fill(0));
  });
  test("a request larger than the chunk gets its own zeroed block, and the arena goes on after a reset", () => {
    const a = new Int32Arena(8);
    const big = a.alloc(20);
    big.fill(3);
    expect(big.length).toBe(20);
    a.reset();
    const again = a.alloc(20);
    expect(again.length).toBe(20);
    expect(again.every((x) => x === 0)).toBe(true);
  });
  test("trim gives back the unwritten end of the last block", () => {
    const a = new Int32Arena(16);
    const b = a.alloc(10);
    a.trim(b, 4);
    const c = a.alloc(12);
    expect(c.byteOffset).toBe(b.byteOffset + 16);
  });
});
