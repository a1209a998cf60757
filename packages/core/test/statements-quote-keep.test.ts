// The quote-keep model: which tagged clauses holding a one-word quote the rules left alone stay, on invented sentences.
import { describe, expect, test } from "vitest";
import { runWhole } from "./statements-helpers.ts";
import { buildContext } from "../src/statements/context.ts";
import { segment } from "../src/text/segment.ts";
import {
  keepQuoteClause,
  parseQuoteKeepModel,
  quoteKeepFeatures,
  type QuoteKeepModel,
} from "../src/statements/learned/quote-keep.ts";
import { loadDefaultResources } from "./support/resources.ts";

const res = loadDefaultResources();
/** hand-made models: one keeps every such clause, the other keeps those whose quote follows "promote" */
const ALL: QuoteKeepModel = { bias: 1, weights: new Map() };
const PROMOTE: QuoteKeepModel = { bias: -1, weights: new Map([["before=promote", 2]]) };

const contents = (text: string, quoteKeep: QuoteKeepModel | null): string[] =>
  runWhole(text, { ...res, quoteKeep }).statements.map((st) => st.text);

const ATTACKED = "Ann Vale continued to attack the “experts” who had backed the levy.";

/**
 * [name, text, contents with no model (the one-word rule drops them all), with ALL, with PROMOTE, with the shipped
 * model (null: a known gap, tested apart)]
 */
const rows: [string, string, string[], string[], string[], string[] | null][] = [
  [
    "a show promoted by name is what the speaker promoted",
    "Ann Vale went on to promote “Harborfest,” and boasted about her new yacht.",
    ["her new yacht"],
    ["“Harborfest,”", "her new yacht"],
    ["“Harborfest,”", "her new yacht"],
    // the shipped model reads a lone quoted name opening the clause, "and" after it, as a title: it stays out
    ["her new yacht"],
  ],
  [
    "a scare quote inside what the speaker attacked stays with the clause",
    ATTACKED,
    [],
    ["the “experts” who had backed the levy"],
    [],
    // the shipped model drops it: the known gap below
    null,
  ],
  [
    "a scare quote in a sentence with no speaker finds nothing",
    "The “reform” passed on Tuesday after a long night.",
    [],
    ["reform"],
    [],
    [],
  ],
  ["a name in quotes on a cap is no statement", "Ann Vale wore a “Harbor First” cap to the meeting.", [], [], [], []],
  [
    "a one-word quote the rules frame is theirs, whatever the model says",
    "Ann Vale dismissed the report as “nonsense” and left the hall.",
    ["the report as “nonsense” and left the hall"],
    ["the report as “nonsense” and left the hall"],
    ["the report as “nonsense” and left the hall"],
    ["the report as “nonsense” and left the hall"],
  ],
];

describe("tagged clauses holding a one-word quote", () => {
  test.each(rows)("%s", (_name, text, none, all, promote, shipped) => {
    expect(contents(text, null)).toEqual(none);
    expect(contents(text, ALL)).toEqual(all);
    expect(contents(text, PROMOTE)).toEqual(promote);
    if (shipped) expect(contents(text, res.quoteKeep ?? null)).toEqual(shipped);
  });

  // PolNeAR marks `attacked X` as a cue with X as content (13 `attacked` cues in train) and a scare quote inside a
  // content does not undo the attribution, so the clause should stay. The shipped model, retrained from its 89 training
  // clauses by `pnpm train:quote-keep` on the tree of the thirteenth session, scores it -0.97 (`before=the` -5.75 and
  // `after=who` -1.23 outweigh the clause's length and position); the file before it, which the script no longer
  // reproduced, scored 2.36. With 89 clauses one invented sentence is within the model's noise: the fourteenth
  // session's retrain (i13cue14, fold boundary models moved) keeps it again.
  test("the shipped model keeps a scare quote inside what the speaker attacked", () => {
    expect(contents(ATTACKED, res.quoteKeep ?? null)).toEqual(["the “experts” who had backed the levy"]);
  });
});

describe("the quote-keep features", () => {
  test("they name the quoted word's shape, the cue and the words around the quote", () => {
    const text = "Ann Vale went on to promote “Harborfest,” and boasted.";
    const ctx = buildContext(text, segment(text));
    const at = (w: string) => ctx.tokens.findIndex((t) => t.text === w);
    const feats = quoteKeepFeatures(ctx, {
      cue: [at("promote"), at("promote")],
      content: [at("promote") + 1, at("and") - 1],
      hasSource: true,
      sourcePronoun: false,
      quote: ctx.quotes[0]!,
      quotes: 1,
    });
    expect(feats).toContain("cue=promote");
    expect(feats).toContain("shape=C");
    expect(feats).toContain("before=promote");
    expect(feats).toContain("source=np");
    expect(keepQuoteClause(PROMOTE, feats)).toBe(true);
    expect(keepQuoteClause({ bias: -1, weights: new Map() }, feats)).toBe(false);
  });
});

describe("the quote-keep model's file", () => {
  test("a well-formed file parses into weights", () => {
    const m = parseQuoteKeepModel(
      JSON.stringify({ kind: "newsgraph-quote-keep", version: 1, bias: -0.5, weights: { "cue=promote": 1.5 } }),
    );
    expect(m.bias).toBe(-0.5);
    expect(m.weights.get("cue=promote")).toBe(1.5);
  });

  test("a malformed file names the module and the command that rebuilds it", () => {
    expect(() => parseQuoteKeepModel("{")).toThrow(/newsgraph\/quote-keep.*pnpm train:quote-keep/);
    expect(() => parseQuoteKeepModel(JSON.stringify({ kind: "newsgraph-content-ends", version: 1 }))).toThrow(
      /newsgraph\/quote-keep.*schema.*pnpm train:quote-keep/s,
    );
  });
});
