// Stage `resolve`: merging across documents — each rule, its provenance, and the merges that must never happen.
import { describe, expect, test } from "vitest";
import { resolveAcrossDocuments } from "../src/resolve/resolve.ts";
import type { Entity, ExtractionRecord } from "../src/schema/record.ts";
import { entityId } from "../src/entities/ids.ts";

type E = [kind: Entity["kind"], name: string, roles?: { role: string; at?: string }[]];
const doc = (id: string, ...ents: E[]): ExtractionRecord => ({
  id,
  entities: ents.map(([kind, name, roles]) => ({
    id: entityId(kind, name),
    kind,
    name,
    aliases: [name],
    ...(roles ? { roles } : {}),
  })),
  mentions: [],
  statements: [],
  relations: [],
});
/** The node keys the two entities get; same key = merged. */
function keys(records: ExtractionRecord[], a: [string, string], b: [string, string]) {
  const r = resolveAcrossDocuments(records);
  return [r.canonical(a[0], entityId("person", a[1])), r.canonical(b[0], entityId("person", b[1])), r] as const;
}
const ctx: E[] = [
  ["organization", "Transpontic Gas"],
  ["person", "Elena Moravec"],
];

describe("resolve: merges with their rule", () => {
  test.each([
    ["full name", "Ilse Varnik", "Ilse Varnik", [], "same-id"],
    ["transliteration of the surname", "Volodymyr Zelensky", "Volodymyr Zelenskyy", [], "transliteration"],
    ["transliteration of the first name", "Sergei Valkov", "Sergey Valkov", [], "transliteration"],
    ["Andrii / Andriy", "Andrii Horvat", "Andriy Horvat", [], "transliteration"],
    ["middle initial", "George W. Brushwood", "George Brushwood", [], "full-name"],
  ] as [string, string, string, E[], string][])("%s", (_n, a, b, extra, rule) => {
    const [ka, kb, r] = keys(
      [doc("a", ["person", a], ...extra), doc("b", ["person", b], ...extra)],
      ["a", a],
      ["b", b],
    );
    expect(ka).toBe(kb);
    if (rule !== "same-id")
      expect(r.merges.get(ka)).toEqual([
        { rule, from: ka === entityId("person", a) ? entityId("person", b) : entityId("person", a) },
      ]);
  });

  test("nickname with the same role merges", () => {
    const env = [{ role: "special envoy for energy security", at: "organization:white-house" }];
    const [ka, kb, r] = keys(
      [doc("a", ["person", "Rob Ansley", env]), doc("b", ["person", "Robert Ansley", [{ role: "envoy" }]])],
      ["a", "Rob Ansley"],
      ["b", "Robert Ansley"],
    );
    expect(ka).toBe("person:robert-ansley");
    expect(kb).toBe(ka);
    expect(r.merges.get(ka)).toEqual([{ rule: "nickname+role", from: "person:rob-ansley" }]);
  });
  test("nickname with shared context merges", () => {
    const [ka, kb] = keys(
      [doc("a", ["person", "Dave Kessling"], ...ctx), doc("b", ["person", "David Kessling"], ...ctx)],
      ["a", "Dave Kessling"],
      ["b", "David Kessling"],
    );
    expect(ka).toBe(kb);
  });
  test("a lone surname joins the only full name with that surname when context is shared", () => {
    const [ka, kb, r] = keys(
      [doc("a", ["person", "Kvirikov"], ...ctx), doc("b", ["person", "Tamar Kvirikov"], ...ctx)],
      ["a", "Kvirikov"],
      ["b", "Tamar Kvirikov"],
    );
    expect(ka).toBe("person:tamar-kvirikov");
    expect(kb).toBe(ka);
    expect(r.merges.get(ka)).toEqual([{ rule: "surname+context", from: "person:kvirikov" }]);
  });

  // a team sheet gives every player by initial, a match report by full name: only the other surnames are shared
  const sheet: E[] = [
    ["person", "B Ashdown"],
    ["person", "T Pellow"],
    ["person", "M Quarrie"],
  ];
  const report: E[] = [
    ["person", "Ben Ashdown"],
    ["person", "Tom Pellow"],
    ["person", "Mark Quarrie"],
  ];
  test.each([
    ["an initial on a team sheet", "J Corrin", "Jason Corrin", "initial+surnames"],
    ["a nickname among the same surnames", "Jim Fallow", "James Fallow", "nickname+surnames"],
  ])("%s merges when three other surnames are shared", (_n, a, b, rule) => {
    const [ka, kb, r] = keys(
      [doc("a", ["person", a], ...sheet), doc("b", ["person", b], ...report)],
      ["a", a],
      ["b", b],
    );
    expect(ka).toBe(kb);
    expect(r.merges.get(ka)).toContainEqual({ rule, from: entityId("person", a) });
  });
});

