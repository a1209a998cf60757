// Content boundaries (a learned yes/no at each comma, dash or adjunct word) and the subject check for tagged cues, on invented sentences.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import {
  cutAtBoundary,
  isBoundary,
  parseContentEndModel,
  type ContentEndModel,
} from "../src/statements/content-ends.ts";
import { trainContentEnds, type BoundaryExample } from "../src/statements/content-ends-train.ts";
import { plausibleSubject } from "../src/statements/main-subject.ts";
import { P, contentsOf, run, type EntSpec } from "./statements-helpers.ts";

/** A hand-made model: every comma ends a content, no other boundary does. */
const AT_COMMA: ContentEndModel = { bias: -1, weights: new Map([["tok=,", 2]]) };

const withEnds = (text: string, specs: EntSpec[], contentEnds: ContentEndModel | null) =>
  contentsOf(text, specs, { contentEnds });

/** [name, text, entities, contents with the comma model, contents without] */
const rows: [string, string, EntSpec[], string[], string[]][] = [
  [
    "a reported clause ends at the comma the model scores as an end",
    "Ann Vale said the levy was unfair, a view the harbour board shares.",
    [P("Ann Vale")],
    ["the levy was unfair"],
    ["the levy was unfair, a view the harbour board shares"],
  ],
  [
    "a clause with no boundary keeps every word",
    "Ivo Reyl said the harbour would stay open all winter.",
    [P("Ivo Reyl")],
    ["the harbour would stay open all winter"],
    ["the harbour would stay open all winter"],
  ],
  [
    "a quote is never the content the model cuts",
    "“We will not pay the levy, not now and not ever,” Ann Vale said.",
    [P("Ann Vale")],
    ["We will not pay the levy, not now and not ever,"],
    ["We will not pay the levy, not now and not ever,"],
  ],
  ["a sentence with no attribution finds nothing", "The harbour stayed open, and the ferries ran late.", [], [], []],
];

describe("content boundaries", () => {
  test.each(rows)("%s", (_name, text, specs, withModel, without) => {
    expect(withEnds(text, specs, AT_COMMA)).toEqual(withModel);
    expect(withEnds(text, specs, null)).toEqual(without);
    expect(run(text, specs).statements.map((s) => s.text)).toEqual(without);
  });

  test("a cut never drops a quote: a comma before the content's last quoted word is not asked about", () => {
    const text = "Ann Vale called the levy, in her own words, “a tax on honest work.”";
    const ctx = buildContext(text, segment(text));
    const first = ctx.tokens.findIndex((t) => t.text === "the");
    const last = ctx.tokens.length - 1;
    expect(cutAtBoundary(ctx, AT_COMMA, { first, cue: first - 1, family: "test" }, first + 1, last)).toBe(last);
  });

  test("boundaries are punctuation and adjunct words, not content words", () => {
    for (const w of [",", ";", "—", "(", "while", "which", "in"]) expect(isBoundary(w)).toBe(true);
    for (const w of ["levy", "said", ".", "“"]) expect(isBoundary(w)).toBe(false);
  });
});

describe("the boundary model's file", () => {
  test("a well-formed file parses into weights", () => {
    const m = parseContentEndModel(
      JSON.stringify({ kind: "newsgraph-content-ends", version: 1, bias: -0.5, weights: { "tok=,": 1.5 } }),
    );
    expect(m.bias).toBe(-0.5);
    expect(m.weights.get("tok=,")).toBe(1.5);
  });

  test.each([
    ["not JSON", "{weights"],
    ["another kind of file", JSON.stringify({ kind: "ner", version: 1, bias: 0, weights: {} })],
    [
      "a weight that is no number",
      JSON.stringify({ kind: "newsgraph-content-ends", version: 1, bias: 0, weights: { a: "x" } }),
    ],
  ])("%s: the error names the module and the fix", (_name, text) => {
    expect(() => parseContentEndModel(text)).toThrow(/newsgraph\/content-ends[^]*pnpm train:content-ends/);
  });
});

describe("training the boundary model", () => {
  // PolNeAR's habit in miniature: a relative clause after a comma ends the content, "including" goes on
  const table: BoundaryExample[] = [];
  for (let i = 0; i < 20; i++) {
    table.push({ feats: ["tok=,", "n1=which"], stop: true });
    table.push({ feats: ["tok=,", "n1=including"], stop: false });
  }

  test("it learns which boundary ends a content, and the same seed gives the same weights", () => {
    const m = trainContentEnds(table, 5, 17);
    const score = (f: string[]) => f.reduce((s, x) => s + (m.weights.get(x) ?? 0), m.bias);
    expect(score(["tok=,", "n1=which"])).toBeGreaterThan(0);
    expect(score(["tok=,", "n1=including"])).toBeLessThan(0);
    expect([...trainContentEnds(table, 5, 17).weights]).toEqual([...m.weights]);
  });

  test("property: a model trained on any table parses back from its file unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ feats: fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 3 }), stop: fc.boolean() }),
        ),
        (exs) => {
          const m = trainContentEnds(exs, 2, 3);
          const file = {
            kind: "newsgraph-content-ends",
            version: 1,
            bias: m.bias,
            weights: Object.fromEntries(m.weights),
          };
          const back = parseContentEndModel(JSON.stringify(file));
          expect(back.bias).toBe(m.bias);
          expect([...back.weights]).toEqual([...m.weights]);
        },
      ),
    );
  });
});

describe("a tagged cue's subject is a noun phrase", () => {
  const rows: [string, string, string, boolean][] = [
    ["a name", "Ann Vale has twice complained about the levy.", "Ann Vale", true],
    ["a noun phrase with its article", "The harbour board has complained about the levy.", "The harbour board", true],
    ["an adverb is none", "Ann Vale has twice complained about the levy.", "twice", false],
    [
      "a verb and its object are none",
      "Ann Vale chastised Ivo Reyl for refusing help.",
      "chastised Ivo Reyl for",
      false,
    ],
    [
      "a phrase ending in a possessive is none",
      "Ann Vale did not back away from his pledge.",
      "back away from his",
      false,
    ],
    ["a lower-case adjective is none", "The board remained critical of the plan.", "critical", false],
  ];
  test.each(rows)("%s", (_name, text, span, want) => {
    const ctx = buildContext(text, segment(text));
    const start = text.indexOf(span);
    const first = ctx.tokens.findIndex((t) => t.start === start);
    const last = ctx.tokens.findIndex((t) => t.end === start + span.length);
    expect(plausibleSubject(ctx, { first, last, pronoun: false })).toBe(want);
  });
});
