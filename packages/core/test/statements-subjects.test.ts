// Stage `statements`: tables of invented sentences for who the source is — appositions, relative clauses, determiners,
// quantifiers, titled names — and which person a pronoun refers to.
import { describe, expect, test } from "vitest";
import { P, expectStatements, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "a determiner and an adjective are no subject",
    "The continued raids underscore a pattern: not budging, blaming Brevik for the delays.",
    [],
    [{ kind: "indirect", text: "Brevik for the delays", speaker: null, source: null, cue: "blaming" }],
  ],
  [
    "the relative's antecedent is not the pronoun's referent",
    "Ivo Brandt spoke first. Later he mocked Tomas Reyl, who he dubbed “the little mayor.”",
    [P("Ivo Brandt"), P("Tomas Reyl")],
    // late-spans.ts: the relative word is the first part, as PolNeAR marks it ("who | he dubbed | …")
    [
      {
        kind: "mixed",
        text: "who he dubbed “the little mayor.”",
        speaker: "person:ivo-brandt",
        source: "he",
        cue: "dubbed",
      },
    ],
  ],
  [
    "a cue word after a determiner is a noun subject",
    "The secretary of state said the ferry would run.",
    [],
    [{ kind: "indirect", text: "the ferry would run", speaker: null, source: "The secretary of state", cue: "said" }],
  ],
  [
    "a quantifier as the subject",
    "The crowd cheered. Some chanted “four more years” all night.",
    [],
    [{ kind: "mixed", text: "“four more years” all night", speaker: null, source: "Some", cue: "chanted" }],
  ],
  [
    "a plural-looking cue before an object pronoun is a verb",
    "The former first lady calls it her “steady gene”; rivals disagree.",
    [],
    [{ kind: "mixed", text: "it her “steady gene”", speaker: null, source: "The former first lady", cue: "calls" }],
  ],
  [
    "an apposition's name is not the speaker",
    "Tomas Reyl QC, a member of Anja Vetter's chambers, says the war was illegal.",
    [P("Tomas Reyl"), P("Anja Vetter")],
    [{ kind: "indirect", text: "the war was illegal", speaker: "person:tomas-reyl", cue: "says" }],
  ],
  [
    "she skips the nearer man the text calls Mr",
    "Ms Anja Vetter and Mr Ivo Brandt met the press. “We are ready,” she said.",
    [P("Anja Vetter"), P("Ivo Brandt")],
    [{ kind: "direct", text: "We are ready,", speaker: "person:anja-vetter", source: "she" }],
  ],
  [
    "he skips the nearer woman the text calls Mrs",
    "Mr Ivo Brandt greeted Mrs Anja Vetter. “It went well,” he said.",
    [P("Anja Vetter"), P("Ivo Brandt")],
    [{ kind: "direct", text: "It went well,", speaker: "person:ivo-brandt", source: "he" }],
  ],
  [
    "a document speaks through a relative that",
    "Mara Quell released a letter from her doctor that says she is in “excellent health” today.",
    [P("Mara Quell")],
    [
      {
        kind: "mixed",
        text: "she is in “excellent health” today",
        speaker: null,
        source: "a letter from her doctor",
        cue: "says",
      },
    ],
  ],
  [
    "a dash-delimited relative apposition",
    "But Kestrel Bank - which has a 22% share of the harbour loan market - said that rates were easing.",
    [],
    [{ kind: "indirect", text: "rates were easing", speaker: null, source: "Kestrel Bank", cue: "said" }],
  ],
  [
    "claimed with a clause about a title",
    "Mara Quell claimed Ivo Brandt stole the title.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [{ kind: "indirect", text: "Ivo Brandt stole the title", speaker: "person:mara-quell", cue: "claimed" }],
  ],
  [
    "an inverted -s cue before a titled name",
    "“We cannot assume the brain stays the same,” warns Baroness Anja Vetter.",
    [P("Anja Vetter")],
    [
      {
        kind: "direct",
        text: "We cannot assume the brain stays the same,",
        speaker: "person:anja-vetter",
        cue: "warns",
      },
    ],
  ],
  [
    "a bracketed tag before an apposition",
    "Rep. Ivo Brandt (D-Md.), chair of the harbour committee, said that the process was open.",
    [P("Ivo Brandt")],
    [
      {
        kind: "indirect",
        text: "the process was open",
        speaker: "person:ivo-brandt",
        source: "Rep. Ivo Brandt (D-Md.), chair of the harbour committee",
      },
    ],
  ],
  [
    "a relative clause inside an apposition is not the source",
    "But Ivo Brandt, a Republican who described himself as devout, said he recoiled.",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "himself as devout", speaker: null, source: "who" },
      { kind: "indirect", text: "he recoiled", speaker: "person:ivo-brandt", source: "Ivo Brandt, a Republican" },
    ],
  ],
  [
    "a participle's apposition may quote",
    'Mr. Ivo Brandt, citing "the magic of the port", said the candidate could win.',
    [P("Ivo Brandt")],
    [
      { kind: "mixed", text: '"the magic of the port"', speaker: null, cue: "citing" },
      {
        kind: "indirect",
        text: "the candidate could win",
        speaker: "person:ivo-brandt",
        // PolNeAR keeps another attribution's cue out of a source: the participle is its own statement
        source: "Mr. Ivo Brandt",
      },
    ],
  ],
];

describe("statements: sources and pronoun referents", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});

describe("statements: pronouns and the entities stage's gender", () => {
  test("a gender the entities stage gives (e.g. from a first name) steers he and she", async () => {
    const { entitiesFor } = await import("./statements-helpers.ts");
    const { segment } = await import("../src/text/segment.ts");
    const { extractStatements } = await import("../src/statements/extract.ts");
    const text = "Dorna Vetter met Ivo Brandt on Monday. “We are ready,” she said.";
    const ents = entitiesFor(text, [P("Dorna Vetter"), P("Ivo Brandt")]);
    const run = () =>
      extractStatements({ id: "t", text }, segment(text), ents, { attribution: null }).statements[0]!.speaker;
    expect(run()).toBe("person:ivo-brandt"); // without gender the nearest person
    ents.entities.find((e) => e.id === "person:ivo-brandt")!.gender = "male";
    expect(run()).toBe("person:dorna-vetter");
  });
});
