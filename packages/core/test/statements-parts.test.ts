// A quote continued after a reported clause of its own source ("“…,” Vale said, adding that …. “…”") or an aside in its frame sentence, on invented sentences.
import { describe, expect, test } from "vitest";
import { P, run } from "./statements-helpers.ts";

const ENTS = [P("Ann Vale"), P("Ivo Brandt")];
/** Each statement as its cue and its parts (or its whole content). */
const partsOf = (text: string) =>
  run(text, ENTS).statements.map((s) => [s.cue?.text ?? "", (s.parts ?? [s]).map((p) => text.slice(p.start, p.end))]);

/** [name, text, each statement's cue and parts] */
const rows: [string, string, (string | string[])[][]][] = [
  [
    "the second quote joins the first, not the participle between",
    "“The levy will fall,” Ann Vale said, noting that the port would reopen. “Nobody is ready for it.”",
    [
      ["said", ["The levy will fall,", "Nobody is ready for it."]],
      ["noting", ["the port would reopen"]],
    ],
  ],
  [
    "after “adding” the quote is what was added",
    "“The levy will fall,” Ann Vale said, adding that the port would reopen. “Nobody is ready for it.”",
    [
      ["said", ["The levy will fall,"]],
      ["adding", ["the port would reopen", "Nobody is ready for it."]],
    ],
  ],
  [
    "another speaker's reported clause between: the quote is that speaker's",
    "“The levy will fall,” Ann Vale said, and Ivo Brandt said the port would reopen. “Nobody is ready for it.”",
    [
      ["said", ["The levy will fall,"]],
      ["said", ["the port would reopen"]],
      ["said", ["Nobody is ready for it."]],
    ],
  ],
  [
    "a participle's own quote between: the quote goes on that one",
    "“The levy will fall,” Ann Vale said, adding: “The port will reopen.” “Nobody is ready for it.”",
    [
      ["said", ["The levy will fall,"]],
      ["adding", ["The port will reopen.", "Nobody is ready for it."]],
    ],
  ],
  [
    "a quote in the next paragraph stays its own statement",
    "“The levy will fall,” Ann Vale said, noting that the port would reopen.\n“Nobody is ready for it.”",
    [
      ["said", ["The levy will fall,"]],
      ["noting", ["the port would reopen"]],
      ["noting", ["Nobody is ready for it."]],
    ],
  ],
  [
    "an aside on the speaker in the frame sentence is stepped over",
    "“The levy will fall,” said Ann Vale, who endorsed Ivo Brandt in the spring. “Nobody is ready for it.”",
    [
      ["said", ["The levy will fall,", "Nobody is ready for it."]],
      ["endorsed", ["Ivo Brandt in the spring"]],
    ],
  ],
  [
    "a relative clause that speaks keeps the quote after it",
    "“The levy will fall,” said Ann Vale, who also said that the port would reopen. “Nobody is ready for it.”",
    [
      ["said", ["The levy will fall,"]],
      ["said", ["the port would reopen"]],
      ["said", ["Nobody is ready for it."]],
    ],
  ],
  [
    "an abbreviation's full stop ends the frame sentence",
    "“The levy will fall,” Ann Vale told reporters in Brevik, N.D. “Nobody is ready for it.”",
    [["told", ["The levy will fall,", "Nobody is ready for it."]]],
  ],
  [
    "a frame read after the rules (quote-tail) is continued too",
    "“The levy will fall,” scoffed Ann Vale, who runs the yard in Brevik. “Nobody is ready for it.”",
    [["scoffed", ["The levy will fall,", "Nobody is ready for it."]]],
  ],
  [
    "…but not past another speaker's sentence",
    "“The levy will fall,” scoffed Ann Vale. Ivo Brandt said the port would reopen. “Nobody is ready for it.”",
    [
      ["scoffed", ["The levy will fall,"]],
      ["said", ["the port would reopen"]],
      ["said", ["Nobody is ready for it."]],
    ],
  ],
];

describe("statements: a quote continued past a reported clause of its source", () => {
  test.each(rows)("%s", (_name, text, want) => {
    expect(partsOf(text)).toEqual(want);
  });
});
