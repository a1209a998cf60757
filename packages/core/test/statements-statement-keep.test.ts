// The statement-keep model: which of the tagger's statements stay, on invented sentences, with hand-made and shipped models.
import { describe, expect, test } from "vitest";
import { runWhole } from "./statements-helpers.ts";
import { buildContext } from "../src/statements/context.ts";
import { segment } from "../src/text/segment.ts";
import {
  parseStatementKeepModel,
  statementKeepFeatures,
  type StatementKeepModel,
} from "../src/statements/learned/statement-keep.ts";
import { loadDefaultResources } from "./support/resources.ts";

const res = loadDefaultResources();
/** hand-made models: one drops every statement it is asked about, the other only those whose cue ends in "was" */
const NONE: StatementKeepModel = { bias: -1, weights: new Map() };
const WAS: StatementKeepModel = { bias: 1, weights: new Map([["cue-last=was", -2]]) };

const contents = (text: string, statementKeep: StatementKeepModel | null): string[] =>
  runWhole(text, { ...res, statementKeep }).statements.map((st) => st.text);

/** [name, text, contents with no model, with NONE, with WAS, with the shipped model] */
const rows: [string, string, string[], string[], string[], string[]][] = [
  [
    "a noun cue the tagger found is asked about",
    "Ann Vale has faced criticism for raising the harbor levy.",
    ["raising the harbor levy"],
    [],
    ["raising the harbor levy"],
    ["raising the harbor levy"],
  ],
  [
    "a copula the tagger read as a cue goes when the model says so",
    "The Harbor Board was widely viewed as a rubber stamp for the mayor.",
    ["a rubber stamp for the mayor"],
    [],
    [],
    ["a rubber stamp for the mayor"],
  ],
  [
    "a statement the rules made is never asked about",
    "Ann Vale said the levy would fall.",
    ["the levy would fall"],
    ["the levy would fall"],
    ["the levy would fall"],
    ["the levy would fall"],
  ],
  [
    "a tagged statement holding a quote is never asked about",
    "Ivo Reyl is pushing for “a new bridge” across the bay.",
    ["“a new bridge” across the bay"],
    ["“a new bridge” across the bay"],
    ["“a new bridge” across the bay"],
    ["“a new bridge” across the bay"],
  ],
  ["a sentence that reports nothing finds nothing", "The ferry left Brevik at noon.", [], [], [], []],
];

describe("the tagger's statements kept or dropped", () => {
  test.each(rows)("%s", (_name, text, none, dropAll, was, shipped) => {
    expect(contents(text, null)).toEqual(none);
    expect(contents(text, NONE)).toEqual(dropAll);
    expect(contents(text, WAS)).toEqual(was);
    expect(contents(text, res.statementKeep ?? null)).toEqual(shipped);
  });
});

describe("the statement-keep features", () => {
  test("they name the rule, the cue's words, the source and the content's first word", () => {
    const text = "Ann Vale has faced criticism for raising the harbor levy.";
    const st = runWhole(text, { ...res, statementKeep: null }).statements[0]!;
    const feats = statementKeepFeatures(buildContext(text, segment(text)), st);
    expect(feats).toContain("rule=indirect:model");
    expect(feats).toContain(`cue=${st.cue!.text.toLowerCase()}`);
    expect(feats).toContain("first=raising");
    expect(feats.filter((f) => f.startsWith("source="))).toHaveLength(1);
  });
});

describe("the shipped model scores alike by parts and by strings", () => {
  // [text]: every statement of these is scored both ways, whether or not the model is asked about it
  const texts = [
    "Ann Vale has faced criticism for raising the harbor levy.",
    "The Harbor Board was widely viewed as a rubber stamp for the mayor, Ivo Reyl said on Monday.",
    "Critics argue the ferry plan, which Brevik approved, costs too much; the council denies it.",
  ];
  test.each(texts)("%s", (text) => {
    const m = res.statementKeep!;
    expect(m.coder).toBeDefined();
    const ctx = buildContext(text, segment(text));
    const sts = runWhole(text, { ...res, statementKeep: null }).statements;
    expect(sts.length).toBeGreaterThan(0);
    for (const st of sts) {
      const byString = statementKeepFeatures(ctx, st).map((f) => m.weights.get(f) ?? 0);
      expect(statementKeepFeatures(ctx, st, m.coder)).toEqual(byString);
    }
  });
});

describe("the model file", () => {
  test("a file that is not JSON or does not fit names the module and the command", () => {
    expect(() => parseStatementKeepModel("{")).toThrow(/newsgraph\/statement-keep.*pnpm train:statement-keep/);
    expect(() => parseStatementKeepModel('{"kind":"other"}')).toThrow(/does not fit its schema/);
  });
  test("the shipped file parses and holds weights", () => {
    expect(res.statementKeep?.weights.size).toBeGreaterThan(100);
  });
});
