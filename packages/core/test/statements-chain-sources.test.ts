// A participle or second verb whose reader took part of its chain's subject shares that statement's source (finish.ts).
import { describe, expect, test } from "vitest";
import { O, P, run, type EntSpec } from "./statements-helpers.ts";

const VALE = "person:ann-vale";
const PARTY = "organization:brevik-party";

/** [name, text, entities, each statement's [source, speaker]] */
const rows: [string, string, EntSpec[], [string | null, string | null][]][] = [
  [
    "a capitalised word before a plural noun read as a verb: the second verb after `and`",
    "All of the Brevik pilots oppose the levy, and have pledged to fight it in court.",
    [],
    [
      ["All of the Brevik pilots", null],
      ["All of the Brevik pilots", null],
    ],
  ],
  [
    "the same after a that-clause",
    "Some Brevik dockers fear that the port will close and warn that jobs will go.",
    [],
    [
      ["Some Brevik dockers", null],
      ["Some Brevik dockers", null],
    ],
  ],
  [
    "the chain's speaker comes with its source",
    "The Brevik Party pilots oppose the levy, and have pledged to fight it.",
    [O("Brevik Party")],
    [
      ["The Brevik Party pilots", PARTY],
      ["The Brevik Party pilots", PARTY],
    ],
  ],
  [
    "must stay: a second verb with its own subject",
    "Ann Vale said the port would close, and Ivo Reyl warned that jobs would go.",
    [P("Ann Vale"), P("Ivo Reyl")],
    [
      ["Ann Vale", VALE],
      ["Ivo Reyl", "person:ivo-reyl"],
    ],
  ],
  [
    "must stay: a participle sharing a whole subject",
    "Ann Vale said the port would close, adding that no jobs would go.",
    [P("Ann Vale")],
    [
      ["Ann Vale", VALE],
      ["Ann Vale", VALE],
    ],
  ],
];

describe("statements: a chain's subject read in part is the chain's source", () => {
  test.each(rows)("%s", (_name, text, ents, want) => {
    const st = run(text, ents).statements;
    expect(st.map((s) => [s.source?.text ?? null, s.speaker])).toEqual(want);
  });

  test("the shared source is the same object, never a part of it", () => {
    const st = run("All of the Brevik pilots oppose the levy, and have pledged to fight it.").statements;
    expect(st).toHaveLength(2);
    expect(st[1]!.source).toBe(st[0]!.source);
  });
});
