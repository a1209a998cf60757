// A quote framed by the words right after it, whatever the verb: its own cue and source, not the previous speaker's.
import { describe, test } from "vitest";
import { O, P, expectStatements, type Row } from "./statements-helpers.ts";

const DORN = "person:ivo-dorn";

const rows: Row[] = [
  [
    "a phrasal verb of manner after the quote",
    "“You want to look tough tonight,” Ivo Dorn shot back with a laugh.",
    [P("Ivo Dorn")],
    [{ kind: "direct", text: "You want to look tough tonight,", speaker: DORN, source: "Ivo Dorn", cue: "shot back" }],
  ],
  [
    "the verb before its subject",
    "“Owners should leave their boats at home,” opined the Brevik Ledger. The warnings grew.",
    [O("Brevik Ledger")],
    [
      {
        kind: "direct",
        text: "Owners should leave their boats at home,",
        speaker: "organization:brevik-ledger",
        source: "the Brevik Ledger",
        cue: "opined",
      },
    ],
  ],
  [
    "a second speaker's quote is no longer the first speaker's going on",
    "“The harbour is no longer ours,” Ann Vale claimed. “The harbour will always be ours,” an angry Ivo Dorn retaliated.",
    [P("Ann Vale"), P("Ivo Dorn")],
    [
      { kind: "direct", text: "The harbour is no longer ours,", speaker: "person:ann-vale", cue: "claimed" },
      { kind: "direct", text: "The harbour will always be ours,", speaker: DORN, cue: "retaliated" },
    ],
  ],
  [
    "a short quote opening its sentence, framed after it: a statement of its own",
    "Coverage was merciless. “Choke!” blared the front page of the Brevik Herald.",
    [O("Brevik Herald")],
    [
      {
        kind: "direct",
        text: "Choke!",
        speaker: "organization:brevik-herald",
        source: "the front page of the Brevik Herald",
        cue: "blared",
      },
    ],
  ],
  [
    "a short quote inside a sentence is a scare quote, framed or not: nothing",
    "Then came the “experts,” sniffed Ann Vale.",
    [P("Ann Vale")],
    [],
  ],
  [
    "a verb whose clause goes on is no frame: the quote stays uncued",
    "“We will wait and see what the board decides next week,” Ivo Dorn jumped into the harbour.",
    [P("Ivo Dorn")],
    [{ kind: "direct", text: "We will wait and see what the board decides next week,", speaker: null, cue: null }],
  ],
];

describe("quotes framed by the words after them", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
