// Stage `statements`: tables of invented sentences — the common attribution forms, speakers, media, signed quotes,
// transcripts and headlines — and rows that find nothing.
import { describe, expect, test } from "vitest";
import { C, O, P, expectStatements, run, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "curly quote, source then cue",
    "“We will not retreat,” Mara Quell said.",
    [P("Mara Quell")],
    [{ kind: "direct", text: "We will not retreat,", speaker: "person:mara-quell", source: "Mara Quell", cue: "said" }],
  ],
  [
    "straight quote, inverted cue",
    '"The plan failed," said Ivo Brandt, a former envoy.',
    [P("Ivo Brandt")],
    [
      {
        kind: "direct",
        text: "The plan failed,",
        speaker: "person:ivo-brandt",
        source: "Ivo Brandt, a former envoy",
        cue: "said",
      },
    ],
  ],
  [
    "mixed pair straight-open curly-close",
    'Tomas Reyl said the "talks will resume” soon.',
    [P("Tomas Reyl")],
    [{ kind: "mixed", text: 'the "talks will resume” soon', speaker: "person:tomas-reyl", cue: "said" }],
  ],
  [
    "cue before the quote with colon",
    "Anja Vetter said: “Nothing is settled.”",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "Nothing is settled.", speaker: "person:anja-vetter", cue: "said" }],
  ],
  [
    "told an outlet before the quote",
    "Retired General Oskar Lindqvist told The Harbor Ledger, “We wait.”",
    [P("Oskar Lindqvist")],
    [
      {
        kind: "direct",
        text: "We wait.",
        speaker: "person:oskar-lindqvist",
        cue: "told",
        medium: "organization:the-harbor-ledger",
      },
    ],
  ],
  [
    "indirect with that",
    "Mara Quell said that the border would stay closed.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the border would stay closed", speaker: "person:mara-quell", cue: "said" }],
  ],
  [
    "indirect without that",
    "Ivo Brandt says the vote was rigged.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the vote was rigged", speaker: "person:ivo-brandt", cue: "says" }],
  ],
  [
    "told addressee that",
    "Mara Quell told factory workers that wages would rise.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "wages would rise", speaker: "person:mara-quell", cue: "told", medium: null }],
  ],
  [
    "according to, sentence initial",
    "According to Ivo Brandt, the deal is dead.",
    [P("Ivo Brandt")],
    [
      {
        kind: "indirect",
        text: "the deal is dead",
        speaker: "person:ivo-brandt",
        cue: "According to",
        source: "Ivo Brandt",
      },
    ],
  ],
  [
    "according to, sentence final",
    "The deal is dead, according to Ivo Brandt.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "The deal is dead", speaker: "person:ivo-brandt", cue: "according to" }],
  ],
  [
    "clause first, then source and cue",
    "The border will reopen in May, Anja Vetter said.",
    [P("Anja Vetter")],
    [{ kind: "indirect", text: "The border will reopen in May", speaker: "person:anja-vetter", cue: "said" }],
  ],
  [
    "country as speaker",
    "Valdoria claimed the drones came from the south.",
    [C("Valdoria")],
    [{ kind: "indirect", text: "the drones came from the south", speaker: "country:valdoria", cue: "claimed" }],
  ],
  [
    "organisation as speaker",
    "The Orbis Group warned that prices would climb.",
    [O("Orbis Group")],
    [{ kind: "indirect", text: "prices would climb", speaker: "organization:orbis-group", cue: "warned" }],
  ],
  [
    "surname refers back",
    "Mara Quell arrived late. “We are ready,” Quell said.",
    [P("Mara Quell", "Quell")],
    [{ kind: "direct", text: "We are ready,", speaker: "person:mara-quell", source: "Quell" }],
  ],
  [
    "pronoun to nearest person",
    "Ivo Brandt left the hall. “It is over,” he said.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "It is over,", speaker: "person:ivo-brandt", source: "he" }],
  ],
  [
    "the general → the named general",
    "General Oskar Lindqvist spoke first. “Hold the line,” the general said.",
    [P("Oskar Lindqvist")],
    [{ kind: "direct", text: "Hold the line,", speaker: "person:oskar-lindqvist", source: "the general" }],
  ],
  [
    "apposition before the cue",
    "“Stay calm,” Ivo Brandt, a former customs officer, told reporters.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "Stay calm,", speaker: "person:ivo-brandt", cue: "told", medium: null }],
  ],
  [
    "post on a platform",
    "“No deal,” Tomas Reyl said in a post on X.",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "No deal,", speaker: "person:tomas-reyl", medium: "organization:x" }],
  ],
  [
    "told us → the document source",
    "“We saw it,” Anja Vetter told us.",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "We saw it,", speaker: "person:anja-vetter", medium: "organization:the-lantern" }],
  ],
  [
    "unknown speaker stays null",
    "“It was chaos,” the witness said.",
    [],
    [{ kind: "direct", text: "It was chaos,", speaker: null, source: "the witness" }],
  ],
  [
    "relative pronoun source",
    "The fund hired Ivo Brandt, who said the audit was clean.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the audit was clean", speaker: "person:ivo-brandt", source: "who", cue: "said" }],
  ],
  [
    "progressive cue",
    "Mara Quell is stressing that the levee will hold.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levee will hold", speaker: "person:mara-quell", cue: "stressing" }],
  ],
  [
    "bracketed party tag",
    "“We stay,” Sen. Ivo Brandt (D-Ore.) said.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "We stay,", speaker: "person:ivo-brandt", source: "Sen. Ivo Brandt (D-Ore.)" }],
  ],
  [
    "apposition after a noun",
    "The union's lawyer, Tomas Reyl, said the strike would go on.",
    [P("Tomas Reyl")],
    [{ kind: "indirect", text: "the strike would go on", speaker: "person:tomas-reyl", cue: "said" }],
  ],
  [
    "quote signed with a dash",
    "“The river is rising.” ― Anja Vetter, farmer",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "The river is rising.", speaker: "person:anja-vetter", cue: "―" }],
  ],
  [
    "quote signed with a hyphen typed for the dash",
    'The dam held. "The river is rising." - Anja Vetter. The rain went on.',
    [P("Anja Vetter")],
    [{ kind: "direct", text: "The river is rising.", speaker: "person:anja-vetter", cue: "-" }],
  ],
  [
    "quote signed with a hyphen on the line under it",
    'The dam held.\n"The river is rising and the town will have to move."\n- Anja Vetter.\nThe rain went on.',
    [P("Anja Vetter")],
    [
      {
        kind: "direct",
        text: "The river is rising and the town will have to move.",
        speaker: "person:anja-vetter",
        cue: "-",
      },
    ],
  ],
  [
    "transcript turn",
    "Interview follows.\nVETTER: We waited three days for help.",
    [P("Anja Vetter", "VETTER")],
    [{ kind: "direct", text: "We waited three days for help.", speaker: "person:anja-vetter", cue: ":" }],
  ],
  [
    "title-cased headline",
    "Quell Says Bridge Will Reopen In May\nBody text here.",
    [P("Mara Quell", "Quell")],
    [{ kind: "indirect", text: "Bridge Will Reopen In May", speaker: "person:mara-quell", cue: "Says" }],
  ],
];

