// The word memo shared between threads (shared-words.ts): a word read from it is the word computed alone, field by field.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { CONTEXT_MAX, newWordCache, prepareSentence } from "../src/ner/features.ts";
import { sentenceSums } from "../src/ner/sums.ts";
import { wordInfo, type WordCache, type WordInfo } from "../src/ner/word.ts";
import { SharedWords, newSharedWordBuffers, type SharedWordBuffers } from "../src/ner/shared-words.ts";
import { tagDocumentClasses } from "../src/ner/tagger.ts";
import { addWordSums } from "../src/ner/word-sums.ts";
import { parseModel } from "../src/ner/model.ts";
import { listedSums } from "./support/listed-sums.ts";
import { loadNerModel, nerModelBytes } from "./support/resources.ts";

const model = loadNerModel();
const { weights: w, layout, lexicon } = model;
const S = layout.stride;
const levels = lexicon.clusterLevels.length;

/** A memo as one thread of several has it: its own maps, the shared table of `buffers`. */
function threadCache(buffers: SharedWordBuffers): WordCache {
  const cache = newWordCache();
  cache.shared = new SharedWords(buffers, w, S, levels);
  return cache;
}

/** Every field as plain values (typed arrays as arrays; sid apart: it numbers shapes in the order a memo met them). */
function plain(x: WordInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x))
    if (k !== "sid") out[k] = ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v;
  return out;
}

/** The word computed in a memo of its own, with the sums sums.ts would give it. */
function alone(word: string, caps: boolean): Record<string, unknown> {
  const x = wordInfo(word, caps, lexicon, layout, newWordCache());
  const sums = new Int32Array(5 * S);
  addWordSums(x, w, S, sums);
  return { ...plain(x), sums: Array.from(sums) };
}

// invented names, a gazetteer place, function words, typographic quotes, digits, capitals, a word no list holds, and
// one longer than the table keeps (computed by each thread)
const WORDS = [
  "Halvard",
  "Brenna",
  "Ostrava",
  "the",
  "said",
  "\u201cWe",
  "2,400",
  "QUELLMAR",
  "xq",
  "-",
  "Wintermarsh-Upon-Quelle-And-The-Very-Long-Hyphenated-Placename",
];

describe("the shared word memo", () => {
  test.each(WORDS.flatMap((word) => [[word, false] as const, [word, true] as const]))(
    "%s (caps %s): another thread reads what one computed, field by field",
    (word, caps) => {
      const buffers = newSharedWordBuffers(1 << 8, 1 << 16);
      const first = threadCache(buffers);
      const second = threadCache(buffers);
      wordInfo(word, caps, lexicon, layout, first);
      const read = wordInfo(word, caps, lexicon, layout, second);
      const kept = word.length <= 48;
      expect(second.shared!.found).toBe(kept ? 1 : 0);
      // the reader's sums are the publisher's; a word not kept gets its sums later, from sums.ts, as before
      const want = alone(word, caps);
      if (!kept) want["sums"] = null;
      expect(plain(read)).toEqual(want);
    },
  );

  test("a word published for plain sentences is not found for all-caps ones, nor a different word", () => {
    const buffers = newSharedWordBuffers(1 << 8, 1 << 16);
    wordInfo("Halvard", false, lexicon, layout, threadCache(buffers));
    const other = threadCache(buffers);
    wordInfo("Halvard", true, lexicon, layout, other);
    wordInfo("Halvarde", false, lexicon, layout, other);
    wordInfo("halvard", false, lexicon, layout, other);
    expect(other.shared!.found).toBe(0);
  });

  test("a full or tiny table gives the same sums as no table: words it cannot keep are each thread's own", () => {
    const vocab = [...WORDS, "Corp", "Germany", "London", "(", '"', "SAYS", "told", "Ms", "Kestrel", "Voss"];
    for (const [slots, ints] of [
      [2, 1 << 12],
      [1 << 4, 400],
      [1 << 8, 1 << 16],
    ] as const) {
      const buffers = newSharedWordBuffers(slots, ints);
      const threads = [threadCache(buffers), threadCache(buffers)];
      const ctx = new Int32Array(CONTEXT_MAX);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 12 }), fc.nat(1), (words, t) => {
          const cache = threads[t]!;
          const got = Array.from(sentenceSums(prepareSentence(words, lexicon, layout, cache), w, layout, cache, ctx));
          expect(got).toEqual(listedSums(words));
        }),
        { numRuns: 60 },
      );
    }
  });

  test("two models tagging with one table tag as a model alone does", () => {
    const bytes = nerModelBytes();
    const buffers = newSharedWordBuffers();
    const [a, b, solo] = [parseModel(bytes), parseModel(bytes), parseModel(bytes)];
    a.cache.shared = new SharedWords(buffers, a.weights, a.layout.stride, levels);
    b.cache.shared = new SharedWords(buffers, b.weights, b.layout.stride, levels);
    const doc = [
      ["Halvard", "Brenna", "of", "Ostrava", "Corp", "said", "on", "Monday", "."],
      ["QUELLMAR", "WINS", "IN", "OSTRAVA"],
      ["Brenna", "told", "the", "Kestrel", "Gazette", "."],
    ];
    const want = tagDocumentClasses(solo, doc).map((t) => Array.from(t));
    expect(tagDocumentClasses(a, doc).map((t) => Array.from(t))).toEqual(want);
    expect(tagDocumentClasses(b, doc).map((t) => Array.from(t))).toEqual(want);
    expect(b.cache.shared.found).toBeGreaterThan(10);
  });

  test("rejects a slot count that is not a power of two", () => {
    expect(() => newSharedWordBuffers(100)).toThrow(/power of two/);
  });
});
