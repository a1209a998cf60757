// The learned source chooser on invented sentences through the shipped model (options: -options, the model: -model).
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { extractStatements } from "../src/statements/extract.ts";
import { entitiesFor, P, O, type EntSpec } from "./statements-helpers.ts";
import { loadDefaultResources } from "./support/resources.ts";

const VALE = "person:ann-vale";
const REYL = "person:ivo-reyl";
const ENTS = [P("Ann Vale", "Vale"), P("Ivo Reyl", "Reyl")];

type Row = [
  name: string,
  text: string,
  ents: EntSpec[],
  want: [cue: string, source: string | null, speaker: string | null][],
];

/** the tagger reads the object as the source of this sentence's cue */
const TAGGER_SOURCE = "She started the week with a policy address in Brevik focused squarely on issues facing dockers.";

const rows: Row[] = [
  // rows the chooser must leave as the readers made them
  ["a named subject before its verb", "Ann Vale said the levy would fall.", ENTS, [["said", "Ann Vale", VALE]]],
  [
    "an apposition the readers grew",
    "The harbour board chief, Ann Vale, praised the efforts of a donor to attack the levy.",
    ENTS,
    [["praised", "The harbour board chief, Ann Vale", VALE]],
  ],
  [
    "an outlet",
    "The Harbor Ledger reported on Monday that the levy would fall.",
    [O("Harbor Ledger")],
    [["reported", "The Harbor Ledger", "organization:harbor-ledger"]],
  ],
  ["no attribution at all", "The storm closed the port on Monday.", [], []],
];

describe("source chooser: the shipped model on invented sentences", () => {
  const res = loadDefaultResources();
  test.each(rows)("%s", (_name, text, ents, want) => {
    const r = extractStatements({ id: "t", text }, segment(text), entitiesFor(text, ents), res);
    expect(r.statements.map((s) => [s.cue?.text ?? null, s.source?.text ?? null, s.speaker])).toEqual(want);
  });

  // right with the twelfth session's chooser, wrong with the thirteenth's, right again with the fourteenth's retrain
  // (i13cue14: its fold boundary models moved), wrong with the sixteenth's (i13src16: attitude participles keep their
  // subject), right again with the eighteenth's (i13src18: the wide and passive options' features): a decision near the
  // margin, docs/guide/statements.md
  test("the clause's subject, not the object the tagger read", () => {
    const r = extractStatements(
      { id: "t", text: TAGGER_SOURCE },
      segment(TAGGER_SOURCE),
      entitiesFor(TAGGER_SOURCE, []),
      res,
    );
    expect(r.statements.map((s) => [s.cue?.text ?? null, s.source?.text ?? null, s.speaker])).toEqual([
      ["Brevik", "She", null],
    ]);
  });

  test("without the model the readers' sources stand", () => {
    const text = TAGGER_SOURCE;
    const r = extractStatements({ id: "t", text }, segment(text), entitiesFor(text, ENTS), {
      ...res,
      sourceChooser: null,
    });
    expect(r.statements.map((s) => s.source?.text)).toEqual(["the week with a policy address"]);
  });

  // known gaps: the shipped chooser reads the tagger's attributions, the unsourced and the rules' doubtful sources (scope
  // doubtful); the rules' plausible sources (the and-pair row: scope all fixes it, at a cost to the stage's time,
  // docs/guide/statements.md), an object the shipped weights still prefer, and a pronoun or name beside its cue (never asked about)
  // stay as the readers made them
  const gaps: Row[] = [
    [
      "the subject's head, not the participle after it",
      "A news report published Wednesday said the harbour chief used a personal email account for port business.",
      [],
      [["said", "A news report published Wednesday", null]],
    ],
    [
      "the subject of the second verb of an and-pair",
      "The Brevik crowd cheered when Ivo Reyl spotted a sign in the crowd and asked it to be fetched for him.",
      ENTS,
      [
        ["spotted", "Ivo Reyl", REYL],
        ["asked", "Ivo Reyl", REYL],
      ],
    ],
    [
      "the subject pronoun, not the possessive before a noun cue",
      "He has been ratcheting up his critique of his rivals, most recently in last weekend’s debate.",
      [],
      [["critique of", "He", null]],
    ],
  ];
  test.fails.each(gaps)("%s", (_name, text, ents, want) => {
    const r = extractStatements({ id: "t", text }, segment(text), entitiesFor(text, ents), res);
    expect(r.statements.map((s) => [s.cue?.text ?? null, s.source?.text ?? null, s.speaker])).toEqual(want);
  });
});
