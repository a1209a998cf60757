// The outer "according to" frame: PolNeAR's cue and source spans, while the speaker stays who spoke and an outlet is the medium.
import { describe, test } from "vitest";
import { O, P, expectStatements, type Row } from "./statements-helpers.ts";

const VALE = "person:ivo-vale";
const RADIO = "organization:harbor-radio";

const rows: Row[] = [
  [
    "a quote said, according to an outlet: the outlet is source span and medium, the speaker the person",
    "“Do not protest on the floor,” Ivo Vale said, according to Harbor Radio. “It matters.”",
    [P("Ivo Vale"), O("Harbor Radio")],
    [
      {
        kind: "direct",
        text: "Do not protest on the floor,” Ivo Vale said, according to Harbor Radio. “It matters.",
        speaker: VALE,
        source: "Harbor Radio",
        cue: "according to",
        medium: RADIO,
      },
    ],
  ],
  [
    "an adjunct between the verb and the frame",
    "“They do not care about politics,” Vale said of the families, according to a pool report.",
    [P("Ivo Vale", "Vale")],
    [
      {
        kind: "direct",
        text: "They do not care about politics,",
        speaker: VALE,
        source: "a pool report",
        cue: "according to",
        medium: null,
      },
    ],
  ],
  [
    "a quote whose sentence ends before its frame",
    "“Is this a priority for them?” Ivo Vale said at a press conference, according to Harbor Radio.",
    [P("Ivo Vale"), O("Harbor Radio")],
    [
      {
        kind: "direct",
        text: "Is this a priority for them?",
        speaker: VALE,
        source: "Harbor Radio",
        cue: "according to",
      },
    ],
  ],
  [
    "a reported clause: it ends before the frame, and the scrap the frame had taken goes",
    "On Monday, Ivo Vale said the levy was fair, according to Harbor Radio.",
    [P("Ivo Vale"), O("Harbor Radio")],
    [{ kind: "indirect", text: "the levy was fair", speaker: VALE, source: "Harbor Radio", cue: "according to" }],
  ],
  [
    "a clause with no other frame keeps the rules' reading",
    "The levy will fall next year, according to Harbor Radio.",
    [O("Harbor Radio")],
    [{ kind: "indirect", text: "The levy will fall next year", speaker: RADIO, source: "Harbor Radio" }],
  ],
  [
    "an opening frame whose clause the rules already read whole is left alone",
    "According to Harbor Radio, Ivo Vale told his aides that the levy had cleared a path for him.",
    [P("Ivo Vale"), O("Harbor Radio")],
    [
      {
        kind: "indirect",
        text: "Ivo Vale told his aides that the levy had cleared a path for him",
        speaker: RADIO,
        cue: "According to",
      },
    ],
  ],
  [
    "a frame inside brackets frames the bracket, not the statement before it",
    "“The number is huge,” Ivo Vale said (the real number is lower, according to Harbor Radio).",
    [P("Ivo Vale"), O("Harbor Radio")],
    [{ kind: "direct", text: "The number is huge,", speaker: VALE, source: "Ivo Vale", cue: "said" }],
  ],
  [
    "a frame after a relative clause frames the relative clause",
    "“The streak is proof,” Ivo Vale said of his lead, which stood at 263 on Tuesday, according to Harbor Radio.",
    [P("Ivo Vale"), O("Harbor Radio")],
    [{ kind: "direct", text: "The streak is proof,", speaker: VALE, source: "Ivo Vale", cue: "said" }],
  ],
];

describe("outer according-to frames", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
