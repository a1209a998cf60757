// Nested levels (scripts/attribution/level-classes.ts): which level a matched attribution took, and the oracle bounds.
import { describe, expect, test } from "vitest";
import type { Attribution } from "../../attribution/brat.ts";
import {
  cueFirstMatch,
  levelClass,
  levelMisses,
  nestedPairs,
  pairingFigures,
  withCutBeforeGold,
  withGoldLevel,
} from "../../attribution/level-classes.ts";
import { greedyMatch, score, type DocPair } from "../attribution/score.ts";

/** An attribution from the words of `text` it marks: content, cue and source given as substrings. */
const at = (text: string, content: string, cue: string, source = ""): Attribution => {
  const f = (s: string) => {
    if (!s) return [];
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`test: "${s}" is not in the sentence`);
    return [{ start: i, end: i + s.length }];
  };
  return { content: f(content), cue: f(cue), source: f(source) };
};

// PolNeAR marks the outermost attribution only
const T = "Mara Quill said Tobin Vey claimed the Orlen bridge was unsafe.";
const OUTER = at(T, "Tobin Vey claimed the Orlen bridge was unsafe", "said", "Mara Quill");
const INNER = at(T, "the Orlen bridge was unsafe", "claimed", "Tobin Vey");
const T2 = "Dela Brink told reporters the vote was close, and Ivo Marsh warned of long delays on the Kessel line.";
const FIRST = at(
  T2,
  "the vote was close, and Ivo Marsh warned of long delays on the Kessel line",
  "told",
  "Dela Brink",
);
const SECOND = at(T2, "of long delays on the Kessel line", "warned", "Ivo Marsh");
// the first gold content is shorter than the second: the scorer gives our run-on content the second
const GOLD2 = [at(T2, "the vote was close", "told", "Dela Brink"), SECOND];

describe("level classes", () => {
  test.each([
    ["ours the inner level, no outer made", T, [OUTER], [INNER], "inner · outer missing"],
    [
      "ours the inner level, the outer made as a scrap",
      T,
      [OUTER],
      [INNER, at(T, "Tobin Vey", "said", "Mara Quill")],
      "inner · outer made",
    ],
    ["ours the outer level, PolNeAR's frame inside it", T, [INNER], [OUTER], "outer · our cue is no gold's"],
    ["our content ran into the next attribution", T2, [SECOND], [FIRST], "outer · our cue is no gold's"],
    ["our content ran into the next, our cue another gold's", T2, GOLD2, [FIRST], "outer · our cue is another gold's"],
    ["the same level: nothing", T, [OUTER], [OUTER], null],
    ["no cue of ours: nothing", T, [OUTER], [at(T, "the Orlen bridge was unsafe", "")], null],
  ] as const)("%s", (_name, text, gold, pred, want) => {
    const d: DocPair = { text, gold: [...gold], pred: [...pred] };
    const cls = levelMisses([d]).find((m) => m.p === d.pred[0])?.cls ?? null;
    expect(cls).toBe(want);
    if (want === null) expect(levelClass(d, d.gold[0]!, d.pred[0]!)).toBeNull();
  });

  test("nested pairs: the outer content holding the inner cue counts, side by side does not", () => {
    expect(nestedPairs([OUTER, INNER])).toBe(1);
    expect(nestedPairs(GOLD2)).toBe(0);
  });

  test("the oracle's added level costs precision, the replacing one does not", () => {
    const docs: DocPair[] = [{ text: T, gold: [OUTER], pred: [INNER] }];
    const added = score(withGoldLevel(docs, "add", /^inner/));
    const replaced = score(withGoldLevel(docs, "replace", /^inner/));
    expect([added.pred, added.overlap.p, added.cue.acc]).toEqual([2, 0.5, 1]);
    expect([replaced.pred, replaced.overlap.p, replaced.cue.acc]).toEqual([1, 1, 1]);
    // nothing of the other class is touched
    expect(withGoldLevel(docs, "replace", /^outer/)[0]!.pred).toEqual([INNER]);
  });

  // "Kasich says he'd sit Putin down and tell him …": our outer frame kept a scrap, the inner piece is larger
  const T3 = "Pell Arvo says he would sit the envoy down and tell him that the Narrow Sea talks were over.";
  const G3 = at(
    T3,
    "he would sit the envoy down and tell him that the Narrow Sea talks were over",
    "says",
    "Pell Arvo",
  );
  const A3 = at(T3, "he would sit the envoy down", "says", "Pell Arvo");
  const B3 = at(T3, "him that the Narrow Sea talks were over", "tell", "");
  test("pairing: greedy gives the gold our larger piece, cue-first our piece with its cue", () => {
    expect([...greedyMatch([G3], [A3, B3], false)]).toEqual([[0, 1]]);
    expect([...cueFirstMatch([G3], [A3, B3])]).toEqual([[0, 0]]);
    const d: DocPair[] = [{ text: T3, gold: [G3], pred: [A3, B3] }];
    expect(pairingFigures(d, cueFirstMatch)).toEqual({ matched: 1, cue: [1, 1], source: [1, 1] });
    expect(pairingFigures(d, (g, p) => greedyMatch(g, p, false))).toEqual({ matched: 1, cue: [0, 1], source: [0, 1] });
  });

  test("pairing: cue-first still matches as many, and nothing where nothing overlaps", () => {
    // two golds, two of ours crossing: one-to-one either way
    expect(cueFirstMatch(GOLD2, [FIRST, SECOND]).size).toBe(2);
    expect(cueFirstMatch([OUTER], [at(T, "Mara Quill", "")]).size).toBe(0);
  });

  test("the cut-only oracle ends a run-on content before the gold frame it swallowed, and touches nothing else", () => {
    const docs: DocPair[] = [{ text: T2, gold: GOLD2, pred: [FIRST] }];
    const cut = withCutBeforeGold(docs, /another gold/)[0]!.pred[0]!;
    expect(T2.slice(cut.content[0]!.start, cut.content[0]!.end)).toBe("the vote was close, and ");
    expect(score(withCutBeforeGold(docs, /another gold/)).cue.acc).toBe(1);
    expect(withCutBeforeGold(docs, /^inner/)[0]!.pred[0]).toBe(FIRST);
  });
});
