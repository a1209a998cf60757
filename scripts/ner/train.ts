// pnpm train:ner [--out FILE] [--train-only] [--bits B] [--epochs N] [--folds K] [--passes P] [--seed S] [--caps-every N] [--seeds N]
// [--prune N] [--beam N] [--no-clusters] [--no-gazetteer] — train the two-pass averaged-perceptron NER model on CoNLL-2003 eng.train + eng.testa (deterministic, seeded).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { serializeModel } from "../../packages/core/src/ner/model.ts";
import { arg, modelsDir, readConll, shared } from "./data.ts";
import { loadLexicon, settingsFromArgs, SETTINGS_FLAGS } from "./settings.ts";
import { prepare, trainTables } from "./train-lib.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "train-ner", [...SETTINGS_FLAGS, "--out", "--train-only"]);

const t0 = Date.now();
const log = (m: string) => process.stderr.write(`[train-ner ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);
const s = settingsFromArgs();
const out = arg("out", path.join(modelsDir, "ner.bin.gz"));
const { lex, clustersText, gazText } = loadLexicon(s);
log(
  `lexicon: ${lex.clusterIndex.size} clustered words, ${lex.truecase.size} truecase forms, ${lex.gazetteer.size} gazetteer heads`,
);

// Every setting was chosen by cross-validation on eng.train (pnpm cv:ner), so the development set is free to be
// training data for the shipped model; --train-only leaves it out (for scoring on eng.testa).
const trainOnly = process.argv.includes("--train-only");
const files = trainOnly ? ["eng.train"] : ["eng.train", "eng.testa"];
const docs = files.flatMap((f) => readConll(path.join(shared, "ner/conll2003", f)));
const prepared = prepare(docs, lex, s.bits, s.capsEvery);
log(`features for ${prepared.feats.length} documents, ${prepared.feats.flat().reduce((n, sf) => n + sf.n, 0)} tokens`);
const tables = trainTables(prepared, () => true, s, log);

const blob = serializeModel({
  bits: s.bits,
  passes: tables,
  clusters: clustersText,
  gazetteer: gazText,
  meta: {
    trainedOn: `CoNLL-2003 ${files.join(" + ")}`,
    epochs: s.epochs,
    folds: s.folds,
    seed: s.seed,
    seeds: s.seeds,
    prune: s.prune,
    capsEvery: s.capsEvery,
    beam: s.beam,
  },
});
const gz = gzipSync(blob, { level: 9 });
writeFileSync(out, gz);
log(
  `wrote ${out}: ${(blob.length / 1e6).toFixed(2)} MB raw, ${(gz.length / 1e6).toFixed(2)} MB gzip; total ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
