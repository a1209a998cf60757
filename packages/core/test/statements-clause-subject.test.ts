// A cue the rules left without a source borrows its clause's subject or its owner (clause-subject.ts), on invented sentences.
import { describe, expect, test } from "vitest";
import { P, run, type EntSpec } from "./statements-helpers.ts";
import { entityId } from "../src/entities/ids.ts";
import { buildContext } from "../src/statements/context.ts";
import { segment } from "../src/text/segment.ts";
import { clauseSubjects } from "../src/statements/clause-subject.ts";
import type { Candidate } from "../src/statements/clause.ts";

const VALE = P("Ann Vale", "Vale");
const REYL = P("Ivo Reyl", "Reyl");
const ENTS: EntSpec[] = [VALE, REYL];

/** [name, text, each statement's source text (null: none), each statement's speaker name (null: none)] */
const rows: [string, string, (string | null)[], (string | null)[]][] = [
  [
    "a participle after a main clause that reports nothing",
    "Ann Vale had the air of a winner, noting that the levy would fall.",
    ["Ann Vale"],
    ["Ann Vale"],
  ],
  [
    "a second verb after an opening phrase",
    "At the time, Ivo Reyl didn’t come out and say the levy should go.",
    ["Ivo Reyl"],
    ["Ivo Reyl"],
  ],
  [
    "an apposition between the subject and its verb, before a colon frame",
    "Ann Vale, a welder from Brevik, released the following statement: “The levy will fall on every boat.”",
    ["Ann Vale"],
    ["Ann Vale"],
  ],
  [
    "a noun cue's clause",
    "Ivo Reyl, a welder from Brevik, voiced the fear that the levy would fall.",
    ["Ivo Reyl"],
    ["Ivo Reyl"],
  ],
  [
    "a pronoun subject before a contracted auxiliary",
    "She’d walked out of the hall, warning that the levy would fall.",
    ["She"],
    [null],
  ],
  [
    "a statement with its own source keeps it",
    "Ivo Reyl said the levy would fall, adding that the port would close.",
    ["Ivo Reyl", "Ivo Reyl"],
    ["Ivo Reyl", "Ivo Reyl"],
  ],
  [
    "a colon frame after a headline and a name",
    "HARBOUR NEWS - Ann Vale: “The levy will fall on every boat in the port.”",
    ["Ann Vale"],
    ["Ann Vale"],
  ],
  [
    "a source opening with a preposition gives way to the clause's subject",
    "For months, Ann Vale has stayed on the sidelines, arguing that the levy would fall.",
    ["Ann Vale"],
    ["Ann Vale"],
  ],
  [
    "a source that is an opening participle gives way to the subject after it",
    "Recognizing this, Ivo Reyl joined the board in writing that the levy would fall.",
    ["Ivo Reyl"],
    ["Ivo Reyl"],
  ],
  [
    "an apposition with a comma of its own",
    "Mr. Dale, now 81 and retired in Brevik, Ont., warned the board and said the levy would fall.",
    ["Mr. Dale"],
    [null],
  ],
  [
    "an opening phrase with two commas",
    "At the time, in the harbour, Ivo Reyl didn’t come out and say the levy should go.",
    ["Ivo Reyl"],
    ["Ivo Reyl"],
  ],
  // rows that must borrow nothing
  [
    "an opening participle with no subject after it",
    "After saying the levy was unfair, a long silence.",
    [null],
    [null],
  ],
  ["a clause with no subject", "In a long letter to the board, claiming the levy was unfair.", [null], [null]],
  ["a raising verb keeps its subject in the content", "The board seemed to back the levy on Friday.", [null], [null]],
];

describe("statements: a cue without a source borrows its clause's subject", () => {
  test.each(rows)("%s", (_name, text, sources, speakers) => {
    const sts = run(text, ENTS).statements;
    expect(sts.map((s) => s.source?.text ?? null)).toEqual(sources);
    expect(sts.map((s) => s.speaker)).toEqual(speakers.map((n) => (n ? entityId("person", n) : null)));
  });
});

