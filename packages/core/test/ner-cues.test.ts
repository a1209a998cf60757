// Article context cues for the second pass: every context a name appears in anywhere in the document, one bit per cue.
import { describe, expect, test } from "vitest";
import { documentCues } from "../src/ner/cues.ts";
import { extractSentence } from "../src/ner/features.ts";
import { hashString } from "../src/ner/hash.ts";
import { emptyLexicon } from "../src/ner/lexicon.ts";
import { denseLayout } from "../src/ner/rows.ts";

const lex = emptyLexicon();
const cuesOf = (sents: string[], name: string): number[] => {
  const m = documentCues(sents.map((s) => extractSentence(s.split(" "), lex, denseLayout(10, 9))));
  const mask = m.get(hashString(name.toLowerCase()) | 0) ?? 0;
  return [0, 1, 2, 3, 4, 5, 6, 7].filter((b) => mask & (1 << b));
};

describe("documentCues", () => {
  test.each([
    ["X said it: speaks, and an organisation", ["Velcor said it would appeal ."], "Velcor", [0, 7]],
    ["X said he: speaks, and a person", ["Later , Maltek said he would go ."], "Maltek", [0, 6]],
    [
      "a company suffix and shares, from two sentences",
      ["Velcor Corp grew .", "Shares of Velcor shares fell ."],
      "Velcor",
      [2, 3],
    ],
    ["a title before it", ["They met Mr Maltek ."], "Maltek", [4]],
    ["a place preposition", ["He lives in Brask ."], "Brask", [5]],
    ["a possessive", ["Brask 's mayor left ."], "Brask", [1]],
    ["nothing: no cue around the name", ["Brask grew quickly ."], "Brask", []],
    ["nothing: a lower-case word is no name", ["the velcor said it ."], "velcor", []],
  ])("%s", (_n, sents, name, bits) => expect(cuesOf(sents, name)).toEqual(bits));
});
