// Outer that-frames: the frame governing a that-clause takes the place of the statements framed inside it (PolNeAR marks the outermost).
import { describe, expect, test } from "vitest";
import { P, expectStatements, run, type Row } from "./statements-helpers.ts";

const VALE = "person:ann-vale";
const REYL = "person:ivo-reyl";

const rows: Row[] = [
  [
    "an adjective after `be` frames the clause",
    "People briefed on the talks were adamant that Ivo Reyl's children would seek to block a return.",
    [P("Ivo Reyl")],
    [
      {
        kind: "indirect",
        text: "that Ivo Reyl's children would seek to block a return",
        speaker: null,
        source: "People briefed on the talks",
        cue: "were adamant",
      },
    ],
  ],
  [
    "a verb in -s after `she` frames the clause",
    "Tinder did not explain why, but she suspects that some of the men reported her entreaty as spam.",
    [],
    [
      {
        kind: "indirect",
        text: "that some of the men reported her entreaty as spam",
        speaker: null,
        source: "she",
        cue: "suspects",
      },
    ],
  ],
  [
    "a participle frames the clause, its subject the main clause's",
    "Ann Vale left early after determining that Ivo Reyl said the levy was a gift.",
    [P("Ann Vale"), P("Ivo Reyl")],
    [
      {
        kind: "indirect",
        text: "that Ivo Reyl said the levy was a gift",
        speaker: VALE,
        source: "Ann Vale",
        cue: "determining",
      },
    ],
  ],
  // rows that must stay as they are
  [
    "a relative `that` after a noun",
    "The deadline that several insiders said went unmet passed quietly.",
    [],
    [{ kind: "indirect", text: "went unmet passed quietly", speaker: null, source: "several insiders", cue: "said" }],
  ],
  [
    "`so … that`: a degree, no frame",
    "The board was so divided that Ann Vale said the vote should wait.",
    [P("Ann Vale")],
    [{ kind: "indirect", text: "the vote should wait", speaker: VALE, source: "Ann Vale", cue: "said" }],
  ],
  [
    "a noun after a verb before `that` (`uttering charges that`)",
    "Ivo Reyl was uttering charges that Ann Vale said the levy was a gift.",
    [P("Ann Vale"), P("Ivo Reyl")],
    [{ kind: "indirect", text: "the levy was a gift", speaker: VALE, source: "Ann Vale", cue: "said" }],
  ],
  [
    "no that-clause",
    "Ivo Reyl said the levy was a gift.",
    [P("Ivo Reyl")],
    [{ kind: "indirect", text: "the levy was a gift", speaker: REYL, source: "Ivo Reyl", cue: "said" }],
  ],
];

describe("the frame governing a that-clause", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));

  test("the outer frame names its rule; off, the inner frame stands", () => {
    const text = "Tinder did not explain why, but she suspects that some of the men reported her entreaty as spam.";
    expect(run(text).statements.map((s) => s.rule)).toEqual(["indirect:that-host"]);
    expect(run(text, [], undefined, { outerThat: false }).statements.map((s) => s.cue?.text)).toEqual(["reported"]);
  });
});