/** The source clauseSubjects gives a tagged candidate with the given cue word and source words. */
const tagged = (text: string, cue: string, source: string) => {
  const ctx = buildContext(text, segment(text));
  const at = (w: string) => ctx.tokens.findIndex((t) => t.text === w);
  const words = source.split(" ");
  const c: Candidate = {
    kind: "indirect",
    start: text.indexOf(cue) + cue.length + 1,
    end: text.length - 1,
    cue: [at(cue), at(cue)],
    source: { first: at(words[0]!), last: at(words[words.length - 1]!), pronoun: false },
    rule: "indirect:model",
    inherit: false,
    mediumFrom: null,
    priority: 3,
  };
  const s = clauseSubjects(ctx, [c])[0]!.source!;
  return ctx.tokens
    .slice(s.first, s.last + 1)
    .map((t) => t.text)
    .join(" ");
};

describe("statements: the tagger's source before an infinitive cue", () => {
  test("an object before the infinitive gives way to the clause's subject", () => {
    expect(tagged("Ann Vale will come on the show to talk about the levy.", "to", "the show")).toBe("Ann Vale");
  });
  test("a subject right before a finite cue stays", () => {
    expect(tagged("Ann Vale came on the show and Ivo Reyl backed the levy.", "backed", "Ivo Reyl")).toBe("Ivo Reyl");
  });
  test("no subject before the object: the source stays", () => {
    expect(tagged("On the show to talk about the levy.", "to", "the show")).toBe("the show");
  });
});

describe("statements: the tagger's source right after an auxiliary is a predicate", () => {
  const rows: [name: string, text: string, cue: string, source: string, want: string][] = [
    ["an adverb between", "Ann Vale is slightly more likely to say the levy will fall.", "likely", "more", "Ann Vale"],
    ["a copula's complement", "Ivo Reyl was full of praise for the levy.", "praise", "full of", "Ivo Reyl"],
    ["a negation between", "Ivo Reyl did not seem worried about the levy.", "worried", "seem", "Ivo Reyl"],
    // rows that must keep the tagger's source
    ["a possessive 's is no auxiliary", "Ann Vale’s aides backed the levy.", "backed", "aides", "aides"],
    ["a subject after a full stop", "The vote is over. Ivo Reyl backed the levy.", "backed", "Ivo Reyl", "Ivo Reyl"],
    ["no subject before the auxiliary", "Is Ivo Reyl backing the levy?", "backing", "Ivo Reyl", "Ivo Reyl"],
  ];
  test.each(rows)("%s", (_name, text, cue, source, want) => {
    expect(tagged(text, cue, source)).toBe(want);
  });
});

describe("statements: a tagged cue with no source after a form of 'be'", () => {
  /** The source clauseSubjects gives a tagged candidate with cue word `cue` and no source (null: none). */
  const unsourced = (text: string, cue: string) => {
    const ctx = buildContext(text, segment(text));
    const k = ctx.tokens.findIndex((t) => t.text === cue);
    const c: Candidate = {
      kind: "indirect",
      start: ctx.tokens[k + 1]!.start,
      end: text.length - 1,
      cue: [k, k],
      source: null,
      rule: "indirect:model",
      inherit: false,
      mediumFrom: null,
      priority: 3,
    };
    const s = clauseSubjects(ctx, [c])[0]!.source;
    return s
      ? ctx.tokens
          .slice(s.first, s.last + 1)
          .map((t) => t.text)
          .join(" ")
      : null;
  };
  test.each([
    [
      "an attitude the subject holds",
      "The dock union is so worried that the levy will rise.",
      "worried",
      "The dock union",
    ],
    ["an attitude after an adverb", "Ivo Reyl is now convinced that the port will reopen.", "convinced", "Ivo Reyl"],
    ["a passive frame borrows nothing", "Ivo Reyl was lauded for the levy on Friday.", "lauded", null],
  ])("%s", (_name, text, cue, want) => {
    expect(unsourced(text, cue)).toBe(want);
  });
});
