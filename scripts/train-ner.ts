// pnpm train:ner — train the two-pass averaged-perceptron NER model on CoNLL-2003 eng.train (deterministic, seeded).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { extractSentence, newWordCache, type SentenceFeatures } from "../packages/core/src/ner/features.ts";
import { parseClusters, parseGazetteer, emptyLexicon, type NerLexicon } from "../packages/core/src/ner/lexicon.ts";
import { NUM_TAGS, tagIndex } from "../packages/core/src/ner/iob.ts";
import { denseLayout } from "../packages/core/src/ner/rows.ts";
import { decodeSentence, documentFeatures } from "../packages/core/src/ner/decode.ts";
import { quantise, serializeModel } from "../packages/core/src/ner/model.ts";
import { trainPerceptron, type TrainItem } from "../packages/core/src/ner/train.ts";
import { arg, modelsDir, readConll, readIfExists, shared } from "./ner-data.ts";

const t0 = Date.now();
const bits = Number(arg("bits", "20"));
const epochs = Number(arg("epochs", "12"));
const folds = Number(arg("folds", "4"));
const passes = Number(arg("passes", "2"));
const seed = Number(arg("seed", "17"));
const out = arg("out", path.join(modelsDir, "ner.bin.gz"));
const layout = denseLayout(bits, NUM_TAGS);
const log = (m: string) => process.stderr.write(`[train-ner ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);

const clustersText = readIfExists(path.join(modelsDir, "clusters.txt"));
const gazText = readIfExists(path.join(modelsDir, "gazetteer.txt"));
const lex: NerLexicon = { ...emptyLexicon(), ...parseClusters(clustersText), gazetteer: parseGazetteer(gazText) };
log(`lexicon: ${lex.clusterIndex.size} clustered words, ${lex.truecase.size} truecase forms, ${lex.gazetteer.size} gazetteer heads`);

const original = readConll(path.join(shared, "ner/conll2003/eng.train"));
// Headline robustness: an upper-cased copy of every CAPS_EVERY-th document (same fold as its source, see below).
const capsEvery = Number(arg("caps-every", "0"));
const source: number[] = original.map((_, i) => i);
const docs = [...original];
if (capsEvery > 0) {
  original.forEach((d, i) => {
    if (i % capsEvery !== 0) return;
    docs.push({ sentences: d.sentences.map((s) => ({ ...s, words: s.words.map((w) => w.toUpperCase()) })) });
    source.push(i);
  });
}
const cache = newWordCache();
const feats: SentenceFeatures[][] = docs.map((d) => d.sentences.map((s) => extractSentence(s.words, lex, layout, cache)));
const gold: Uint8Array[][] = docs.map((d) => d.sentences.map((s) => Uint8Array.from(s.tags, tagIndex)));
log(`features for ${docs.length} documents, ${feats.flat().reduce((n, sf) => n + sf.n, 0)} tokens`);

const items = (docIdx: number[], docFns: ((typeof documentFeatures) extends (...a: never[]) => infer R ? R : never)[] | null): TrainItem[] =>
  docIdx.flatMap((d) => feats[d]!.map((sf, s) => ({ sf, gold: gold[d]![s]!, doc: docFns ? docFns[d]![s]! : null })));
const all = docs.map((_, i) => i);

const w1 = trainPerceptron(items(all, null), { bits, epochs, seed, log: (m) => log(`pass 1 ${m}`) });
const tables = [quantise(w1)];

if (passes > 1) {
  // Jackknife: first-pass tags for each fold come from a model that never saw that fold,
  // so the second pass learns how far to trust first-pass predictions on unseen text.
  const pass1: Uint8Array[][] = docs.map(() => []);
  for (let f = 0; f < folds; f++) {
    const train = all.filter((d) => source[d]! % folds !== f);
    const wf = quantise(trainPerceptron(items(train, null), { bits, epochs, seed: seed + f + 1 }));
    for (const d of all.filter((d) => source[d]! % folds === f)) pass1[d] = feats[d]!.map((sf) => decodeSentence(wf, sf, layout, null));
    log(`fold ${f + 1}/${folds} done`);
  }
  const docFns = all.map((d) => documentFeatures(feats[d]!, pass1[d]!, layout));
  const w2 = trainPerceptron(items(all, docFns), { bits, epochs, seed: seed + 100, log: (m) => log(`pass 2 ${m}`) });
  tables.push(quantise(w2));
}

const blob = serializeModel({
  bits,
  passes: tables,
  clusters: clustersText,
  gazetteer: gazText,
  meta: { trainedOn: "CoNLL-2003 eng.train", epochs, folds, seed, capsEvery },
});
const gz = gzipSync(blob, { level: 9 });
writeFileSync(out, gz);
log(`wrote ${out}: ${(blob.length / 1e6).toFixed(2)} MB raw, ${(gz.length / 1e6).toFixed(2)} MB gzip; total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
