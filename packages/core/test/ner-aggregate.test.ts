// Context aggregation for the second pass: a name repeated in the document gets the words around all its occurrences.
import { describe, expect, test } from "vitest";
import { aggregateContexts } from "../src/ner/aggregate.ts";
import { extractSentence } from "../src/ner/features.ts";
import { hashString, mix } from "../src/ner/hash.ts";
import { emptyLexicon } from "../src/ner/lexicon.ts";
import { denseLayout, rowOf } from "../src/ner/rows.ts";
import { D } from "../src/ner/templates.ts";

const lex = emptyLexicon();
const L = denseLayout(16, 9);
const h = (w: string) => hashString(w) | 0;
/** the context words a name gets, as "<word" (before some occurrence) and "word>" (after one) */
const contextsOf = (sents: string[], name: string, words: string[]): string[] => {
  const m = aggregateContexts(
    sents.map((s) => extractSentence(s.split(" "), lex, L)),
    L,
  );
  const rows = new Set(m.get(h(name.toLowerCase())) ?? []);
  return words.flatMap((w) => [
    ...(rows.has(rowOf(mix(D.AggL, h(w)), L)) ? [`<${w}`] : []),
    ...(rows.has(rowOf(mix(D.AggR, h(w)), L)) ? [`${w}>`] : []),
  ]);
};

describe("aggregateContexts", () => {
  test.each([
    [
      "both occurrences lend their neighbours",
      ["Mr Brask left .", "Later Brask said no ."],
      "Brask",
      ["mr", "left", "later", "said"],
      ["<mr", "left>", "<later", "said>"],
    ],
    ["nothing: a name seen once", ["Mr Brask left ."], "Brask", ["mr", "left"], []],
    ["nothing: a lower-case word is no name", ["the velcor fell .", "the velcor rose ."], "velcor", ["the"], []],
  ])("%s", (_n, sents, name, words, want) => expect(contextsOf(sents, name, words)).toEqual(want));

  test("at most six words per side however often the name recurs", () => {
    const sents = Array.from({ length: 20 }, (_, k) => `w${k} Brask v${k} .`);
    const words = Array.from({ length: 20 }, (_, k) => [`w${k}`, `v${k}`]).flat();
    const got = contextsOf(sents, "Brask", words);
    expect(got.filter((x) => x.startsWith("<"))).toHaveLength(6);
    expect(got.filter((x) => x.endsWith(">"))).toHaveLength(6);
  });
});
