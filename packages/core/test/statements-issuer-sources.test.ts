// "Vale issued a statement saying …": the participle's source is the issuer, not the document (issuer-sources.ts).
import { describe, test } from "vitest";
import { O, P, expectStatements, type Row } from "./statements-helpers.ts";

const QUELL = "person:mara-quell";
const rows: Row[] = [
  [
    "a statement with a time phrase",
    "Mara Quell issued a statement on Tuesday saying the levy was unfair.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levy was unfair", speaker: QUELL, source: "Mara Quell", cue: "saying" }],
  ],
  [
    "a report with a charge",
    "The harbour board released a report this month charging that the levy was unfair.",
    [O("The harbour board")],
    [
      {
        kind: "indirect",
        text: "the levy was unfair",
        speaker: "organization:the-harbour-board",
        source: "The harbour board",
      },
    ],
  ],
  [
    "a particle and an addressee inside the object",
    "Mara Quell sent out an email to dockers saying the levy was unfair.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levy was unfair", speaker: QUELL, source: "Mara Quell" }],
  ],
  // rows where the document stays the source
  [
    "a verb that issues nothing: the document speaks",
    "Mara Quell read a statement saying the levy was unfair.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levy was unfair", speaker: null, source: "a statement" }],
  ],
  ["no participle, no statement", "Mara Quell issued a statement on Tuesday.", [P("Mara Quell")], []],
];

describe("statements: the issuer of a document is the participle's source", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
