// Outer hosts: a rules' frame the settle dropped for the frame nested in its clause takes that statement's place (PolNeAR marks the outermost).
import { describe, expect, test } from "vitest";
import { O, P, expectStatements, run, type Row } from "./statements-helpers.ts";

const VALE = "person:ivo-vale";
const REYL = "person:ana-reyl";
const POLL = "organization:harbor-polling";

const rows: Row[] = [
  [
    "a quote framed inside a reported clause: the reporting verb's frame holds it",
    "Ivo Vale said he wanted “a fair deal for the harbour workers.”",
    [P("Ivo Vale")],
    [
      {
        kind: "mixed",
        text: "he wanted “a fair deal for the harbour workers.”",
        speaker: VALE,
        source: "Ivo Vale",
        cue: "said",
      },
    ],
  ],
  [
    "a quote framed inside a `that` clause: the outer speaker, not the quoted one",
    "Ivo Vale told reporters that Ana Reyl had said “the levy is a burden on every family.”",
    [P("Ivo Vale"), P("Ana Reyl")],
    [
      {
        kind: "mixed",
        text: "Ana Reyl had said “the levy is a burden on every family.”",
        speaker: VALE,
        source: "Ivo Vale",
        cue: "told",
      },
    ],
  ],
  [
    "a finding's frame holds the clause framed inside it",
    "A survey by Harbor Polling shows 40 percent of voters say the levy is too high.",
    [O("Harbor Polling")],
    [
      {
        kind: "indirect",
        text: "40 percent of voters say the levy is too high",
        speaker: POLL,
        source: "A survey by Harbor Polling",
        cue: "shows",
      },
    ],
  ],
  [
    "a poll's frame holds the clause framed inside it",
    "In a Harbor Polling survey, 60 percent of voters said the levy was too high.",
    [O("Harbor Polling")],
    [{ kind: "indirect", text: "60 percent of voters said the levy was too high", speaker: POLL, cue: "In" }],
  ],
  // rows that must stay as the rules read them
  [
    "an aside (`as X has said`) frames the sentence's quote itself",
    "The levy, as Ana Reyl has said, “is a burden on every family in town.”",
    [P("Ana Reyl")],
    [{ kind: "direct", text: "is a burden on every family in town.", speaker: REYL, cue: "said" }],
  ],
  [
    "a host whose subject is a relative word",
    "The mayor, who said he wanted “a fair deal for the workers,” left early.",
    [],
    [{ kind: "direct", text: "a fair deal for the workers,", speaker: null, cue: "wanted" }],
  ],
  [
    "the frame in the sentence before",
    "Ivo Vale spoke for an hour. He wanted “a fair deal for the harbour workers.”",
    [P("Ivo Vale")],
    [{ kind: "direct", text: "a fair deal for the harbour workers.", speaker: VALE, cue: "wanted" }],
  ],
  [
    "no outer frame",
    "The board wanted “a fair deal for the harbour workers.”",
    [],
    [{ kind: "direct", text: "a fair deal for the harbour workers.", speaker: null, cue: "wanted" }],
  ],
];

describe("outer frames that lost the settle to a nested frame", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));

  test("the host names its rule and the rule it came back by", () => {
    const [st] = run("Ivo Vale said he wanted “a fair deal for the harbour workers.”", [P("Ivo Vale")]).statements;
    expect(st?.rule).toBe("mixed:source-cue-clause+host");
  });
});