describe("resolve: merges that must never happen", () => {
  test.each([
    ["father and son", "Donald Trumbull", "Donald Trumbull Jr.", ctx],
    ["nickname without evidence", "Rob Ansley", "Robert Ansley", []],
    ["different first names", "Katrin Lindholm", "Per Lindholm", ctx],
    ["spelled middle name without evidence", "Chris Rhys Jonas", "Chris Jonas", []],
    ["lone surname without shared context", "Kvirikov", "Tamar Kvirikov", []],
    ["initial that could be two people", "R Jonas", "Ryan Jonas", []],
    // the pair's own surname is no evidence
    ["initial beside a namesake of its own surname", "J Corrin", "Jason Corrin", [["person", "K Corrin"]]],
    [
      "a lone word that is also someone's first name",
      "Charles",
      "Ray Charles",
      [...ctx, ["person", "Charles Kenning"]],
    ],
  ] as [string, string, string, E[]][])("%s", (_n, a, b, extra) => {
    const [ka, kb] = keys([doc("a", ["person", a], ...extra), doc("b", ["person", b], ...extra)], ["a", a], ["b", b]);
    expect(ka).not.toBe(kb);
  });
  test("two shared surnames are not enough", () => {
    const records = [
      doc("a", ["person", "J Corrin"], ["person", "B Ashdown"], ["person", "T Pellow"]),
      doc("b", ["person", "Jason Corrin"], ["person", "Ben Ashdown"], ["person", "Tom Pellow"]),
    ];
    const r = resolveAcrossDocuments(records);
    expect(r.canonical("a", "person:j-corrin")).not.toBe(r.canonical("b", "person:jason-corrin"));
  });
  test("surnames that many people carry are no evidence (a singer and a rugby player named R Dowlan)", () => {
    // Marsh, Pryce and Tandy are each the surname of four different people in the corpus
    const common = (first: string): E[] => [
      ["person", `${first} Marsh`],
      ["person", `${first} Pryce`],
      ["person", `${first} Tandy`],
    ];
    const records = [
      doc("a", ["person", "Robbie Dowlan"], ...common("Ann")),
      doc("b", ["person", "R Dowlan"], ...common("Bo")),
      doc("c", ...common("Cy")),
      doc("d", ...common("Di")),
    ];
    const r = resolveAcrossDocuments(records);
    expect(r.canonical("b", "person:r-dowlan")).not.toBe(r.canonical("a", "person:robbie-dowlan"));
  });
  test("two namesakes of one article never end up in one node", () => {
    const records = [
      doc("a", ["person", "Vadim Cebotar"], ["person", "Sorin Cebotar"], ...ctx),
      doc("b", ["person", "V Cebotar"], ...ctx),
      doc("c", ["person", "S Cebotar"], ...ctx),
    ];
    const r = resolveAcrossDocuments(records);
    expect(r.canonical("a", "person:vadim-cebotar")).not.toBe(r.canonical("a", "person:sorin-cebotar"));
  });
  test("an initial never bridges two spelled-out first names", () => {
    const records = [
      doc("a", ["person", "Ryan Jonas"], ...ctx),
      doc("b", ["person", "R Jonas"], ...ctx),
      doc("c", ["person", "Robert Jonas"], ...ctx),
    ];
    const r = resolveAcrossDocuments(records);
    expect(r.canonical("a", "person:ryan-jonas")).not.toBe(r.canonical("c", "person:robert-jonas"));
  });
  test("an initial never bridges a name with and without a spelled middle name", () => {
    const records = [
      doc("a", ["person", "Chris Rhys Jonas"], ...ctx),
      doc("b", ["person", "C Jonas"], ...ctx),
      doc("c", ["person", "Chris Jonas"], ...ctx),
    ];
    const r = resolveAcrossDocuments(records);
    expect(r.canonical("a", "person:chris-rhys-jonas")).not.toBe(r.canonical("c", "person:chris-jonas"));
  });
  test("Georgia the country and Georgia the US state stay apart", () => {
    const records = [doc("a", ["country", "Georgia"]), doc("b", ["location", "Georgia"])];
    const r = resolveAcrossDocuments(records);
    expect(r.canonical("a", "country:georgia")).not.toBe(r.canonical("b", "location:georgia"));
  });
  test("resolution is deterministic whatever the record order", () => {
    const records = [
      doc("a", ["person", "Sergei Valkov"], ...ctx),
      doc("b", ["person", "Sergey Valkov"], ...ctx),
      doc("c", ["person", "Valkov"], ...ctx),
    ];
    const one = resolveAcrossDocuments(records),
      two = resolveAcrossDocuments([...records].reverse());
    for (const [d, n] of [
      ["a", "Sergei Valkov"],
      ["b", "Sergey Valkov"],
      ["c", "Valkov"],
    ])
      expect(one.canonical(d!, entityId("person", n!))).toBe(two.canonical(d!, entityId("person", n!)));
    expect([...one.merges]).toEqual([...two.merges]);
  });
});
