// A quote after a speech verb that opens it ("…, saying, “…”") is that verb's, not the earlier verb's of its sentence.
import { describe, test } from "vitest";
import { P, expectStatements, type Row } from "./statements-helpers.ts";

const VALE = "person:ann-vale";
const REYL = "person:ivo-reyl";
const ENTS = [P("Ann Vale", "Vale"), P("Ivo Reyl", "Reyl")];

const rows: Row[] = [
  [
    "a participle after the object of another verb",
    "Ann Vale urged dockers to vote for Ivo Reyl, saying, “There is a special place for people who stay home.”",
    ENTS,
    [
      {
        kind: "direct",
        text: "There is a special place for people who stay home.",
        speaker: VALE,
        cue: "saying",
        source: "Ann Vale",
      },
    ],
  ],
  [
    "a second speaker's verb before the quote",
    "A docker asked for a photo and Vale said, “As long as we are not breaking any harbour rules.”",
    ENTS,
    [{ kind: "direct", text: "As long as we are not breaking any harbour rules.", speaker: VALE, cue: "said" }],
  ],
  [
    "a colon after the nearer verb",
    "Ivo Reyl posted a note of his own, adding: “We are so excited to meet the new crew!”",
    ENTS,
    [
      {
        kind: "direct",
        text: "We are so excited to meet the new crew!",
        speaker: REYL,
        cue: "adding",
        source: "Ivo Reyl",
      },
    ],
  ],
  // rows the rule must leave as they were
  [
    "no speech verb between: the first verb keeps the quote",
    "Ann Vale told the board on Friday, “The levy will fall on every boat in the port.”",
    ENTS,
    [{ kind: "direct", text: "The levy will fall on every boat in the port.", speaker: VALE, cue: "told" }],
  ],
  [
    "a speech verb between that opens no quote",
    "Ann Vale said the talks went well, and Reyl agreed, adding nothing. The port reopened on Monday.",
    ENTS,
    [{ kind: "indirect", text: "the talks went well", speaker: VALE, cue: "said" }],
  ],
];

describe("statements: the speech verb right before a quote frames it", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
