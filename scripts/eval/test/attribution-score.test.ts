// The PolNeAR scorer and brat reader behind `pnpm eval:attribution`: matching, strictness, quote recall, source/cue accuracy.
import { describe, expect, test } from "vitest";
import { parseAnn } from "../../attribution/brat.ts";
import { greedyMatch, score } from "../attribution/score.ts";
import { baseline } from "../attribution/baseline.ts";
import { toAttributions } from "../attribution/adapt.ts";

const A = (c: [number, number][], cue: [number, number][] = [], src: [number, number][] = []) => ({
  content: c.map(([start, end]) => ({ start, end })),
  cue: cue.map(([start, end]) => ({ start, end })),
  source: src.map(([start, end]) => ({ start, end })),
});

describe("parseAnn", () => {
  test("discontinuous content, roles in any order, no-source events, discards ignored", () => {
    const ann = [
      "T1\tSource 0 4\tAnna",
      "T2\tCue 5 9\tsaid",
      "T3\tContent 10 20;30 40\tx",
      "T4\tAttribution 5 9\tsaid",
      "E1\tAttribution:T4 Cue:T2 Content:T3 Source:T1",
      "T5\tDiscard 50 60\tx",
      "T6\tCue 61 63\tx",
      "T7\tContent 64 70\tx",
      "E2\tAttribution-no-source:T6 Content:T7 Cue:T6",
      "E3\tAttribution-no-source:T6 ",
    ].join("\n");
    expect(parseAnn(ann)).toEqual([
      A(
        [
          [10, 20],
          [30, 40],
        ],
        [[5, 9]],
        [[0, 4]],
      ),
      A([[64, 70]], [[61, 63]]),
    ]);
  });
});

describe("score", () => {
  test("greedy one-to-one: the largest overlap wins, each side used once", () => {
    const gold = [A([[0, 10]]), A([[8, 20]])];
    const pred = [A([[5, 20]])];
    expect([...greedyMatch(gold, pred, false)]).toEqual([[1, 0]]);
  });
  test("strict needs 80% both ways", () => {
    expect(greedyMatch([A([[0, 10]])], [A([[0, 8]])], true).size).toBe(1);
    expect(greedyMatch([A([[0, 10]])], [A([[0, 7]])], true).size).toBe(0);
    expect(greedyMatch([A([[0, 10]])], [A([[0, 13]])], true).size).toBe(0);
  });
  test("P/R/F1, quote recall, source and cue accuracy", () => {
    const text = "“Go now,” Anna said. Bo thinks it rains. Cy left.";
    const gold = [A([[0, 9]], [[15, 19]], [[10, 14]]), A([[28, 39]], [[24, 30]], [[21, 23]])];
    const pred = [A([[1, 7]], [[15, 19]], [[0, 1]]), A([[41, 48]], [], [])];
    const s = score([{ text, gold, pred }]);
    expect(s.overlap).toMatchObject({ tp: 1, p: 0.5, r: 0.5 });
    expect(s.overlap.f1).toBeCloseTo(0.5);
    expect(s.directQuotes).toEqual({ gold: 1, found: 1, recall: 1 });
    expect(s.source).toEqual({ scored: 1, correct: 0, acc: 0 });
    expect(s.cue).toEqual({ scored: 1, correct: 1, acc: 1 });
  });
  test("source spans: overlap counts for accuracy, PolNeAR's span needs 80 % both ways", () => {
    // "Anna Holt, a broker, said it rains.": gold source "Anna Holt, a broker" (0-19)
    const gold = [A([[26, 35]], [[21, 25]], [[0, 19]])];
    const s = (src: [number, number]) => score([{ text: "", gold, pred: [A([[26, 35]], [[21, 25]], [src])] }]);
    expect(s([0, 9]).source.acc).toBe(1);
    expect(s([0, 9]).sourceStrict.acc).toBe(0);
    expect(s([0, 18]).sourceStrict).toEqual({ scored: 1, correct: 1, acc: 1 });
    expect(s([0, 24]).sourceStrict.acc).toBe(0);
  });
  test("no predictions scores zero without dividing by zero", () => {
    const s = score([{ text: "x", gold: [A([[0, 1]])], pred: [] }]);
    expect(s.overlap.f1).toBe(0);
    expect(s.source.acc).toBe(0);
  });
});

describe("baseline and adapter", () => {
  test("baseline attributes each quote to the nearest said", () => {
    const text = "“We are done here,” Anna Holt said.\nThe “peace” talk.";
    const [a, ...rest] = baseline(text);
    expect(rest).toEqual([]);
    expect(text.slice(a!.cue[0]!.start, a!.cue[0]!.end)).toBe("said");
    expect(text.slice(a!.source[0]!.start, a!.source[0]!.end)).toBe("Anna Holt");
  });
  test("a continued quote in the same paragraph joins the previous attribution", () => {
    const st = (start: number, end: number, rule: string) => ({
      id: "s",
      kind: "direct" as const,
      start,
      end,
      text: "",
      speaker: null,
      source: null,
      cue: null,
      medium: null,
      rule,
    });
    const text = "aaaa bbbb cccc\ndddd";
    const out = toAttributions(
      [st(0, 4, "direct:x"), st(10, 14, "direct:continued"), st(15, 19, "direct:continued")],
      text,
    );
    expect(out.map((a) => a.content.length)).toEqual([2, 1]);
  });
});
