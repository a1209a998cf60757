// The seed article (../shared, not in the repo): every person is tagged PER and nothing else is.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { findMentions } from "../src/ner/mentions.ts";
import { loadNerModel } from "./support/resources.ts";
import { hasShared, sharedPath } from "./support/shared.ts";

const seedDir = sharedPath("corpus/seed");
const present = hasShared("corpus/seed", "ner-seed.test");

// Names only (no article text): the people the article mentions, and the one misspelling it contains.
const PEOPLE = [
  "Steve Witkoff",
  "Vladimir Putin",
  "Sergei Lavrov",
  "Volodymyr Zelensky",
  "Donald Trump",
  "Glenn Corn",
  "Rob Dannenberg",
  "Jack Keane",
  "Dave Pitts",
  "Philip Breedlove",
  "Ben Hodges",
];
const SURNAMES = [...PEOPLE.map((p) => p.split(" ").pop()!), "Zeleneky"];

describe.skipIf(!present)("seed article", () => {
  const file = present ? readdirSync(seedDir).find((f) => f.endsWith(".txt")) : undefined;
  const text = file ? readFileSync(path.join(seedDir, file), "utf8") : "";
  const mentions = present ? findMentions({ id: "seed", text }, segment(text), { ner: loadNerModel() }) : [];
  const per = mentions.filter((m) => m.label === "PER");

  test.each(PEOPLE)("every occurrence of %s is one PER span", (name) => {
    let found = 0;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      found++;
      expect(
        per.some((m) => m.start === i && m.end === i + name.length),
        `${name} at ${i}`,
      ).toBe(true);
    }
    expect(found).toBeGreaterThan(0);
  });

  test("surnames on their own are PER", () => {
    const missed: string[] = [];
    for (const s of SURNAMES) {
      const re = new RegExp(`\\b${s}\\b`, "g");
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!mentions.some((x) => x.label === "PER" && x.start <= m.index && x.end >= m.index + s.length))
          missed.push(`${s}@${m.index}`);
      }
    }
    expect(missed).toEqual([]);
  });

  test("no organisation, country, month or title is tagged PER", () => {
    const allowed = new Set([...PEOPLE, ...SURNAMES]);
    expect(per.map((m) => m.text).filter((t) => !allowed.has(t))).toEqual([]);
  });
});
