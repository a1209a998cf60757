// Rule clauses run on past the boundary their rule stopped at, then cut where the boundary model says; and the word classes the model reads.
import { describe, expect, test } from "vitest";
import type { ContentEndModel } from "../src/statements/content-ends.ts";
import { verbAhead, wordClass } from "../src/statements/content-end-words.ts";
import { P, contentsOf, type EntSpec } from "./statements-helpers.ts";

/** A model that never ends a content: a clause runs on as far as it may. */
const NEVER: ContentEndModel = { bias: -1e9, weights: new Map() };
/** A model that ends a content at every comma and dash. */
const AT_COMMA: ContentEndModel = {
  bias: -1,
  weights: new Map([
    ["tok=,", 2],
    ["tok=—", 2],
  ]),
};

const contents = (text: string, specs: EntSpec[], m: ContentEndModel | null) =>
  contentsOf(text, specs, { contentEnds: m });

/** [name, text, entities, contents: no model, a model that never ends, a model ending at commas] */
const rows: [string, string, EntSpec[], string[], string[], string[]][] = [
  [
    "a clause the rule stopped before ', but he has …' runs on, and the model cuts it",
    "Ann Vale said the levy was unfair, but he has no boat of his own.",
    [P("Ann Vale")],
    ["the levy was unfair"],
    ["the levy was unfair, but he has no boat of his own"],
    ["the levy was unfair"],
  ],
  [
    "run on, a clause stops before the next statement's source",
    "Ann Vale said the levy was unfair, but he doubts the port will reopen.",
    [P("Ann Vale")],
    ["the levy was unfair", "the port will reopen"],
    ["the levy was unfair", "the port will reopen"],
    ["the levy was unfair", "the port will reopen"],
  ],
  [
    "run on up to another statement, a clause drops the comma and conjunction it ends with",
    "Ann Vale said the levy was unfair, and Ivo Reyl said the port would close.",
    [P("Ann Vale"), P("Ivo Reyl")],
    ["the levy was unfair", "the port would close"],
    ["the levy was unfair", "the port would close"],
    ["the levy was unfair", "the port would close"],
  ],
  [
    "a second cue joined by 'and' keeps its own clause",
    "Ann Vale said the levy was unfair and urged the board to drop it.",
    [P("Ann Vale")],
    ["the levy was unfair", "the board to drop it"],
    ["the levy was unfair", "the board to drop it"],
    ["the levy was unfair", "the board to drop it"],
  ],
  ["a sentence with no attribution finds nothing", "The levy was unfair, but the ferries ran late.", [], [], [], []],
];

describe("rule clauses and the boundary model", () => {
  test.each(rows)("%s", (_name, text, specs, none, never, atComma) => {
    expect(contents(text, specs, null)).toEqual(none);
    expect(contents(text, specs, NEVER)).toEqual(never);
    expect(contents(text, specs, AT_COMMA)).toEqual(atComma);
  });
});

describe("word classes around a boundary", () => {
  test.each([
    ["would", "would", "aux"],
    ["said", "said", "cue"],
    ["she", "she", "subj"],
    ["them", "them", "obj"],
    ["the", "the", "det"],
    ["week", "week", "time"],
    ["february", "February", "time"],
    ["closed", "closed", "past"],
    ["rising", "rising", "ing"],
    ["2016", "2016", "num"],
    ["brevik", "Brevik", "cap"],
    ["levy", "levy", "w"],
  ])("%s is %s", (key, raw, cls) => {
    expect(wordClass(key, raw)).toBe(cls);
  });

  test("a finite verb ahead counts only before a comma", () => {
    expect(verbAhead(["subj", "aux", "w"], 5)).toBe(true);
    expect(verbAhead(["det", "w", ",", "past"], 5)).toBe(false);
    expect(verbAhead(["det", "w", "w", "w", "w", "past"], 5)).toBe(false);
  });
});
