// Stage `statements`: tables of invented sentences for naming and as-frames (`called … “…”`, `as X put it`, `was
// quoted as saying`) and verbs that frame quoted words without reporting speech.
import { describe, test } from "vitest";
import { O, P, expectStatements, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "rejected … as “…”",
    "Tomas Reyl rejected the report as “pure invention”.",
    [P("Tomas Reyl")],
    [{ kind: "mixed", text: "the report as “pure invention”", speaker: "person:tomas-reyl", cue: "rejected" }],
  ],
  [
    "a naming verb's object ends with its quote",
    "She resigned after what Ivo Brandt called a “witch hunt,” a series of hearings on her budget.",
    [P("Ivo Brandt")],
    // late-spans.ts: the relative word is the content's first part (PolNeAR's "what | he called | …"), so the text spans both
    [{ kind: "mixed", text: "what Ivo Brandt called a “witch hunt,”", speaker: "person:ivo-brandt", cue: "called" }],
  ],
  [
    "a naming verb's object runs over a list of quotes",
    "Ivo Brandt called Mara Quell a “liar” who is “reckless,” a “bully” and worse.",
    [P("Ivo Brandt"), P("Mara Quell")],
    [
      {
        kind: "mixed",
        text: "Mara Quell a “liar” who is “reckless,” a “bully”",
        speaker: "person:ivo-brandt",
        cue: "called",
      },
    ],
  ],
  [
    "dismissed … as “…”",
    "Anja Vetter dismissed the leaked memo as “a clumsy forgery”.",
    [P("Anja Vetter")],
    [{ kind: "mixed", text: "the leaked memo as “a clumsy forgery”", speaker: "person:anja-vetter", cue: "dismissed" }],
  ],
  [
    "described … as “…”",
    "The Orbis Group described the merger as “a rescue”.",
    [O("Orbis Group")],
    [{ kind: "mixed", text: "the merger as “a rescue”", speaker: "organization:orbis-group", cue: "described" }],
  ],
  [
    "branded with a pronoun subject",
    "Mara Quell spoke last. She branded the tariff “a tax on bread”.",
    [P("Mara Quell")],
    [{ kind: "mixed", text: "the tariff “a tax on bread”", speaker: "person:mara-quell", cue: "branded" }],
  ],
  [
    "phrasal cue",
    "Tomas Reyl is raising questions about the tender process.",
    [P("Tomas Reyl")],
    [{ kind: "indirect", text: "the tender process", speaker: "person:tomas-reyl", cue: "raising questions about" }],
  ],
  [
    "naming verb with a quote",
    "Ivo Brandt called the ruling “a travesty”.",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the ruling “a travesty”", speaker: "person:ivo-brandt", cue: "called" }],
  ],
  [
    "promise with a noun-phrase object",
    "Mara Quell is promising lower rents and “homes, homes, homes,” but she has also raised fees.",
    [P("Mara Quell")],
    [{ kind: "mixed", text: "lower rents and “homes, homes, homes,”", speaker: "person:mara-quell", cue: "promising" }],
  ],
  [
    "as X put it",
    "The mill was, as Anja Vetter put it in her memoir, “the heart of the valley.”",
    [P("Anja Vetter")],
    [
      {
        kind: "direct",
        text: "the heart of the valley.",
        speaker: "person:anja-vetter",
        source: "Anja Vetter",
        cue: "put it",
      },
    ],
  ],
  [
    "a verb, its object and as “…”",
    "Mara Quell, in particular, has been steadily pounding Ivo Brandt as a “fraud” since May.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [
      {
        kind: "mixed",
        text: "Ivo Brandt as a “fraud”",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "pounding",
      },
    ],
  ],
  [
    "used the phrase",
    "Tomas Reyl has used the phrase “quiet surrender” often this year.",
    [P("Tomas Reyl")],
    [
      {
        kind: "mixed",
        text: "“quiet surrender” often this year",
        speaker: "person:tomas-reyl",
        cue: "used the phrase",
      },
    ],
  ],
  [
    "answered after a one-word quote",
    "Mara Quell was asked to pick. “Brevik,” she answered.",
    [P("Mara Quell")],
    [{ kind: "direct", text: "Brevik,", speaker: "person:mara-quell", source: "she", cue: "answered" }],
  ],
  [
    "refers to … as “…”",
    "Tomas Reyl refers to the governor as “Ivo.”",
    [P("Tomas Reyl")],
    [{ kind: "mixed", text: "the governor as “Ivo.”", speaker: "person:tomas-reyl", cue: "refers to" }],
  ],
  [
    "a long object before as “…”",
    "Chancellor Anja Vetter heralded the port’s deal with Brevik as a “breakthrough.”",
    [P("Anja Vetter")],
    [
      {
        kind: "mixed",
        text: "the port’s deal with Brevik as a “breakthrough.”",
        speaker: "person:anja-vetter",
        cue: "heralded",
      },
    ],
  ],
  [
    "a communicative act without a reporting verb",
    "Mara Quell endorsed Ivo Brandt for the harbour seat.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [{ kind: "indirect", text: "Ivo Brandt for the harbour seat", speaker: "person:mara-quell", cue: "endorsed" }],
  ],
  [
    "any verb framing the subject's quoted words",
    "Mara Quell attacked the levy, which she reckoned a “tax on bread.”",
    [P("Mara Quell")],
    [
      {
        kind: "mixed",
        text: "the levy, which she reckoned a “tax on bread.”",
        speaker: "person:mara-quell",
        cue: "attacked",
      },
    ],
  ],
  [
    "was quoted as saying",
    "“The biggest risk is the water,” the aid agency was quoted as saying.",
    [],
    [
      {
        kind: "direct",
        text: "The biggest risk is the water,",
        speaker: null,
        source: "the aid agency",
        cue: "quoted as saying",
      },
    ],
  ],
  [
    "called after an apposition and a time phrase",
    "Speaker Ivo Brandt, the top Republican, on Tuesday called the remarks ''racist,'' a rare rebuke.",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the remarks ''racist,''", speaker: "person:ivo-brandt", cue: "called" }],
  ],
  [
    "which he called “…” is its own attribution",
    "Ivo Brandt said he backed the law on review boards, which he called “a cartel for schools.”",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "he backed the law on review boards", speaker: "person:ivo-brandt" },
      // the relative word is the first part (late-spans.ts)
      {
        kind: "mixed",
        text: "which he called “a cartel for schools.”",
        speaker: "person:ivo-brandt",
        source: "he",
        cue: "called",
      },
    ],
  ],
  [
    "a manner-of-speaking verb after a quote",
    "“Go back to the studio,” Tomas Reyl barked.",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "Go back to the studio,", speaker: "person:tomas-reyl", cue: "barked" }],
  ],
];

describe("statements: naming verbs and as-frames", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
