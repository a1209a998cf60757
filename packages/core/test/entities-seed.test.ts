// The seed article (../shared/corpus/seed): every person once with the right affiliation, its seven countries, its organisations.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../src/pipeline/pipeline.ts";
import { loadDefaultResources } from "./support/resources.ts";
import { hasShared, sharedPath } from "./support/shared.ts";
import type { ExtractionRecord } from "../src/schema/record.ts";

const seedDir = sharedPath("corpus/seed");
const present = hasShared("corpus/seed", "entities-seed.test");

// people named in the seed article, with the organisation or country their role is held at (null: role only)
const PEOPLE: [string, string | null, boolean][] = [
  ["Steve Witkoff", "organization:white-house", false],
  ["Vladimir Putin", "country:russia", false],
  ["Sergei Lavrov", "country:russia", false],
  ["Volodymyr Zelensky", "country:ukraine", false],
  ["Donald Trump", null, false],
  ["Glenn Corn", "organization:cia", true],
  ["Rob Dannenberg", "organization:cia", true],
  ["Jack Keane", "organization:u-s-army", true],
  ["Dave Pitts", "organization:cia", true],
  ["Philip Breedlove", "organization:nato", true],
  ["Ben Hodges", "organization:u-s-army-europe", true],
];
const COUNTRIES = ["FR", "GB", "GE", "RU", "SY", "UA", "US"];
const ORGS = [
  "CIA",
  "NATO",
  "The Cipher Brief",
  "Fox News",
  "White House",
  "Congress",
  "EU",
  "Rosneft",
  "Lukoil",
  "U.S. Army",
];

describe.skipIf(!present)("entities: seed article", () => {
  const rec: ExtractionRecord = present
    ? (() => {
        const f = readdirSync(seedDir).filter((x) => x.endsWith(".txt"))[0]!;
        return extractDocument({ id: f, text: readFileSync(path.join(seedDir, f), "utf8") }, loadDefaultResources());
      })()
    : ({ entities: [], relations: [] } as unknown as ExtractionRecord);
  const persons = rec.entities.filter((e) => e.kind === "person");

  test.each(PEOPLE)("%s appears exactly once", (name) => {
    const surname = name.split(" ").at(-1)!;
    expect(persons.filter((p) => [p.name, ...p.aliases].some((a) => a.includes(surname))).map((p) => p.name)).toEqual([
      name,
    ]);
  });
  test("no other person", () => {
    expect(persons.map((p) => p.name).sort()).toEqual(PEOPLE.map((p) => p[0]).sort());
  });
  test.each(PEOPLE)("%s: affiliation", (name, at, former) => {
    const id = persons.find((p) => p.name === name)?.id;
    const aff = rec.relations.filter((r) => r.kind === "affiliated_with" && r.source === id);
    if (at === null) expect(aff).toEqual([]);
    else expect(aff.map((r) => [r.target, r.former ?? false])).toEqual([[at, former]]);
  });
  test("Donald Trump's role is kept without an organisation", () => {
    expect(persons.find((p) => p.name === "Donald Trump")?.roles).toEqual([{ role: "President" }]);
  });
  test("the seven countries it names, and nothing else as a country", () => {
    expect(
      rec.entities
        .filter((e) => e.kind === "country")
        .map((e) => e.iso)
        .sort(),
    ).toEqual(COUNTRIES);
  });
  test.each(ORGS)("%s is an organisation", (name) => {
    expect(rec.entities.some((e) => e.kind === "organization" && e.name === name)).toBe(true);
  });
});