describe("statements: attribution forms", () => {
  test.each(rows)("%s", (_name, text, ents, want) =>
    expectStatements(text, ents, want, text.includes("told us") ? "The Lantern" : undefined),
  );
});

describe("statements: rows that must find nothing", () => {
  test.each([
    ["scare quotes", "The so-called “peace” plan stalled again in Brevik."],
    ["scare quote in straight marks", 'The treaty created a "free trade zone" near the river.'],
    ["title of a work", "Mara Quell starred in “The Long Winter” last year."],
    ["long title of a work", "The band closed with “Long Road Out Of Brevik Town” twice."],
    ["single quoted term", "The word “resilience” appears on every poster."],
    ["no cue at all", "The ferry left at noon and arrived at dusk."],
    ["passive told", "Workers were told to leave the plant."],
    ["plural noun, not a verb", "Fresh reports of shelling reached the capital."],
    ["noun after a determiner", "The repeated warnings went unheeded in Brevik."],
    ["adjective before a quote", "The continued “peace” effort collapsed."],
    ["a place phrase after said is no clause", "Mara Quell said on Tuesday."],
    ["claimed to with an infinitive is no speech", "Mara Quell claimed to own the old mill."],
    ["scare quote with a non-speech verb", "Mara Quell bought the “luxury” flat in Brevik."],
    ["scare quote opening a sentence", "The “reform” package stalled in committee for a year."],
    ["title after a non-speech verb", "Mara Quell read aloud from “Salt And Iron” at the fair."],
    ["quoted term defined, no speaker", "A “levy” is a tax raised for one purpose."],
    ["as with a quote after a bare verb", "Mara Quell worked as a “fixer” for the port."],
    ["founded as, no object", "The mill was founded as a “family venture” in 1920."],
    ["an addressee and nothing reported", "Mara Quell warned investors and left the hall."],
    [
      "an intention with a noun object is an act, not a statement",
      "Mara Quell is reportedly planning another trip to Brevik.",
    ],
    ["a refusal of a thing", "Mara Quell refused the offer from the port."],
    ["a quantifier after a preposition is no subject", "Despite some “warnings” the ferry sailed."],
    ["a cue word after a possessive is a noun", "The ferry sailed, despite Friday’s warnings about the storm."],
    [
      "a relative that with an auxiliary is no reported clause",
      "Mara Quell faced personal attacks that have defined the race.",
    ],
    ["an act is no statement", "Mara Quell missed the penalty in the final minute."],
    ["an action verb with an object", "Mara Quell carried the club through the winter."],
    ["called in an apposition names a work", "The score, called Harbour Cantata, was found among the papers."],
    ["empty", ""],
  ])("%s", (_name, text) => {
    expect(run(text, [P("Mara Quell")]).statements).toEqual([]);
  });
});
