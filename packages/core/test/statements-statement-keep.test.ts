// The statement-keep model: which indirect statements stay, on invented sentences, with hand-made and shipped models.
import { describe, expect, test } from "vitest";
import { runWhole } from "./statements-helpers.ts";
import { runToEntities } from "../src/pipeline/pipeline.ts";
import { extractWithContext } from "../src/statements/extract.ts";
import { buildContext } from "../src/statements/context.ts";
import { segment } from "../src/text/segment.ts";
import { tokenAt } from "../src/statements/sentences.ts";
import {
  parseStatementKeepModel,
  statementKeepFeatures,
  type StatementKeepModel,
} from "../src/statements/learned/statement-keep.ts";
import type { Statement } from "../src/schema/record.ts";
import { loadDefaultResources } from "./support/resources.ts";

const res = loadDefaultResources();
/** hand-made models: one drops every statement it is asked about, the other only those whose cue ends in "was" */
const NONE: StatementKeepModel = { bias: -1, weights: new Map() };
const WAS: StatementKeepModel = { bias: 1, weights: new Map([["cue-last=was", -2]]) };
/** the same drop by the strict score alone, asked about every indirect statement (the rules' too) */
const WAS_STRICT: StatementKeepModel = {
  bias: 1,
  weights: new Map(),
  scope: "indirect",
  strict: { bias: 1, weights: new Map([["cue-last=was", -2]]) },
};
/** drops every indirect statement, the rules' too */
const NONE_INDIRECT: StatementKeepModel = { bias: -1, weights: new Map(), scope: "indirect" };

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
    // the fifteenth session's model (scope indirect, overlap and strict scores) dropped it (overlap score −5.7); the
    // sixteenth session's retrain (its training statements moved by outer-hosts.ts) keeps it: a statement near the
    // model's threshold, which each retrain may flip
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

/** [name, text, contents with WAS_STRICT, with NONE_INDIRECT] */
const scopeRows: [string, string, string[], string[]][] = [
  [
    "a rules' statement is asked about at scope indirect",
    "Ann Vale said the levy would fall.",
    ["the levy would fall"],
    [],
  ],
  [
    "the strict score drops what it scores at or below 0, the rules' statements too",
    "The Harbor Board was widely viewed as a rubber stamp for the mayor.",
    [],
    [],
  ],
  [
    "a direct quote is never asked about",
    "“The levy is dead,” Ann Vale said.",
    ["The levy is dead,"],
    ["The levy is dead,"],
  ],
  ["a sentence that reports nothing finds nothing", "The ferry left Brevik at noon.", [], []],
];

describe("the scope and the strict score", () => {
  test.each(scopeRows)("%s", (_name, text, wasStrict, dropIndirect) => {
    expect(contents(text, WAS_STRICT)).toEqual(wasStrict);
    expect(contents(text, NONE_INDIRECT)).toEqual(dropIndirect);
  });
  // the overlap score is 1 for every statement (its bias): a ceiling below it keeps the strict score from being asked
  const below = (onlyBelow: number): StatementKeepModel => ({
    ...WAS_STRICT,
    strict: { ...WAS_STRICT.strict!, onlyBelow },
  });
  const WAS_TEXT = "The Harbor Board was widely viewed as a rubber stamp for the mayor.";
  test.each([
    ["a ceiling under the overlap score: the strict score is not asked, the statement stays", 0.5, WAS_TEXT, 1],
    ["a ceiling at the overlap score: the strict score is asked and drops it", 1, WAS_TEXT, 0],
    [
      "a ceiling at the overlap score: a statement the strict score likes stays",
      1,
      "Ann Vale said the levy would fall.",
      1,
    ],
    ["a sentence that reports nothing finds nothing", 1, "The ferry left Brevik at noon.", 0],
  ] as const)("%s", (_name, onlyBelow, text, n) => {
    expect(contents(text, below(onlyBelow))).toHaveLength(n);
  });
  test("the file's onlyBelow is read into the strict score", () => {
    const file = { kind: "newsgraph-statement-keep", version: 1, bias: 1, weights: {}, scope: "indirect" };
    const strict = { bias: 1, weights: { "cue-last=was": -2 } };
    expect(
      parseStatementKeepModel(JSON.stringify({ ...file, strict: { ...strict, onlyBelow: 3 } })).strict?.onlyBelow,
    ).toBe(3);
    expect(parseStatementKeepModel(JSON.stringify({ ...file, strict })).strict?.onlyBelow).toBeUndefined();
  });
  test("the shipped model asks about the rules' indirect statements and keeps a plain one", () => {
    expect(res.statementKeep?.scope).toBe("indirect");
    expect(res.statementKeep?.strict?.weights.size).toBeGreaterThan(100);
    expect(contents("Ann Vale said the levy would fall.", res.statementKeep ?? null)).toEqual(["the levy would fall"]);
  });
});

