// The seed article (../shared, never copied here): every attributed quotation gets the right speaker and medium.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractDocument } from "../src/pipeline/pipeline.ts";
import { loadDefaultResources } from "./support/resources.ts";
import { hasShared, sharedPath } from "./support/shared.ts";
import { segment } from "../src/text/segment.ts";
import { findQuotes } from "../src/statements/quotes.ts";

const seedDir = sharedPath("corpus/seed");
const present = hasShared("corpus/seed", "statements-seed.test");

/**
 * Quotes by their order in the article (the quote pairer's numbering), with the surname of the speaker, or null for
 * scare quotes that must not become statements. Medium: the outlet or platform the statement names; a quote continued after
 * "…, X told <outlet>." (as a part of its statement, or in the next paragraph) was told to that outlet too.
 */
const EXPECT: [ordinal: number, speaker: string | null, medium?: string][] = [
  [0, "Lavrov"],
  [1, "Lavrov"],
  [2, "Zelensky"],
  [3, "Trump"],
  [4, "Zelensky", "X"],
  [5, "Zelensky"], // the paragraph that misspells his name
  [6, "Putin"],
  [7, "Putin"],
  [8, null],
  [9, null],
  [10, "Corn", "The Cipher Brief"],
  [11, "Corn", "The Cipher Brief"],
  [12, "Dannenberg"],
  [13, "Keane", "Fox News"],
  [14, "Keane"],
  [15, "Keane"],
  [16, "Corn", "The Cipher Brief"],
  [17, "Pitts", "The Cipher Brief"],
  [18, "Pitts", "The Cipher Brief"],
  [19, "Pitts", "The Cipher Brief"],
  [20, "Breedlove", "The Cipher Brief"],
  [21, "Breedlove", "The Cipher Brief"],
  [22, "Trump"],
  [23, "Dannenberg", "The Cipher Brief"],
  [24, "Hodges", "The Cipher Brief"],
  [25, "Hodges", "The Cipher Brief"],
  [26, "Pitts"],
  [27, "Pitts"], // the final quote is never closed
];

describe.skipIf(!present)("statements: seed article", () => {
  const file = present
    ? readdirSync(seedDir)
        .filter((f) => f.endsWith(".txt"))
        .sort()[0]!
    : "";
  const text = present ? readFileSync(path.join(seedDir, file), "utf8") : "";
  const rec = present ? extractDocument({ id: file, text }, loadDefaultResources()) : null;
  const quotes = present ? findQuotes(text, segment(text).paragraphs) : [];
  const name = (id: string | null) => (id ? (rec!.entities.find((e) => e.id === id)?.name ?? id) : null);

  test("the quote pairer sees every quotation, the last one unclosed", () => {
    expect(quotes).toHaveLength(EXPECT.length);
    expect(quotes.at(-1)!.closed).toBe(false);
  });

  test.each(EXPECT)("quote %i → %s", (ordinal, speaker, medium) => {
    const q = quotes[ordinal]!;
    const st = rec!.statements.find((s) => s.start <= q.start && s.end >= q.end);
    if (speaker === null) {
      expect(st).toBeUndefined();
      return;
    }
    expect(st, "no statement holds this quote").toBeDefined();
    expect(name(st!.speaker)).toMatch(new RegExp(`\\b${speaker}$`));
    expect(name(st!.medium)).toBe(medium ?? null);
  });
});
