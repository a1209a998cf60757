// Regexes built from word lists: a word list in, a regex that matches exactly its words out, whatever characters they hold.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { alternation, capitalised, escapeRegex, wordRegex } from "../src/util/word-regex.ts";

describe("wordRegex", () => {
  test.each([
    [["said", "told", "wrote"], "told", true],
    [["said", "told", "wrote"], "tol", false],
    [["said", "told", "wrote"], "Told", false],
    [["'s", "’s", "-", "&"], "&", true],
    [["won't", "can't"], "wont", false],
    [["n't", "a.b"], "axb", false],
    [["n't", "a.b"], "a.b", true],
  ])("%j matches %j: %s", (words, word, matches) => {
    expect(wordRegex(words).test(word)).toBe(matches);
  });

  test("flags are passed on: i matches any case", () => {
    expect(wordRegex(["he", "she"], "i").test("SHE")).toBe(true);
  });

  test("longest first, so an unanchored match takes the whole word", () => {
    expect(alternation(["in", "interview", "int"])).toBe("interview|int|in");
    expect(new RegExp(`(?:${alternation(["in", "interview"])})`).exec("interview")?.[0]).toBe("interview");
  });

  test("the same words in any order give the same source", () => {
    expect(alternation(["b", "a", "b", "cc"])).toBe(alternation(["cc", "a", "b"]));
  });

  test("an empty list is an error that names the module", () => {
    expect(() => wordRegex([])).toThrow(/word-regex: an empty word list/);
  });

  test("capitalised keeps the rest of the word", () => {
    expect(capitalised(["he", "she", "iPhone"])).toEqual(["He", "She", "IPhone"]);
  });

  test("property: the regex matches exactly the words of the list, whatever they hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.string(),
        (words, other) => {
          const re = wordRegex(words, "u");
          for (const w of words) expect(re.test(w)).toBe(true);
          expect(re.test(other)).toBe(words.includes(other));
        },
      ),
    );
  });

  test("property: an escaped string matches itself literally", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(new RegExp(`^${escapeRegex(s)}$`, "u").test(s)).toBe(true);
      }),
    );
  });
});
