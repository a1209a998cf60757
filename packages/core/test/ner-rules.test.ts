// Document rules after decoding, on hand-made tag sequences (class indices: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC).
import { describe, expect, test } from "vitest";
import {
  enforceConsistency,
  fixOrganisationHeads,
  harmoniseChunks,
  personalGovernments,
  splitTitledNames,
} from "../src/ner/consistency.ts";
import { extractSentence } from "../src/ner/features.ts";
import { emptyLexicon, parseGazetteer } from "../src/ner/lexicon.ts";
import { denseLayout } from "../src/ner/rows.ts";
import { chunks, classChunks, TAGS, tagNames } from "../src/ner/iob.ts";

const lex = {
  ...emptyLexicon(),
  gazetteer: parseGazetteer("orgword\tinitiative\norgword\tbank\nlast\tbank\ndemonym\tvelorian\n"),
};
const cls = (tags: string) => Uint8Array.from(tags.split(" "), (t) => TAGS.indexOf(t as (typeof TAGS)[number]));
const str = (a: Uint8Array[]) => a.map((t) => Array.from(t, (c) => TAGS[c]).join(" "));
const doc = (sents: string[]) => sents.map((s) => s.split(" "));
const feats = (ws: string[][]) => ws.map((w) => extractSentence(w, lex, denseLayout(10, 9)));

describe("enforceConsistency (a surname on its own)", () => {
  test.each([
    // a person elsewhere: the lone mid-sentence surname becomes PER
    [
      ["Said Ovrin Maltek today", "Later , Maltek left"],
      ["O B-PER I-PER O", "O O O O"],
      ["O B-PER I-PER O", "O O B-PER O"],
    ],
    // left out as often as tagged: no change
    [
      ["Ovrin Maltek came", "Maltek rose , Maltek fell"],
      ["B-PER I-PER O", "O O O O O"],
      ["B-PER I-PER O", "O O O O O"],
    ],
    // only people: an organisation elsewhere does not spread
    [
      ["The Velcor Group grew", "shares in Velcor rose"],
      ["O B-ORG I-ORG O", "O O O O"],
      ["O B-ORG I-ORG O", "O O O O"],
    ],
    // never next to another entity (that would split or extend it)
    [
      ["Ovrin Maltek spoke", "in Brask Maltek was"],
      ["B-PER I-PER O", "O B-LOC O O"],
      ["B-PER I-PER O", "O B-LOC O O"],
    ],
  ])("%j", (sents, before, after) => {
    const ws = doc(sents);
    const tags = before.map(cls);
    enforceConsistency(feats(ws), tags);
    expect(str(tags)).toEqual(after);
  });
});

describe("fixOrganisationHeads", () => {
  test.each([
    ["the Security Assistance Initiative pays", "O O B-PER I-PER O", "O B-ORG I-ORG I-ORG O"],
    ["met Ovrin Maltek today", "O B-PER I-PER O", "O B-PER I-PER O"],
    // a head word that is also a surname is left alone
    ["met Ovrin Bank today", "O B-PER I-PER O", "O B-PER I-PER O"],
  ])("%s", (s, before, after) => {
    const tags = [cls(before)];
    fixOrganisationHeads(doc([s]), tags, lex);
    expect(str(tags)).toEqual([after]);
  });
});

describe("harmoniseChunks (same string, same type)", () => {
  test("a string inside longer chunks takes their type", () => {
    const ws = doc(["told The Velcor Review", "said The Velcor Review", "told Velcor Review"]);
    const tags = ["O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG", "O B-PER I-PER"].map(cls);
    harmoniseChunks(ws, tags);
    expect(str(tags)[2]).toBe("O B-ORG I-ORG");
  });
  test("a tie keeps the predicted type", () => {
    const ws = doc(["in Brask", "by Brask"]);
    const tags = ["O B-LOC", "O B-ORG"].map(cls);
    harmoniseChunks(ws, tags);
    expect(str(tags)).toEqual(["O B-LOC", "O B-ORG"]);
  });
});

describe("splitTitledNames", () => {
  test.each([
    [
      "said EU Energy Commissioner Katrin Osvald today",
      "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
      "O B-ORG O O B-PER I-PER O",
    ],
    ["Velorian Defence Minister Ivo Parnak spoke", "B-ORG I-ORG I-ORG I-ORG I-ORG O", "B-MISC O O B-PER I-PER O"],
    // no title inside: unchanged
    ["the Velcor Savings Bank said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"],
    // a title at the end of the chunk names no person: unchanged
    ["the Velcor Minister said", "O B-ORG I-ORG O", "O B-ORG I-ORG O"],
    // PER chunks are left to the model
    ["Minister Ivo Parnak spoke", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"],
  ])("%s", (s, before, after) => {
    const tags = [cls(before)];
    splitTitledNames(doc([s]), tags, lex);
    expect(str(tags)).toEqual([after]);
  });
});

describe("personalGovernments (a person's administration)", () => {
  test.each([
    // Trump is a person elsewhere: "The Trump Administration" keeps only the person
    [
      ["Donald Trump spoke", "The Trump Administration acted"],
      ["B-PER I-PER O", "B-ORG I-ORG I-ORG O"],
      ["B-PER I-PER O", "O B-PER O O"],
    ],
    // the same when the model took the chunk for MISC
    [
      ["Donald Trump spoke", "The Trump Administration acted"],
      ["B-PER I-PER O", "B-MISC I-MISC I-MISC O"],
      ["B-PER I-PER O", "O B-PER O O"],
    ],
    // nothing: a location chunk ("Trump Administration Building" is not about the person's government)
    [
      ["Donald Trump spoke", "The Trump Administration acted"],
      ["B-PER I-PER O", "B-LOC I-LOC I-LOC O"],
      ["B-PER I-PER O", "B-LOC I-LOC I-LOC O"],
    ],
    // nothing: no person of that name in the document
    [["The Velcor Administration acted"], ["B-ORG I-ORG I-ORG O"], ["B-ORG I-ORG I-ORG O"]],
    // nothing: another head word
    [
      ["Donald Trump spoke", "The Trump Organization grew"],
      ["B-PER I-PER O", "B-ORG I-ORG I-ORG O"],
      ["B-PER I-PER O", "B-ORG I-ORG I-ORG O"],
    ],
  ])("%j", (sents, before, after) => {
    const ws = doc(sents);
    const tags = before.map(cls);
    personalGovernments(ws, tags);
    expect(str(tags)).toEqual(after);
  });
});

describe("classChunks (chunks read from class indices)", () => {
  test.each([
    ["O O O", ""],
    ["B-PER I-PER O B-ORG", "PER 0-2, ORG 3-4"],
    // conlleval: an I tag after O or another type opens a chunk, a B tag always does
    ["I-LOC I-LOC B-LOC I-MISC", "LOC 0-2, LOC 2-3, MISC 3-4"],
    ["B-ORG I-PER I-PER O I-MISC", "ORG 0-1, PER 1-3, MISC 4-5"],
  ])("%s", (tags, expected) => {
    const c = cls(tags);
    expect(
      classChunks(c)
        .map((k) => `${k.type} ${k.start}-${k.end}`)
        .join(", "),
    ).toBe(expected);
    expect(classChunks(c)).toEqual(chunks(tagNames(c)));
  });
});
