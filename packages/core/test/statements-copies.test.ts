// Statements and candidates changed by later rules are new objects with every field, in one order (statement.ts, candidate.ts).
import { describe, expect, test } from "vitest";
import type { Statement } from "../src/schema/record.ts";
import type { Candidate } from "../src/statements/clause.ts";
import { restate, statement, withStatements } from "../src/statements/statement.ts";
import { candidate, recandidate } from "../src/statements/candidate.ts";
import { ruleCandidates } from "../src/statements/extract.ts";
import { segment } from "../src/text/segment.ts";
import { passiveSubjects } from "../src/statements/passive-frames.ts";
import { quoteTails } from "../src/statements/quote-tail.ts";
import { MediumFinder } from "../src/statements/medium.ts";
import v8 from "node:v8";
import { O, P, entitiesFor, run } from "./statements-helpers.ts";

const KEYS = [
  "id",
  "kind",
  "start",
  "end",
  "text",
  "speaker",
  "source",
  "cue",
  "medium",
  "rule",
  "speakerRule",
  "parts",
];

const st: Statement = statement({
  id: "s1",
  kind: "indirect",
  start: 10,
  end: 30,
  text: "the levy will fall",
  speaker: "person:ann-vale",
  source: { start: 0, end: 8, text: "Ann Vale" },
  cue: { start: 9, end: 13, text: "said" },
  medium: null,
  rule: "indirect:said",
  speakerRule: "exact",
});

describe("statement and restate", () => {
  test("every field, parts last and left out of JSON when absent", () => {
    expect(Object.keys(st)).toEqual(KEYS);
    expect(JSON.stringify(st)).not.toContain("parts");
  });

  test("restate changes what it is given, keeps the rest, and leaves the statement alone", () => {
    const before = JSON.stringify(st);
    const next = restate(st, { start: 14, text: "will fall", source: null, parts: [{ start: 0, end: 3 }] });
    expect(next).not.toBe(st);
    expect(Object.keys(next)).toEqual(KEYS);
    expect(next).toMatchObject({ start: 14, end: 30, text: "will fall", source: null, speaker: "person:ann-vale" });
    expect(next.parts).toEqual([{ start: 0, end: 3 }]);
    expect(JSON.stringify(st)).toBe(before);
  });

  test("an empty change is an equal copy", () => {
    expect(restate(st, {})).toEqual(st);
  });
});

const CANDIDATE_KEYS = [
  "kind",
  "start",
  "end",
  "cue",
  "source",
  "rule",
  "inherit",
  "mediumFrom",
  "priority",
  "claim",
  "alt",
];

describe("candidate and recandidate", () => {
  const c: Candidate = {
    kind: "direct",
    start: 1,
    end: 9,
    cue: [3, 3],
    source: { first: 4, last: 5, pronoun: false, np: [4, 6] },
    rule: "direct:said",
    inherit: true,
    mediumFrom: [7, 8],
    priority: 2,
    claim: [0, 10],
    alt: 1,
  };

  test("candidate() copies a literal of any key order into the one order, claim and alt undefined when absent", () => {
    const made = candidate({
      priority: 0,
      rule: "direct:said",
      kind: "direct",
      end: 9,
      start: 1,
      mediumFrom: null,
      inherit: false,
      source: null,
      cue: [3, 3],
    });
    expect(Object.keys(made)).toEqual(CANDIDATE_KEYS);
    expect([made.claim, made.alt, made.start, made.end]).toEqual([undefined, undefined, 1, 9]);
    expect(Object.keys(candidate(c))).toEqual(CANDIDATE_KEYS);
    expect(candidate(c)).toStrictEqual(c);
  });

  test("every field of a candidate survives an empty change", () => {
    expect(recandidate(c, {})).toStrictEqual(c);
  });

  test("the fields given change, null included; the candidate stays as it was", () => {
    const next = recandidate(c, { source: null, inherit: false, end: 7 });
    expect(next).toMatchObject({ source: null, inherit: false, end: 7, start: 1, claim: [0, 10], alt: 1 });
    expect(c.source).not.toBeNull();
    expect(c.end).toBe(9);
  });
});

// sentences whose statements later rules change: parts joined, an outer "according to", a cue preposition
const TEXTS: [string, string][] = [
  ["a quote continued past its frame", "“The levy will fall,” Ann Vale said. “Nobody is ready for it.”"],
  ["an outer according-to frame", "“Do not protest on the floor,” Ann Vale said, according to Harbor Radio."],
  ["a clause split by its frame", "The levy, Ann Vale said, will fall before the vote."],
  ["a cue preposition", "Ann Vale boasted about the levy that the port will pay."],
];

describe("every statement the stage returns has one shape", () => {
  test.each(TEXTS)("%s", (_name, text) => {
    const { statements } = run(text, [P("Ann Vale"), O("Harbor Radio")]);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(Object.keys(s)).toEqual(KEYS);
  });
});

