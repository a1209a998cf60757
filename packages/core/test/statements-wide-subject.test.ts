// A participle or second verb takes the main clause's subject past an opening clause, an aside or an auxiliary (wide-subject.ts).
import { describe, test } from "vitest";
import { P, expectStatements, type Row } from "./statements-helpers.ts";

const QUELL = "person:mara-quell";
const rows: Row[] = [
  [
    "an opening subordinate clause holding a pronoun",
    "Once she was mayor, Mara Quell lowered the levy, saying the harbour was safe.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the harbour was safe", speaker: QUELL, source: "Mara Quell", cue: "saying" }],
  ],
  [
    "a relative clause between the subject and its verb (the rules read it too)",
    "Mara Quell, who runs the harbour board, lowered the levy on Friday, saying the harbour was safe.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the harbour was safe", speaker: QUELL, cue: "saying" }],
  ],
  [
    "a dash aside and an auxiliary",
    "Mara Quell — whose father ran the port — has lowered the levy, saying the harbour was safe.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the harbour was safe", speaker: QUELL, cue: "saying" }],
  ],
  [
    "a second verb after an auxiliary",
    "After the vote, Mara Quell has lowered the levy and said the harbour was safe.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the harbour was safe", speaker: QUELL, source: "Mara Quell", cue: "said" }],
  ],
  [
    "a subject inside the opening clause is not the main clause's",
    "After Ivo Reyl spoke, Mara Quell has lowered the levy and said the harbour was safe.",
    [P("Mara Quell"), P("Ivo Reyl")],
    [{ kind: "indirect", text: "the harbour was safe", speaker: QUELL, source: "Mara Quell", cue: "said" }],
  ],
  // rows where nothing changes or nothing is found
  [
    "a possessive is no verb: the whole phrase is the subject",
    "Once it opened, Mara Quell's office lowered the levy, saying the harbour was safe.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the harbour was safe", speaker: QUELL, source: "Mara Quell's office", cue: "saying" }],
  ],
  [
    "the rules' reading stands",
    "Mara Quell lowered the levy, saying the harbour was safe.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the harbour was safe", speaker: QUELL, source: "Mara Quell", cue: "saying" }],
  ],
  ["an opening clause and no cue", "Once she was mayor, Mara Quell lowered the levy.", [P("Mara Quell")], []],
  ["an aside and no cue", "Mara Quell — whose father ran the port — lowered the levy.", [P("Mara Quell")], []],
];

describe("statements: the main clause's subject read wide", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
