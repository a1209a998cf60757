// Tokenizer: CoNLL-style splits that keep exact offsets, incl. URLs, handles, initials and hostile input.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { isSpace, tokenize, tokenizeBySearch } from "../src/text/tokenize.ts";

describe("tokenize (CoNLL-style)", () => {
  test.each([
    ["Velna Orsk's party", ["Velna", "Orsk", "'s", "party"]],
    ["the U.S.-led coalition", ["the", "U.S.-led", "coalition"]],
    ["President John F. Marrow spoke", ["President", "John", "F.", "Marrow", "spoke"]],
    ["see https://example.org/a?b=1, then", ["see", "https://example.org/a?b=1", ",", "then"]],
    ["write to desk@example.org now", ["write", "to", "desk@example.org", "now"]],
    ["@ministry posted #ceasefire", ["@ministry", "posted", "#ceasefire"]],
    ["they don't know", ["they", "do", "n't", "know"]],
    ["$800 million", ["$", "800", "million"]],
    ["Zaporizhzhia-based O'Hara", ["Zaporizhzhia-based", "O'Hara"]],
    ["“Stop”—now", ["“", "Stop", "”", "—", "now"]],
    ["   ", []],
  ])("%s", (text, want) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(want);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test("tokens are ordered, non-overlapping, non-empty and never contain spaces, for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(/\s/.test(t.text)).toBe(false);
          last = t.end;
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  test("the anchored loop's white space is exactly \\s, for every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  // characters that start the pattern's alternatives, every kind of space, and both halves of a surrogate pair alone
  const tricky = fc.string({
    unit: fc.constantFrom(
      ..."aZ'’.-@#$%&0123456789,?!()“”—/:_ ",
      "Mr",
      "http://",
      "www.",
      "n't",
      "(Ret.)",
      "\t",
      "\n",
      "\r",
      "\u00a0",
      "\u2003",
      "\u2028",
      "\u3000",
      "\ufeff",
      "\u200b",
      "\uD83D",
      "\uDE00",
      "é",
      "\u0301",
    ),
    maxLength: 60,
  });

  test("property: the anchored loop finds exactly the tokens of the plain search", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: "binary", maxLength: 200 })), (text) => {
        expect(tokenize(text)).toEqual(tokenizeBySearch(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
