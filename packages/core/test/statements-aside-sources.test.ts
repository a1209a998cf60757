// A source read inside an aside with commas of its own gives way to the subject the aside follows (aside-sources.ts).
import { describe, expect, test } from "vitest";
import { P, run, type EntSpec } from "./statements-helpers.ts";

const ENTS: EntSpec[] = [P("Ann Vale", "Vale"), P("Ivo Reyl", "Reyl"), ["Brevik", "location"], ["Ont.", "location"]];

/** [name, text, each statement's source text (null: none)] */
const rows: [string, string, (string | null)[]][] = [
  [
    "a participle aside with a place and its province",
    "Ann Vale, speaking at a rally in Brevik, Ont., warned that the levy would rise.",
    ["Ann Vale"],
  ],
  [
    "a prepositional aside with a place and its province",
    "Ivo Reyl, during a town hall meeting in Brevik, Ont., said the port would reopen.",
    ["Ivo Reyl"],
  ],
  [
    "a relative clause with commas inside",
    "Ann Vale, who sold her boat in Brevik, Ont., warned that the levy was unfair.",
    // PolNeAR's span holds the relative clause (source-np.ts)
    ["Ann Vale, who sold her boat in Brevik, Ont."],
  ],
  [
    "after an opening phrase",
    "On Friday, Ivo Reyl, speaking in Brevik, Ont., said the port would reopen.",
    ["Ivo Reyl"],
  ],
  // rows that must not change
  ["a plain subject", "Ann Vale said the levy would rise.", ["Ann Vale"]],
  ["an apposition", "Ann Vale, the harbour chief, said the levy would rise.", ["Ann Vale, the harbour chief"]],
  ["an opening phrase and a subject", "In Brevik, Ann Vale said the levy would rise.", ["Ann Vale"]],
  [
    "a coordinated clause is no aside",
    "Ann Vale left the hall, and the harbour chief, Ivo Reyl, said the levy would rise.",
    ["the harbour chief, Ivo Reyl"],
  ],
];

describe("statements: a source inside an aside gives way to the subject before it", () => {
  test.each(rows)("%s", (_name, text, sources) => {
    expect(run(text, ENTS).statements.map((s) => s.source?.text ?? null)).toEqual(sources);
  });
});
