// Stage `statements`: tables of invented sentences for where a clause ends — participles, second verbs, opening
// phrases, addressees — and which subject a cue borrows.
import { describe, test } from "vitest";
import { C, O, P, expectStatements, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "a participle borrows the speaker only within its sentence",
    "Ivo Brandt said the dam was old. The board met later, adding that costs would rise.",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "the dam was old", speaker: "person:ivo-brandt" },
      { kind: "indirect", text: "costs would rise", speaker: null, source: "The board", cue: "adding" },
    ],
  ],
  [
    "a participle after a comma takes its clause's subject",
    "Tomas Reyl mocked the audit, claiming that the firm was bankrupt.",
    [P("Tomas Reyl")],
    [
      {
        kind: "indirect",
        text: "the firm was bankrupt",
        speaker: "person:tomas-reyl",
        source: "Tomas Reyl",
        cue: "claiming",
      },
    ],
  ],
  [
    "a second verb after a named subject",
    "The Orbis Group outlined its plan and vowed to cut prices.",
    [O("Orbis Group")],
    [
      {
        kind: "indirect",
        text: "to cut prices",
        speaker: "organization:orbis-group",
        source: "The Orbis Group",
        cue: "vowed",
      },
    ],
  ],
  [
    "a participle in the same sentence keeps the speaker",
    "“We are done,” Mara Quell said, adding that the talks had failed.",
    [P("Mara Quell")],
    [
      { kind: "direct", text: "We are done,", speaker: "person:mara-quell" },
      {
        kind: "indirect",
        text: "the talks had failed",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "adding",
      },
    ],
  ],
  [
    "a second verb shares the subject's span",
    "Ivo Brandt threatened to quit and said that the board had lied.",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "to quit", speaker: "person:ivo-brandt", source: "Ivo Brandt" },
      { kind: "indirect", text: "the board had lied", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "said" },
    ],
  ],
  [
    "a quote after a second verb",
    "Tomas Reyl laughed and said, “Nobody reads those memos.”",
    [P("Tomas Reyl")],
    [
      {
        kind: "direct",
        text: "Nobody reads those memos.",
        speaker: "person:tomas-reyl",
        source: "Tomas Reyl",
        cue: "said",
      },
    ],
  ],
  [
    "an adverb between and and the cue",
    "Anja Vetter paused and repeatedly said, “Go home.”",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "Go home.", speaker: "person:anja-vetter", source: "Anja Vetter", cue: "said" }],
  ],
  [
    "a new subject and cue after a comma ends the clause",
    "While Mara Quell argued the levy was fair, Ivo Brandt noted that farmers would pay it.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [
      { kind: "indirect", text: "the levy was fair", speaker: "person:mara-quell" },
      { kind: "indirect", text: "farmers would pay it", speaker: "person:ivo-brandt", cue: "noted" },
    ],
  ],
  [
    "a quote ending in a comma before but he said",
    "Tomas Reyl said the audit found “no real gaps,” but he said that the books were late.",
    [P("Tomas Reyl")],
    [
      { kind: "mixed", text: "the audit found “no real gaps,”", speaker: "person:tomas-reyl" },
      { kind: "indirect", text: "the books were late", speaker: "person:tomas-reyl", cue: "said" },
    ],
  ],
  [
    "an opening phrase and an apposition before the subject",
    "On Friday, Anja Vetter, the fund's auditor, rejected the plan, arguing that it hid the losses.",
    [P("Anja Vetter")],
    [
      { kind: "indirect", text: "the plan", speaker: "person:anja-vetter" },
      {
        kind: "indirect",
        text: "it hid the losses",
        speaker: "person:anja-vetter",
        source: "Anja Vetter, the fund's auditor",
        cue: "arguing",
      },
    ],
  ],
  [
    "a named subject and past verb after a comma end the clause",
    "Though Mara Quell called for a recount of the ballots, Ivo Brandt conceded the race.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [
      {
        kind: "indirect",
        text: "a recount of the ballots",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "called for",
      },
      { kind: "indirect", text: "the race", speaker: "person:ivo-brandt", cue: "conceded" },
    ],
  ],
  [
    "a participle phrase between subject and verb",
    "A Kestrel Institute survey released in late May found that most tenants paid more.",
    [O("Kestrel Institute")],
    [
      {
        kind: "indirect",
        text: "most tenants paid more",
        speaker: "organization:kestrel-institute",
        source: "A Kestrel Institute survey released in late May",
        cue: "found",
      },
    ],
  ],
  [
    "a long opening phrase before the subject",
    "During a long speech at the harbour that evening, Ivo Brandt left the stage, saying, “They sold us out.”",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "They sold us out.", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "saying" }],
  ],
  [
    "a year inside the subject's clause",
    "The fund hired Mara Quell, who in 2019 said the vault was empty.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the vault was empty", speaker: "person:mara-quell", source: "who", cue: "said" }],
  ],
  [
    "a second, non-speech verb after and ends the clause",
    "Tomas Reyl wrote that the board was “reckless” and encouraged members to “vote it out.”",
    [P("Tomas Reyl")],
    [
      { kind: "mixed", text: "the board was “reckless”", speaker: "person:tomas-reyl", cue: "wrote" },
      { kind: "mixed", text: "members to “vote it out.”", speaker: "person:tomas-reyl", cue: "encouraged" },
    ],
  ],
  [
    "a weak participle after a comma frames quoted words",
    "“You failed them,” Anja Vetter said, referencing the bank’s push to “cross-sell” loans.",
    [P("Anja Vetter")],
    [
      { kind: "direct", text: "You failed them,", speaker: "person:anja-vetter" },
      {
        kind: "mixed",
        text: "the bank’s push to “cross-sell” loans",
        speaker: "person:anja-vetter",
        cue: "referencing",
      },
    ],
  ],
  [
    "a participle after by",
    "Mara Quell won the room by proposing a “harbour tax” for cruise lines.",
    [P("Mara Quell")],
    [{ kind: "mixed", text: "a “harbour tax” for cruise lines", speaker: "person:mara-quell", cue: "proposing" }],
  ],
  [
    "a participle after before ends the clause",
    "Ivo Brandt said the ruling had “kept us safe” before claiming that the border was “open.”",
    [P("Ivo Brandt")],
    [
      { kind: "mixed", text: "the ruling had “kept us safe”", speaker: "person:ivo-brandt", cue: "said" },
      { kind: "mixed", text: "the border was “open.”", speaker: "person:ivo-brandt", cue: "claiming" },
    ],
  ],
  [
    "a fronted when-clause ends at its comma",
    "When Anja Vetter said that the vault held “no direct evidence,” the auditors left.",
    [P("Anja Vetter")],
    [{ kind: "mixed", text: "the vault held “no direct evidence,”", speaker: "person:anja-vetter", cue: "said" }],
  ],
  [
    "a contracted has after a relative pronoun",
    "Mara Quell, who’s argued for years that the levy is unfair, spoke last.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levy is unfair", speaker: "person:mara-quell", source: "who", cue: "argued" }],
  ],
  [
    "a participle takes a subject with a present-tense verb",
    "Throughout the talks, Valdoria seems to reset the clock, demanding further rounds.",
    [C("Valdoria")],
    [{ kind: "indirect", text: "further rounds", speaker: "country:valdoria", source: "Valdoria", cue: "demanding" }],
  ],
  [
    "a year before the subject belongs to the opening phrase",
    "In 2004 Kestrel Bank said it had seen double digit growth.",
    [],
    [{ kind: "indirect", text: "it had seen double digit growth", speaker: null, source: "Kestrel Bank", cue: "said" }],
  ],
  [
    "a participle between commas stays inside the clause",
    "Analysts said the deal, never written down, had done little for markets.",
    [],
    [
      {
        kind: "indirect",
        text: "the deal, never written down, had done little for markets",
        speaker: null,
        source: "Analysts",
        cue: "said",
      },
    ],
  ],
  [
    "a coordinated clause before an inverted cue is the content, not an apposition",
    "The refusal did not go over well, and the meeting soured from there, said one source in the room.",
    [],
    [
      {
        kind: "indirect",
        text: "The refusal did not go over well, and the meeting soured from there",
        speaker: null,
        source: "one source in the room",
        cue: "said",
      },
    ],
  ],
  [
    "a phrase after the mid-clause cue is not the content",
    "The richest pay 20 percent, Ivo Brandt said, compared with 9 percent for the rest.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "The richest pay 20 percent", speaker: "person:ivo-brandt", cue: "said" }],
  ],
  [
    "an addressee ends where the reported clause's determiner begins",
    "Ivo Brandt told reporters the deal was dead.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the deal was dead", speaker: "person:ivo-brandt", cue: "told" }],
  ],
  [
    "a time phrase after the addressee",
    "Ivo Brandt told reporters on Thursday the deal was dead.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the deal was dead", speaker: "person:ivo-brandt", cue: "told" }],
  ],
  [
    "and said after an irregular past verb shares the subject",
    "Mara Quell shook her head and said, “No.”",
    [P("Mara Quell")],
    [{ kind: "direct", text: "No.", speaker: "person:mara-quell", source: "Mara Quell", cue: "said" }],
  ],
  [
    "and said after a copula, with a time phrase",
    "Ivo Brandt was quick to praise the deal and said this week that the race was close.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the race was close", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "said" }],
  ],
  [
    "two absolute phrases, each with its own speaker",
    "The two issued a statement, Mara Quell saying she was “very encouraged” and Ivo Brandt calling it a “great meeting.”",
    [P("Ivo Brandt"), P("Mara Quell")],
    [
      { kind: "mixed", text: "she was “very encouraged”", speaker: "person:mara-quell" },
      { kind: "mixed", text: "it a “great meeting.”", speaker: "person:ivo-brandt", cue: "calling" },
    ],
  ],
  [
    "a place phrase after the cue",
    "“It is not do or die,” Ivo Brandt said outside the hall.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "It is not do or die,", speaker: "person:ivo-brandt", cue: "said" }],
  ],
];

describe("statements: clause ends and borrowed subjects", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
