// Bad input never throws and offsets stay inside the text (property-based, fast-check).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { segment } from "../src/text/segment.ts";
import { findMentions } from "../src/ner/mentions.ts";
import { loadNerModel } from "./support/resources.ts";
import type { NerResources } from "../src/ner/mentions.ts";

const res: NerResources = { ner: loadNerModel() };

function check(text: string): void {
  const ms = findMentions({ id: "p", text }, segment(text), res);
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(["PER", "ORG", "LOC", "MISC"]).toContain(m.label);
  }
}

const pieces = fc.constantFrom(
  "Velko",
  "Ardanu",
  "U.S.",
  "(Ret.)",
  "'s",
  "’s",
  " ",
  "\n",
  "\r\n",
  ".",
  ",",
  "!!!",
  "—",
  "-",
  "“",
  "”",
  "😀",
  "👍🏽",
  "\uD83D",
  "\uDE00",
  "東京",
  "Москва",
  "القاهرة",
  "ÉCOLE",
  "ǅ",
  "\u0301",
  "\t",
  "\u00a0",
  "1996-08-22",
  "NATO",
);

describe("NER on hostile input", () => {
  test("random mixes of scripts, emoji, lone surrogates and punctuation", () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 60 }).map((a) => a.join("")),
        (t) => check(t),
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  test("arbitrary full-unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (t) => check(t)),
      { numRuns: 300, seed: 7 },
    );
  });

  test.each([
    ["one token", "Velkoria"],
    ["only punctuation", "?!... --- ,,, ;;"],
    ["emoji only", "😀😀 👍🏽"],
    ["non-Latin", "Президент посетил Москву. 東京で会議。"],
    ["empty", ""],
  ])("%s", (_name, text) => check(text));

  test("a 10,000-token sentence", () => {
    const text = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? "Ardanu" : "word")).join(" ");
    expect(segment(text).tokens.length).toBe(10_000);
    check(text);
  });
});
