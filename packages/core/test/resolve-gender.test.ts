// Stage `resolve`: gender across documents — a surname or initial never joins a person of the other known gender.
import { describe, expect, test } from "vitest";
import { resolveAcrossDocuments } from "../src/resolve/resolve.ts";
import type { Entity, ExtractionRecord } from "../src/schema/record.ts";
import { entityId } from "../src/entities/ids.ts";

type G = Entity["gender"];
type E = [kind: Entity["kind"], name: string, gender?: G];
const doc = (id: string, ...ents: E[]): ExtractionRecord => ({
  id,
  entities: ents.map(([kind, name, gender]) => ({
    id: entityId(kind, name),
    kind,
    name,
    aliases: [name],
    ...(gender ? { gender } : {}),
  })),
  mentions: [],
  statements: [],
  relations: [],
});
const ctx: E[] = [
  ["organization", "Transpontic Gas"],
  ["person", "Elena Moravec"],
];
const merged = (a: E, b: E) => {
  const r = resolveAcrossDocuments([doc("a", a, ...ctx), doc("b", b, ...ctx)]);
  return r.canonical("a", entityId("person", a[1])) === r.canonical("b", entityId("person", b[1]));
};

describe("resolve: people of different gender", () => {
  test.each([
    [
      "a woman's lone surname and a man's full name",
      ["person", "Kvirikov", "female"],
      ["person", "Tamar Kvirikov", "male"],
      false,
    ],
    [
      "the same lone surname, one woman and one man",
      ["person", "Kvirikov", "female"],
      ["person", "Kvirikov", "male"],
      false,
    ],
    [
      "an initial and a full name of the other gender",
      ["person", "T Kvirikov", "female"],
      ["person", "Tamar Kvirikov", "male"],
      false,
    ],
    ["merges: the same gender", ["person", "Kvirikov", "female"], ["person", "Tamar Kvirikov", "female"], true],
    ["merges: one gender unknown", ["person", "Kvirikov"], ["person", "Tamar Kvirikov", "male"], true],
    [
      "merges: full names that agree, whatever the pronouns said",
      ["person", "Tamar Kvirikov", "female"],
      ["person", "Tamar Kvirikov", "male"],
      true,
    ],
  ] as [string, E, E, boolean][])("%s", (_n, a, b, want) => expect(merged(a, b)).toBe(want));

  test("a woman's surname still joins the woman when a man of that surname is elsewhere", () => {
    const records = [
      doc("a", ["person", "Kvirikov", "female"], ...ctx),
      doc("b", ["person", "Nino Kvirikov", "female"], ...ctx),
      doc("c", ["person", "Kvirikov", "male"], ...ctx),
    ];
    const r = resolveAcrossDocuments(records);
    expect(r.canonical("a", "person:kvirikov")).toBe("person:nino-kvirikov");
    expect(r.canonical("c", "person:kvirikov")).not.toBe("person:nino-kvirikov");
  });
});
