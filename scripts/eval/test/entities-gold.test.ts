// The gold annotations in data/gold validate, and the scorer behind eval:entities counts what it should.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { GoldDocument, scoreEntities, prf } from "../entities-gold.ts";
import { resolveAcrossDocuments } from "../../../packages/core/src/resolve/resolve.ts";
import type { ExtractionRecord } from "../../../packages/core/src/schema/record.ts";

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data");

describe("gold annotations", () => {
  const files = readdirSync(path.join(dataDir, "gold")).filter((f) => f.endsWith(".json"));
  test("every sample article has a gold file", () => {
    expect(files.map((f) => f.replace(/\.json$/, ".txt")).sort()).toEqual(
      readdirSync(dataDir)
        .filter((f) => f.endsWith(".txt"))
        .sort(),
    );
  });
  test.each(files)("%s validates, and every mention string occurs in its article", (f) => {
    const g = GoldDocument.parse(JSON.parse(readFileSync(path.join(dataDir, "gold", f), "utf8")));
    const text = readFileSync(path.join(dataDir, g.doc), "utf8");
    for (const e of g.entities) for (const m of e.mentions) expect(text.includes(m), `${f}: "${m}"`).toBe(true);
    const ids = new Set(g.entities.map((e) => e.id));
    for (const a of g.affiliations)
      expect(ids.has(a.person) && ids.has(a.target), `${f}: ${a.person} -> ${a.target}`).toBe(true);
    expect(existsSync(path.join(dataDir, g.doc))).toBe(true);
  });
});

describe("scoreEntities", () => {
  const gold = [
    {
      doc: "a",
      entities: [
        { id: "ilse", kind: "person" as const, mentions: ["Ilse Varnik"] },
        { id: "imf", kind: "organization" as const, mentions: ["IMF"] },
      ],
      affiliations: [{ person: "ilse", target: "imf" }],
    },
    { doc: "b", entities: [{ id: "ilse", kind: "person" as const, mentions: ["I. Varnik"] }], affiliations: [] },
  ];
  const rec = (id: string, ents: [string, string][], rel = false): ExtractionRecord => ({
    id,
    mentions: [],
    statements: [],
    entities: ents.map(([eid, name]) => ({ id: eid, kind: eid.split(":")[0] as "person", name, aliases: [name] })),
    relations: rel
      ? [{ kind: "affiliated_with", source: "person:ilse-varnik", target: "organization:imf", start: 0, end: 1 }]
      : [],
  });
  test("a perfect system scores 1 everywhere; a missed merge lowers B-cubed recall only", () => {
    const records = [
      rec(
        "a",
        [
          ["person:ilse-varnik", "Ilse Varnik"],
          ["organization:imf", "IMF"],
        ],
        true,
      ),
      rec("b", [["person:i-varnik", "I. Varnik"]]),
    ];
    const s = scoreEntities(gold, records, resolveAcrossDocuments(records));
    expect(prf(s.byKind.person!).f).toBe(1);
    expect(prf(s.affiliations).f).toBe(1);
    expect(s.bcubed.p).toBe(1);
    expect(s.bcubed.r).toBeCloseTo(2 / 3);
  });
  test("a spurious entity and a missing affiliation are counted", () => {
    const records = [
      rec("a", [
        ["person:ilse-varnik", "Ilse Varnik"],
        ["organization:imf", "IMF"],
        ["person:he", "He"],
      ]),
      rec("b", []),
    ];
    const s = scoreEntities(gold, records, resolveAcrossDocuments(records));
    expect(s.byKind.person).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.affiliations).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  test("a wrong kind lowers type accuracy, and an entity named by a junk string counts as junk", () => {
    const g = [
      {
        doc: "c",
        entities: [
          { id: "dam", kind: "location" as const, mentions: ["Kariba Dam"] },
          { id: "ilse", kind: "person" as const, mentions: ["Ilse Varnik"] },
        ],
        affiliations: [],
        junk: [{ text: "Aurora Crest", what: "vessel" as const }],
      },
    ];
    const records = [
      rec("c", [
        ["organization:kariba-dam", "Kariba Dam"],
        ["person:ilse-varnik", "Ilse Varnik"],
        ["organization:aurora-crest", "Aurora Crest"],
      ]),
    ];
    const s = scoreEntities(g, records, resolveAcrossDocuments(records));
    expect(s.typed).toEqual({ found: 2, correct: 1 });
    expect(s.junk).toBe(1);
  });
});
