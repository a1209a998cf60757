// Frames with no verb (a colon as the cue) and PolNeAR's span conventions (a trailing "in a post on X" is the medium), on invented sentences.
import { describe, expect, test } from "vitest";
import { O, P, expectStatements, run, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "a medium phrase ends a reported clause and names its medium",
    "Edvin Maar later repeated the call in a post on X.",
    [P("Edvin Maar")],
    [{ kind: "indirect", text: "the call", speaker: "person:edvin-maar", cue: "repeated", medium: "organization:x" }],
  ],
  [
    "an interview with an outlet, with a time after it",
    "Mara Quell renewed her demand for a recount in an interview with Harbor Radio on Sunday.",
    [P("Mara Quell")],
    [
      {
        kind: "indirect",
        text: "her demand for a recount",
        speaker: "person:mara-quell",
        cue: "renewed",
        medium: "organization:harbor-radio",
      },
    ],
  ],
  [
    "remarks to an outlet are a medium phrase too (one MEDIUM_NOUNS list for both readers)",
    "Mara Quell repeated her demand for a recount in her remarks to Harbor Radio.",
    [P("Mara Quell")],
    [
      {
        kind: "indirect",
        text: "her demand for a recount",
        speaker: "person:mara-quell",
        cue: "repeated",
        medium: "organization:harbor-radio",
      },
    ],
  ],
  [
    "a platform named before a time word keeps its medium",
    "“I stand by every word,” Rasa Tamm wrote on X late on Saturday.",
    [P("Rasa Tamm")],
    [{ kind: "direct", text: "I stand by every word,", speaker: "person:rasa-tamm", medium: "organization:x" }],
  ],
  [
    "a colon with no verb before it is the cue of the quote it opens",
    "The verdict from the harbour floor, where the dockers gathered on Friday: “We will not go back to work for less.”",
    [],
    [{ kind: "direct", text: "We will not go back to work for less.", speaker: null, cue: ":" }],
  ],
];

describe("statements: frames with no verb and span conventions", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));

  test("a content that only mentions a post keeps its words (no medium phrase at its end)", () => {
    const text = "Ivo Brandt said the post on X was deleted by Monday.";
    const st = run(text, [P("Ivo Brandt"), O("X")]).statements;
    expect(st.map((s) => [s.text, s.medium])).toEqual([["the post on X was deleted by Monday", null]]);
  });

  test("a colon a pattern already used as a cue frames no second quote", () => {
    const text = "ANJA VETTER: “The port stays open.” “We have enough staff for the winter and beyond.”";
    const st = run(text, [P("Anja Vetter")]).statements;
    expect(st.filter((s) => s.cue?.text === ":").length).toBeLessThanOrEqual(1);
  });
});
