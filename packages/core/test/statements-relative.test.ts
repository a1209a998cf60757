// A clause reported inside a relative clause set off by commas or dashes ends where the main clause's verb resumes.
import { describe, test } from "vitest";
import { O, P, expectStatements, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "a modal resumes the main clause after the relative clause",
    "Mara Quell, who has said the levy is unfair, will chair the harbour board.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levy is unfair", speaker: "person:mara-quell", source: "who", cue: "said" }],
  ],
  [
    "a form of be resumes it after an object",
    "The dockers' guild, which endorsed Ivo Brandt in May, is widely regarded as the most militant in the port.",
    [P("Ivo Brandt"), O("The dockers' guild")],
    [{ kind: "indirect", text: "Ivo Brandt in May", speaker: "organization:the-dockers-guild", cue: "endorsed" }],
  ],
  [
    "a past tense resumes it",
    "Mara Quell, who claimed the ferry ran late, later apologised to the crew.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the ferry ran late", speaker: "person:mara-quell", cue: "claimed" }],
  ],
  [
    "an aside inside the reported clause is no end of it",
    "Mara Quell, who said the levy, in her view, was unfair, has left the board.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levy, in her view, was unfair", speaker: "person:mara-quell" }],
  ],
  [
    "a relative clause in the reported clause is no end of it (the source is no relative pronoun)",
    "Ivo Brandt said the levy, which rose in May, was unfair.",
    [P("Ivo Brandt")],
    [
      {
        kind: "indirect",
        text: "the levy, which rose in May, was unfair",
        speaker: "person:ivo-brandt",
        source: "Ivo Brandt",
      },
    ],
  ],
  [
    "a relative clause with no cue reports nothing",
    "Mara Quell, who runs the ferry, is late again.",
    [P("Mara Quell")],
    [],
  ],
];

describe("statements: reported clauses inside relative clauses", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});
