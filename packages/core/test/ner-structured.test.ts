// Structured perceptron and beam decoding on a tiny invented corpus: width 1 is greedy, a beam model round-trips.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { extractSentence } from "../src/ner/features.ts";
import { emptyLexicon, parseGazetteer } from "../src/ner/lexicon.ts";
import { NUM_TAGS, tagIndex } from "../src/ner/iob.ts";
import { denseLayout } from "../src/ner/rows.ts";
import { trainPerceptron } from "../src/ner/train.ts";
import { trainStructured } from "../src/ner/structured.ts";
import { decodeBeamDense, newBeamBuffers } from "../src/ner/beam.ts";
import { decodeSentence } from "../src/ner/decode.ts";
import { parseModel, quantise, serializeModel } from "../src/ner/model.ts";
import { tagDocument } from "../src/ner/tagger.ts";

const CORPUS: [string, string][] = [
  ["Brenna Ostrava visited Quellmar .", "B-PER I-PER O B-LOC O"],
  ["The Halvard Trust said on Tuesday .", "O B-ORG I-ORG O O O O"],
  ["Tomas Ekwall met Brenna Ostrava in Quellmar .", "B-PER I-PER O B-PER I-PER O B-LOC O"],
  ["Halvard Trust shares rose in Quellmar .", "B-ORG I-ORG O O O B-LOC O"],
  ["Nothing happened .", "O O O"],
];
const gaz = "city\tquellmar\n";
const bits = 12;
const layout = denseLayout(bits, NUM_TAGS);
const lex = { ...emptyLexicon(), gazetteer: parseGazetteer(gaz) };
const items = CORPUS.map(([s, t]) => ({
  sf: extractSentence(s.split(" "), lex, layout),
  gold: Uint8Array.from(t.split(" "), tagIndex),
  doc: null,
}));

const beamDecode = (w: Float32Array | Int16Array, words: string[], width: number) =>
  decodeBeamDense(w, extractSentence(words, lex, layout), layout, null, newBeamBuffers(width));

describe("beam decoding", () => {
  const greedy = quantise(trainPerceptron(items, { bits, epochs: 10, seed: 1 }));
  const vocab = [...new Set(CORPUS.flatMap(([s]) => s.split(" "))), "Zarnow", "said", "of"];

  test("width 1 gives exactly the greedy decoder's tags, on any sentence of known and unknown words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 12 }), (words) => {
        const sf = extractSentence(words, lex, layout);
        expect(Array.from(beamDecode(greedy, words, 1))).toEqual(Array.from(decodeSentence(greedy, sf, layout, null)));
      }),
    );
  });

  test("any width returns one allowed IOB2 tag per word", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 12 }), fc.integer({ min: 1, max: 6 }), (ws, k) => {
        const tags = beamDecode(greedy, ws, k);
        expect(tags.length).toBe(ws.length);
        // I-X only after B-X or I-X
        tags.forEach((c, i) => {
          if (c !== 0 && c % 2 === 0) expect([c - 1, c]).toContain(i > 0 ? tags[i - 1] : -1);
        });
      }),
    );
  });
});

describe("structured perceptron", () => {
  const train = () => trainStructured(items, { bits, epochs: 30, seed: 3, beam: 4 });

  test("training is deterministic for a seed", () => {
    expect(Array.from(train())).toEqual(Array.from(train()));
  });

  test("a beam model keeps its width through serialise → parse and tags its training data", () => {
    const w = quantise(train());
    const model = parseModel(serializeModel({ bits, passes: [w], clusters: "", gazetteer: gaz, meta: { beam: 4 } }));
    expect(model.beam).toBe(4);
    const tags = tagDocument(
      model,
      CORPUS.map(([s]) => s.split(" ")),
      { documentRules: false },
    );
    expect(tags.map((t) => t.join(" "))).toEqual(CORPUS.map(([, t]) => t));
  });

  test("a model without the field is greedy", () => {
    const model = parseModel(
      serializeModel({ bits, passes: [quantise(train())], clusters: "", gazetteer: gaz, meta: {} }),
    );
    expect(model.beam).toBe(1);
  });
});
