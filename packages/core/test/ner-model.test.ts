// Training, serialisation and decoding round-trip on a tiny invented corpus (no shared data needed).
import { describe, expect, test } from "vitest";
import { extractSentence } from "../src/ner/features.ts";
import { emptyLexicon, parseClusters, parseGazetteer } from "../src/ner/lexicon.ts";
import { NUM_TAGS, tagIndex } from "../src/ner/iob.ts";
import { denseLayout } from "../src/ner/rows.ts";
import { trainPerceptron } from "../src/ner/train.ts";
import { parseModel, quantise, serializeModel, shareTable } from "../src/ner/model.ts";
import { tagDocument } from "../src/ner/tagger.ts";

const CORPUS: [string, string][] = [
  ["Ilsa Varnok visited Pelmora .", "B-PER I-PER O B-LOC O"],
  ["The Torvik Bank said on Monday .", "O B-ORG I-ORG O O O O"],
  ["Orlan Destry met Ilsa Varnok in Pelmora .", "B-PER I-PER O B-PER I-PER O B-LOC O"],
  ["Torvik Bank shares fell .", "B-ORG I-ORG O O O"],
  ["It rained .", "O O O"],
];
const gaz = "city\tpelmora\n";
const bits = 12;

function train() {
  const lex = { ...emptyLexicon(), gazetteer: parseGazetteer(gaz) };
  const items = CORPUS.map(([s, t]) => ({
    sf: extractSentence(s.split(" "), lex, denseLayout(bits, NUM_TAGS)),
    gold: Uint8Array.from(t.split(" "), tagIndex),
    doc: null,
  }));
  return trainPerceptron(items, { bits, epochs: 10, seed: 1 });
}

describe("perceptron", () => {
  test("training is deterministic for a seed", () => {
    expect(Array.from(train())).toEqual(Array.from(train()));
  });

  test("a model survives serialise → parse and tags its training data", () => {
    const w = quantise(train());
    const model = parseModel(serializeModel({ bits, passes: [w], clusters: "", gazetteer: gaz, meta: {} }));
    // the compact table keeps exactly the non-zero rows, in order
    const dense = Array.from({ length: w.length / NUM_TAGS }, (_, r) =>
      Array.from(w.subarray(r * NUM_TAGS, (r + 1) * NUM_TAGS)),
    ).filter((row) => row.some((x) => x !== 0));
    expect(Array.from(model.weights)).toEqual(dense.flat());
    const tags = tagDocument(
      model,
      CORPUS.map(([s]) => s.split(" ")),
    );
    expect(tags.map((t) => t.join(" "))).toEqual(CORPUS.map(([, t]) => t));
  });

  test("a weight table shared between threads: the same weights and tags, in shared memory", () => {
    const bytes = serializeModel({ bits, passes: [quantise(train())], clusters: "", gazetteer: gaz, meta: {} });
    const table = shareTable(bytes);
    expect(table.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(table.ranks.buffer).toBeInstanceOf(SharedArrayBuffer);
    const own = parseModel(bytes);
    const shared = parseModel(bytes, table);
    expect(shared.weights).toBe(table.weights);
    expect(Array.from(shared.weights)).toEqual(Array.from(own.weights));
    expect(Array.from(shared.layout.ranks!)).toEqual(Array.from(own.layout.ranks!));
    const sentences = CORPUS.map(([s]) => s.split(" "));
    expect(tagDocument(shared, sentences)).toEqual(tagDocument(own, sentences));
  });

  test("a shared table made from another model is refused, not read wrong", () => {
    const bytes = serializeModel({ bits, passes: [quantise(train())], clusters: "", gazetteer: gaz, meta: {} });
    const other = new Int16Array((1 << bits) * NUM_TAGS);
    other[0] = 1; // another model of the same size: one row kept
    const otherBytes = serializeModel({ bits, passes: [other], clusters: "", gazetteer: gaz, meta: {} });
    expect(() => parseModel(bytes, shareTable(otherBytes))).toThrow(/does not fit this model; make it with shareTable/);
    const wider = serializeModel({
      bits: bits + 1,
      passes: [quantise(train())],
      clusters: "",
      gazetteer: gaz,
      meta: {},
    });
    expect(() => parseModel(bytes, shareTable(wider))).toThrow(/does not fit this model/);
  });

  test("garbage bytes are rejected with a fix in the message", () => {
    expect(() => parseModel(new Uint8Array([1, 2, 3]))).toThrow(/run pnpm train:ner/);
  });
});

describe("cluster file", () => {
  const read = (text: string) => {
    const r = parseClusters(text);
    return { index: [...r.clusterIndex], levels: r.clusterLevels.map((l) => Array.from(l)), truecase: [...r.truecase] };
  };
  // the single-scan reader and the general one must agree; the rows after the first make the scan give up
  test.each([
    [
      "plain lines",
      "Velm\t3\t17\nborra\t4\t18\n=velm\tVelm\n",
      {
        index: [
          ["Velm", 0],
          ["borra", 1],
        ],
        levels: [
          [3, 4],
          [17, 18],
        ],
        truecase: [["velm", "Velm"]],
      },
    ],
    [
      "no final newline, blank lines",
      "\nVelm\t3\n\nborra\t4",
      {
        index: [
          ["Velm", 0],
          ["borra", 1],
        ],
        levels: [[3, 4]],
        truecase: [],
      },
    ],
    [
      "the word = reads as a truecase line",
      "=\t5\t6\nVelm\t1\t2\n",
      {
        index: [["Velm", 0]],
        levels: [[1], [2]],
        truecase: [["", "5"]],
      },
    ],
    [
      "an empty id reads as 0",
      "Velm\t\t2\nborra\t4\t5\n",
      {
        index: [
          ["Velm", 0],
          ["borra", 1],
        ],
        levels: [
          [0, 4],
          [2, 5],
        ],
        truecase: [],
      },
    ],
    [
      "a line with fewer ids",
      "Velm\t3\t7\nborra\t4\n",
      {
        index: [
          ["Velm", 0],
          ["borra", 1],
        ],
        levels: [[3, 4], [7]],
        truecase: [],
      },
    ],
    [
      "a line with no id",
      "Velm\nborra\t4\n",
      {
        index: [
          ["Velm", 0],
          ["borra", 1],
        ],
        levels: [[4]],
        truecase: [],
      },
    ],
    ["nothing", "", { index: [], levels: [], truecase: [] }],
  ])("%s", (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
});