describe("the statement-keep features", () => {
  test("the nesting: another statement's cue in the content (out), the cue in another's content (in), or none", () => {
    const text = "Ann Vale has faced criticism for raising the harbor levy.";
    const ctx = buildContext(text, segment(text));
    const st = runWhole(text, { ...res, statementKeep: null }).statements[0]!;
    const nest = (all: Statement[]) =>
      statementKeepFeatures(ctx, st, undefined, all).filter((f) => f.startsWith("nest="));
    // invented neighbours: one whose cue lies in st's content, one whose content holds st's cue
    const inside = { ...st, cue: { ...st.cue!, start: st.start + 1, end: st.start + 4 } };
    const around = { ...st, start: 0, end: text.length, cue: null };
    expect(nest([st])).toEqual(["nest=none"]);
    expect(nest([st, inside])).toEqual(["nest=out"]);
    expect(nest([st, around])).toEqual(["nest=in"]);
    expect(nest([st, inside, around])).toEqual(["nest=both"]);
  });

  test("the tagger's confidence: its margins and whether the content ends where its tagged content did", () => {
    const text = "Ann Vale has faced criticism for raising the harbor levy.";
    const ctx = buildContext(text, segment(text));
    const st = runWhole(text, { ...res, statementKeep: null }).statements[0]!;
    const tc = () => statementKeepFeatures(ctx, st, undefined, [st]).filter((f) => f.startsWith("tc"));
    // no tagger run: no such features; a run that tagged no cue here: `none`
    expect(tc()).toEqual([]);
    ctx.tagged = new Map();
    expect(tc()).toEqual(["tc=none", "tc-rule=indirect:model|none"]);
    // an invented tagging of the statement's cue: margins 10 (bucket 2 of 3, 8, 20, 50, 100) and an end 2 tokens on
    const cue = tokenAt(ctx, st.cue!.start);
    const [t0, t1] = [tokenAt(ctx, st.start), tokenAt(ctx, st.end - 1)];
    const conf = { contentMin: 1, contentMean: 60, first: 200, last: 10, before: 10, after: 4, source: Infinity };
    ctx.tagged.set(cue, { cue: [cue, cue], content: [t0, t1], source: null, margin: 10, conf });
    expect(tc()).toEqual(expect.arrayContaining(["tc-end=same", "tc-start=same", "tc-cue=2", "tc-cmin=0"]));
    expect(tc()).toEqual(expect.arrayContaining(["tc-cmean=4", "tc-first=5", "tc-after=1", "tc-src=inf"]));
    ctx.tagged.set(cue, { cue: [cue, cue], content: [t0, t1 + 2], source: null, margin: 10, conf });
    expect(tc()).toEqual(
      expect.arrayContaining(["tc-end=cut", "tc-rule-end=indirect:model|cut", "tc-end-after=cut|1"]),
    );
  });

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
    // the context the statements were made in, so the tagger's margins (keep-confidence.ts) are scored too
    const s = runToEntities({ id: "t", text }, { ...res, statementKeep: null });
    const { result, ctx } = extractWithContext(s.doc, s.seg, s.ents, { ...res, statementKeep: null });
    const sts = result.statements;
    expect(sts.length).toBeGreaterThan(0);
    expect(sts.some((st) => statementKeepFeatures(ctx, st).some((f) => /^tc-cue=/.test(f)))).toBe(true);
    for (const st of sts) {
      const byString = statementKeepFeatures(ctx, st, undefined, sts).map((f) => m.weights.get(f) ?? 0);
      expect(statementKeepFeatures(ctx, st, m.coder, sts)).toEqual(byString);
      const strictByString = statementKeepFeatures(ctx, st, undefined, sts).map((f) => m.strict!.weights.get(f) ?? 0);
      expect(statementKeepFeatures(ctx, st, m.strict!.coder, sts)).toEqual(strictByString);
    }
  });
});

describe("the model file", () => {
  test("a file that is not JSON or does not fit names the module and the command", () => {
    expect(() => parseStatementKeepModel("{")).toThrow(/newsgraph\/statement-keep.*pnpm train:statement-keep/);
    expect(() => parseStatementKeepModel('{"kind":"other"}')).toThrow(/does not fit its schema/);
  });
  // the weights are checked by weightRecord's loop (model-json.ts), not zod's record: each bad shape must still fail
  const head = { kind: "newsgraph-statement-keep", version: 1, bias: 0 };
  test.each([
    ["a weight that is a string", { ...head, weights: { "rule=model": "1" } }],
    ["a weight that is null", { ...head, weights: { "rule=model": null } }],
    ["weights as a list", { ...head, weights: [1, 2] }],
    ["no weights", head],
    ["a strict weight that is an object", { ...head, weights: {}, strict: { bias: 0, weights: { a: { b: 1 } } } }],
  ])("%s does not fit", (_name, file) => {
    expect(() => parseStatementKeepModel(JSON.stringify(file))).toThrow(
      /newsgraph\/statement-keep: the model file does not fit its schema[^]*weights[^]*pnpm train:statement-keep/,
    );
  });
  test("weights of every number fit, the file's own object kept", () => {
    const m = parseStatementKeepModel(JSON.stringify({ ...head, weights: { a: 1, b: -2.5, c: 0, d: 1e-9 } }));
    expect([...m.weights]).toEqual([
      ["a", 1],
      ["b", -2.5],
      ["c", 0],
      ["d", 1e-9],
    ]);
  });
  test("the shipped file parses and holds weights", () => {
    expect(res.statementKeep?.weights.size).toBeGreaterThan(100);
  });
});
