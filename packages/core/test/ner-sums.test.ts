// The tagger's memoised static sums (sums.ts) equal the sum of every listed feature row, for any sentence and memo state.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { CONTEXT_MAX, newWordCache, prepareSentence } from "../src/ner/features.ts";
import { sentenceSums } from "../src/ner/sums.ts";
import { listedSums } from "./support/listed-sums.ts";
import { loadNerModel } from "./support/resources.ts";

const model = loadNerModel();
const { weights: w, layout, lexicon } = model;
const S = layout.stride;

// invented names, gazetteer words, numbers, capitals (headline sentences), punctuation and a word no list holds
const VOCAB = [
  "Halvard",
  "Brenna",
  "Ostrava",
  "Germany",
  "London",
  "said",
  "the",
  "Corp",
  "2",
  "-",
  '"',
  "(",
  "SAYS",
  "QUELLMAR",
  "xq",
];

describe("memoised static sums", () => {
  const cache = newWordCache();
  const ctx = new Int32Array(CONTEXT_MAX);
  const sums = (words: string[]) =>
    Array.from(sentenceSums(prepareSentence(words, lexicon, layout, cache), w, layout, cache, ctx));

  test("equal the listed features' rows on any sentence, with the memo cold or warm", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 14 }), (words) => {
        const want = listedSums(words);
        expect(sums(words)).toEqual(want);
        expect(sums(words)).toEqual(want);
      }),
    );
  });

  test("the same word gets different sums at the sentence edge and inside (neighbour rows are not shared)", () => {
    const edge = sums(["Halvard", "said"]).slice(0, S);
    const inside = sums(["the", "Halvard", "said"]).slice(S, 2 * S);
    expect(edge).not.toEqual(inside);
    expect(sums([])).toEqual([]);
  });
});
