// pnpm cv:ner [--k K] [--only F,F] [--label NAME [--save]] [--bits B] [--epochs N] [--folds K] [--passes P] [--seed S]
// [--caps-every N] [--seeds N] [--prune N] [--beam N] [--no-clusters] [--no-gazetteer] — 5-fold cross-validation on
// CoNLL-2003 eng.train by document, the only place NER settings are chosen.
// Each fold trains on four fifths of the documents with the given settings (same flags as pnpm train:ner) and tags the
// held-out fifth twice: as written and with every word upper-cased (headline robustness). Prints per-fold and mean ± sd.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseModel } from "../../packages/core/src/ner/model.ts";
import { serializeModel } from "../../packages/core/src/ner/model.ts";
import { tagDocument } from "../../packages/core/src/ner/tagger.ts";
import { ChunkScorer } from "../eval/ner-score.ts";
import { arg, modelsDir, readConll, shared } from "./data.ts";
import { loadLexicon, settingsFromArgs, SETTINGS_FLAGS } from "./settings.ts";
import { prepare, trainTables } from "./train-lib.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "cv-ner", [...SETTINGS_FLAGS, "--k", "--only", "--label", "--save"]);

const t0 = Date.now();
const log = (m: string) => process.stderr.write(`[cv-ner ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);
const trainFile = path.join(shared, "ner/conll2003/eng.train");
if (!existsSync(trainFile)) {
  console.log(`cv-ner: skipped, ${trainFile} is absent (the shared data folder must sit beside the repo)`);
  process.exit(0);
}
const s = settingsFromArgs();
const K = Number(arg("k", "5"));
const only = arg("only", "").split(",").filter(Boolean).map(Number);
const label = arg("label", "");
const { lex, clustersText, gazText } = loadLexicon(s);
const docs = readConll(trainFile);
// contiguous blocks of documents: eng.train is in date order, so a held-out block is news of other days
const foldOf = (d: number) => Math.min(K - 1, Math.floor((d * K) / docs.length));
const prepared = prepare(docs, lex, s.bits, s.capsEvery);
log(`settings ${JSON.stringify(s)}; ${docs.length} documents in ${K} folds`);

const rows: { fold: number; f1: number; upper: number }[] = [];
for (let f = 0; f < K; f++) {
  if (only.length && !only.includes(f)) continue;
  const tables = trainTables(prepared, (d) => foldOf(d) !== f, s);
  const model = parseModel(
    serializeModel({
      bits: s.bits,
      passes: tables,
      clusters: clustersText,
      gazetteer: gazText,
      meta: { beam: s.beam },
    }),
  );
  const plain = new ChunkScorer();
  const upper = new ChunkScorer();
  docs.forEach((d, i) => {
    if (foldOf(i) !== f) return;
    const words = d.sentences.map((x) => x.words);
    tagDocument(model, words).forEach((p, k) => plain.add(d.sentences[k]!.tags, p));
    tagDocument(
      model,
      words.map((ws) => ws.map((w) => w.toUpperCase())),
    ).forEach((p, k) => upper.add(d.sentences[k]!.tags, p));
  });
  rows.push({ fold: f, f1: plain.result().overall.f1, upper: upper.result().overall.f1 });
  log(`fold ${f + 1}/${K}: F1 ${rows.at(-1)!.f1.toFixed(2)}, upper-cased ${rows.at(-1)!.upper.toFixed(2)}`);
}

const stats = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
  return { mean: Number(m.toFixed(2)), sd: Number(sd.toFixed(2)) };
};
const result = {
  settings: s,
  folds: rows.map((r) => r.fold),
  f1: stats(rows.map((r) => r.f1)),
  upper: stats(rows.map((r) => r.upper)),
  perFold: rows,
};
console.log(
  `cv-ner ${label || JSON.stringify(s)}: F1 ${result.f1.mean} ± ${result.f1.sd}; upper-cased ${result.upper.mean} ± ${result.upper.sd} (${rows.length} folds, ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
);
// --save LABEL keeps the figures in models/ner-cv.json, where pnpm eval:ner prints them beside the dev score
if (label && process.argv.includes("--save")) {
  const file = path.join(modelsDir, "ner-cv.json");
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  saved[label] = result;
  writeFileSync(file, JSON.stringify(saved, null, 2) + "\n");
}
