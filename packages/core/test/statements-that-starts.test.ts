// That-contents after a clause or an infinitive: the content starts right after the cue, not at the rules' later "that".
import { describe, expect, test } from "vitest";
import { P, expectStatements, run, type Row } from "./statements-helpers.ts";

const VALE = "person:ann-vale";

const rows: Row[] = [
  [
    "a subject pronoun after the cue: its clause holds the `that`",
    "Ann Vale said she was confident that the levy would pass.",
    [P("Ann Vale")],
    [
      {
        kind: "indirect",
        text: "she was confident that the levy would pass",
        speaker: VALE,
        source: "Ann Vale",
        cue: "said",
      },
    ],
  ],
  [
    "`it` opening a clause with an infinitive inside",
    "Ann Vale said it was unrealistic to think that the port could pay.",
    [P("Ann Vale")],
    [
      {
        kind: "indirect",
        text: "it was unrealistic to think that the port could pay",
        speaker: VALE,
        source: "Ann Vale",
        cue: "said",
      },
    ],
  ],
  [
    "an infinitive after the cue: the `that` is a relative word",
    "The board refused to punish schools that broke the rules.",
    [],
    [
      {
        kind: "indirect",
        text: "to punish schools that broke the rules",
        speaker: null,
        source: "The board",
        cue: "refused",
      },
    ],
  ],
  [
    "an infinitive after the cue: the `that` is a determiner",
    "Ann Vale wants to help farmers keep that promise before the vote.",
    [P("Ann Vale")],
    [
      {
        kind: "indirect",
        text: "to help farmers keep that promise before the vote",
        speaker: VALE,
        source: "Ann Vale",
        cue: "wants",
      },
    ],
  ],
  [
    "a noun-phrase subject and a form of `be` before `that`",
    "Ann Vale says the truth is that the port cannot pay.",
    [P("Ann Vale")],
    [
      {
        kind: "indirect",
        text: "the truth is that the port cannot pay",
        speaker: VALE,
        source: "Ann Vale",
        cue: "says",
      },
    ],
  ],
  // rows that must stay as they are
  [
    "an addressee before `that`",
    "Ann Vale told reporters that the levy would pass.",
    [P("Ann Vale")],
    [{ kind: "indirect", text: "the levy would pass", speaker: VALE, source: "Ann Vale", cue: "told" }],
  ],
  [
    "a time phrase before `that`",
    "Ann Vale said on Monday that the levy would pass.",
    [P("Ann Vale")],
    [{ kind: "indirect", text: "the levy would pass", speaker: VALE, source: "Ann Vale", cue: "said" }],
  ],
  [
    "`to` before an addressee",
    "Ann Vale pledged to Ivo Reyl that the levy would fall.",
    [P("Ann Vale"), P("Ivo Reyl")],
    [{ kind: "indirect", text: "the levy would fall", speaker: VALE, source: "Ann Vale", cue: "pledged" }],
  ],
  [
    "an infinitive, then a comma and a participle before `that`",
    "Ann Vale pledged to cut the levy, insisting that the port could pay.",
    [P("Ann Vale")],
    [{ kind: "indirect", text: "the port could pay", speaker: VALE, source: "Ann Vale", cue: "pledged" }],
  ],
];

describe("that-contents after a clause or an infinitive", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));

  test("the moved content names its rule; off, the rules' `that` stands", () => {
    const text = "Ann Vale said she was confident that the levy would pass.";
    const ents = [P("Ann Vale")];
    expect(run(text, ents).statements.map((s) => s.rule)).toEqual(["indirect:source-cue-that+that-start"]);
    expect(run(text, ents, undefined, { thatStarts: false }).statements.map((s) => s.text)).toEqual([
      "the levy would pass",
    ]);
  });
});
