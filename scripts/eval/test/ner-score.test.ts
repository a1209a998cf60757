// The conlleval-equivalent scorer and the IOB1 → IOB2 conversion, on hand-made tag sequences.
import { describe, expect, test } from "vitest";
import { ChunkScorer } from "../ner-score.ts";
import { chunks, iob1ToIob2 } from "../../../packages/core/src/ner/iob.ts";

describe("iob1ToIob2", () => {
  test.each([
    [
      ["I-PER", "I-PER", "O"],
      ["B-PER", "I-PER", "O"],
    ],
    [
      ["I-LOC", "B-LOC", "O"],
      ["B-LOC", "B-LOC", "O"],
    ],
    [
      ["I-ORG", "I-LOC"],
      ["B-ORG", "B-LOC"],
    ],
    [
      ["O", "O"],
      ["O", "O"],
    ],
    [[], []],
  ])("%j", (iob1, iob2) => expect(iob1ToIob2(iob1)).toEqual(iob2));
});

describe("chunks", () => {
  test("IOB1 and IOB2 read the same", () => {
    const a = chunks(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]);
    const b = chunks(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]);
    expect(a).toEqual(b);
    expect(a).toEqual([
      { type: "PER", start: 0, end: 2 },
      { type: "LOC", start: 3, end: 4 },
      { type: "LOC", start: 4, end: 5 },
    ]);
  });
  test("a type change inside I- run starts a new chunk", () => {
    expect(chunks(["B-ORG", "I-MISC"])).toEqual([
      { type: "ORG", start: 0, end: 1 },
      { type: "MISC", start: 1, end: 2 },
    ]);
  });
  test("no chunks in an all-O sentence", () => expect(chunks(["O", "O", "O"])).toEqual([]));
});

describe("ChunkScorer", () => {
  test("exact-match precision, recall and F1 per type", () => {
    const s = new ChunkScorer();
    // gold: PER(0-2) LOC(3) ; pred: PER(0-1) wrong boundary, LOC(3) right, ORG(4) spurious
    s.add(["B-PER", "I-PER", "O", "B-LOC", "O"], ["B-PER", "O", "O", "B-LOC", "B-ORG"]);
    const r = s.result();
    expect(r.overall.correct).toBe(1);
    expect(r.overall.gold).toBe(2);
    expect(r.overall.predicted).toBe(3);
    expect(r.overall.precision).toBeCloseTo(100 / 3, 6);
    expect(r.overall.recall).toBeCloseTo(50, 6);
    expect(r.overall.f1).toBeCloseTo(40, 6);
    expect(r.byType.LOC!.f1).toBeCloseTo(100, 6);
    expect(r.byType.PER!.f1).toBe(0);
    expect(r.byType.ORG!.precision).toBe(0);
    expect(r.accuracy).toBeCloseTo(60, 6);
  });
  test("a perfect tagger scores 100 and an empty one 0", () => {
    const perfect = new ChunkScorer();
    const empty = new ChunkScorer();
    const gold = ["B-MISC", "I-MISC", "O", "B-ORG"];
    perfect.add(gold, gold);
    empty.add(gold, ["O", "O", "O", "O"]);
    expect(perfect.result().overall.f1).toBe(100);
    expect(empty.result().overall.f1).toBe(0);
    expect(empty.result().overall.recall).toBe(0);
  });
  test("sentences accumulate", () => {
    const s = new ChunkScorer();
    s.add(["B-PER"], ["B-PER"]);
    s.add(["B-PER"], ["O"]);
    expect(s.result().overall.recall).toBe(50);
    expect(s.result().overall.precision).toBe(100);
  });
  test("mismatched lengths throw with a clear message", () => {
    expect(() => new ChunkScorer().add(["O"], [])).toThrow(/newsgraph\/ner/);
  });
});