// every rule family: a quote with its frame, a clause, according-to, a transcript turn, an uncued quote, a second quote
// taken as the frame's alternative, and text with no attribution at all
const FRAMES: [string, string, number][] = [
  ["a quote and its cue", "“The levy will fall,” Ann Vale said.", 1],
  ["a reported clause", "Ann Vale said that the levy will fall before the vote.", 1],
  ["according to", "The levy will fall, according to Harbor Radio.", 1],
  ["a transcript turn", "VALE: The levy will fall before the vote, and nobody is ready.", 1],
  ["an uncued long quote", "“The levy will fall before the vote and nobody in this port is ready for what comes.”", 1],
  ["nothing attributed", "The levy fell on Friday after a long vote in the port.", 0],
];

describe("every candidate the rules accept has one key order", () => {
  test.each(FRAMES)("%s", (_name, text, least) => {
    const ents = entitiesFor(text, [P("Ann Vale"), O("Harbor Radio")]);
    const { accepted } = ruleCandidates({ id: "t", text }, segment(text), ents);
    expect(Array.isArray(accepted)).toBe(true);
    expect(accepted.length).toBeGreaterThanOrEqual(least);
    if (least === 0) expect(accepted).toEqual([]);
    for (const c of accepted) expect(Object.keys(c)).toEqual(CANDIDATE_KEYS);
  });
});

test("the rows reach the rules that make new statements", () => {
  const quote = run(TEXTS[0]![1], [P("Ann Vale")]).statements;
  expect(quote[0]!.parts).toHaveLength(2);
});

test("a passive frame's statement is a new one of the same shape, the old one unchanged", () => {
  const text = "The vote is widely expected to fall on Friday.";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const before = statement({
    ...at("to fall on Friday"),
    id: "s1",
    kind: "indirect",
    speaker: "person:x",
    source: at("The vote"),
    cue: at("is widely expected"),
    medium: null,
    rule: "indirect:model",
    speakerRule: "source-mention",
  });
  const [after] = passiveSubjects(text, { statements: [before], entities: [], mentions: [] }).statements;
  expect(after).not.toBe(before);
  expect(Object.keys(after!)).toEqual(KEYS);
  expect([after!.source, after!.text]).toEqual([null, "The vote is widely expected to fall on Friday"]);
  expect([before.source?.text, before.text, before.parts]).toEqual(["The vote", "to fall on Friday", undefined]);
});

// V8's own answer (natives syntax, enabled for the functions made after this call): a spread copy has the same keys
// in the same order but another hidden class, and the first one met deoptimised each statements pass after it
v8.setFlagsFromString("--allow-natives-syntax");
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- natives syntax cannot be written in a TS file
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: unknown, b: unknown) => boolean;

describe("a later pass's copy has the hidden class of every candidate", () => {
  const ROWS: [string, string, string][] = [
    ["a quote signed with a hyphen", "“The levy will fall before the vote.” - Ann Vale", "direct:quote-dash-source"],
    ["the verb after the quote", "“The levy will fall before the vote,” opined Harbor Radio.", "direct:quote-tail"],
    ["the subject after the quote", "“The levy will fall before the vote,” Ann Vale shot back.", "direct:quote-tail"],
    [
      "a quote with its cue: no tail",
      "“The levy will fall before the vote,” Ann Vale said.",
      "direct:quote-source-cue",
    ],
  ];
  test.each(ROWS)("%s", (_name, text, rule) => {
    const ents = entitiesFor(text, [P("Ann Vale"), O("Harbor Radio")]);
    const { ctx, accepted } = ruleCandidates({ id: "t", text }, segment(text), ents);
    const tails = quoteTails(ctx, accepted);
    expect(tails.map((c) => c.rule)).toEqual([rule]);
    for (const c of tails) expect(sameMap(c, candidate({ ...c }))).toBe(true);
  });
});

describe("the stage's result has one hidden class, whichever rules changed its statements", () => {
  test.each(TEXTS)("%s", (_name, text) => {
    const result = run(text, [P("Ann Vale"), O("Harbor Radio")]);
    expect(sameMap(result, withStatements(result, []))).toBe(true);
  });
});

test("a medium is found in one shape, an outlet's and the publisher's", () => {
  const text = "The levy will fall, Ann Vale told Harbor Radio. The port is ready, Bo Lind told us on Friday.";
  const ents = entitiesFor(text, [P("Ann Vale"), P("Bo Lind"), O("Harbor Radio")]);
  const { ctx } = ruleCandidates({ id: "t", text }, segment(text), ents);
  const media = new MediumFinder(ctx, ents, { id: "t", text });
  const told = ctx.tokens.flatMap((t, i) => (t.text === "told" ? [i] : []));
  const [outlet, publisher] = told.map((i) => media.find(i + 1, i + 3, true));
  expect(outlet?.id).toBe("organization:harbor-radio");
  expect(publisher).toEqual({ id: null, publisher: true });
  expect(sameMap(outlet, publisher)).toBe(true);
  expect(media.find(0, 2, true)).toBeNull(); // "The levy will": no outlet
});
