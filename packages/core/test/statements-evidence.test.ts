// Evidence cues: records, polls and videos that show something, and a clause framed by "In <a poll>," (PolNeAR marks both).
import { describe, expect, test } from "vitest";
import { expectStatements, run, O, P, type Row } from "./statements-helpers.ts";

const ents = [P("Ivo Brandt"), P("Mara Quell"), O("Harbor Board"), O("Brevik Courier"), O("Harbor Ledger")];

describe("statements: evidence shows", () => {
  const rows: Row[] = [
    [
      "records with a modifier after the head",
      "Harbor Board records from the 2019 season show Ivo Brandt backed the levy.",
      ents,
      [
        {
          kind: "indirect",
          text: "Ivo Brandt backed the levy",
          speaker: "organization:harbor-board",
          source: "Harbor Board records from the 2019 season",
          cue: "show",
        },
      ],
    ],
    [
      "a review by an outlet",
      "A review by the Brevik Courier shows most of the ferries ran late.",
      ents,
      [
        {
          kind: "indirect",
          text: "most of the ferries ran late",
          speaker: "organization:brevik-courier",
          source: "A review by the Brevik Courier",
          cue: "shows",
        },
      ],
    ],
    [
      "after an opening phrase, the subject starts after its comma",
      "On Monday, new survey results suggested the levy was unpopular.",
      ents,
      [
        {
          kind: "indirect",
          text: "the levy was unpopular",
          speaker: null,
          source: "new survey results",
          cue: "suggested",
        },
      ],
    ],
    [
      "a poll framing the clause after it",
      "In a Harbor Ledger poll released Monday, 50 percent of voters chose Mara Quell.",
      ents,
      [
        {
          kind: "indirect",
          text: "50 percent of voters chose Mara Quell",
          speaker: "organization:harbor-ledger",
          source: "a Harbor Ledger poll released Monday",
          cue: "In",
        },
      ],
    ],
  ];
  test.each(rows)("%s", (_name, text, e, want) => expectStatements(text, e, want));

  test.each([
    ["no evidence noun before the verb", "The old ferry shows signs of rust."],
    ["the evidence noun is in a relative clause", "Aides who saw the records show no concern at all."],
    ["a participle is no evidence verb", "The records were shown to the harbour pilots."],
    ["“In” with no poll before its comma", "In the harbour, the ferries ran late again."],
    ["a poll with no comma after it", "Nobody trusted the numbers in the harbour poll."],
  ])("none: %s", (_name, text) => expect(run(text, ents).statements).toEqual([]));
});

describe("statements: raising verbs frame their subject and complement, with no source", () => {
  test.each([
    ["seemed to", "The harbour board seemed to back the levy.", "The harbour board seemed to back the levy", "seemed"],
    [
      "appears with an adjective",
      "After the vote, Ivo Brandt appears uneasy about the levy.",
      "Ivo Brandt appears uneasy about the levy",
      "appears",
    ],
    [
      "“It appears that” frames the clause alone",
      "It appears that the ferry will run late.",
      "that the ferry will run late",
      "appears",
    ],
  ])("%s", (_name, text, content, cue) => {
    const st = run(text, ents).statements;
    expect(st.map((s) => [s.text, s.cue?.text, s.source, s.rule])).toEqual([[content, cue, null, "indirect:raising"]]);
  });

  test.each([
    ["showing up somewhere", "Mara Quell appeared in court on Monday."],
    ["no complement", "The old ferry appeared."],
    ["a comma after the verb", "The ferry appeared, late as ever, at the quay."],
  ])("none: %s", (_name, text) => expect(run(text, ents).statements).toEqual([]));
});
