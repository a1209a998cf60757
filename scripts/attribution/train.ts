// pnpm train:attribution [--epochs N] [--bits B] [--seed S] [--min-count N] [--cache DIR] [--stack|--no-stack] [--out FILE]: train the attribution tagger on PolNeAR train, write the gzip model.
import { existsSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readModelBytes, resourcesFromBytes } from "../../packages/cli/src/resources.ts";
import { decodeOnce } from "../../packages/core/src/statements/learned/perceptron.ts";
import { trainAttribution } from "../../packages/core/src/statements/learned/perceptron-train.ts";
import { stackFeatures } from "../../packages/core/src/statements/learned/stack.ts";
import { pruneRows, serializeAttributionModel } from "../../packages/core/src/statements/learned/model.ts";
import { cueWordsOf, loadSplit, trainItems } from "./data.ts";
import { STACKED_TAGGER, TAGGER_OPTIONS, TRAIN_DEFAULTS } from "./defaults.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "train-attribution", [
  "--epochs",
  "--bits",
  "--seed",
  "--min-count",
  "--cache",
  "--stack",
  "--no-stack",
  "--out",
]);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const opt = (name: string, def: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const epochs = opt("--epochs", TRAIN_DEFAULTS.epochs);
const bits = opt("--bits", TRAIN_DEFAULTS.bits);
const seed = opt("--seed", TRAIN_DEFAULTS.seed);
const out = args.includes("--out")
  ? path.resolve(args[args.indexOf("--out") + 1]!)
  : path.join(repoRoot, "packages/core/models/attribution.bin.gz");

const t0 = performance.now();
// the document stages only: the shipped tagger is not read (its features may be of an older version)
const res = resourcesFromBytes({ ...readModelBytes(), attribution: null });
const docs = loadSplit("train", res);
const perDoc = docs.map((d) => trainItems(d, res.ner?.lexicon ?? null));
const items = perDoc.flat();
const t1 = performance.now();
console.error(
  `newsgraph/train-attribution: ${docs.length} articles, ${items.length} sentences prepared in ${((t1 - t0) / 1000).toFixed(1)} s`,
);
const minCount = opt("--min-count", TRAIN_DEFAULTS.minCount);
const w = trainAttribution(items, { bits, epochs, seed, minCount, log: (m) => console.error(`  ${m}`) });
// the second pass when STACKED_TAGGER is on (`--no-stack`: one pass), or asked for (`--stack`)
const stack = (STACKED_TAGGER ? !args.includes("--no-stack") : args.includes("--stack")) ? secondPass() : null;
const t2 = performance.now();
const blob = gzipSync(
  serializeAttributionModel(
    pruneRows(w, TRAIN_DEFAULTS.keepRows),
    bits,
    {
      trainedOn: "PolNeAR train",
      articles: docs.length,
      epochs,
      seed,
      minCount,
      clusterWords: res.ner?.lexicon.clusterIndex.size ?? 0,
      keepRows: TRAIN_DEFAULTS.keepRows,
      ...TAGGER_OPTIONS,
      ...(TRAIN_DEFAULTS.gate !== null ? { cueWords: cueWordsOf(docs, TRAIN_DEFAULTS.gate) } : {}),
    },
    stack && pruneRows(stack, TRAIN_DEFAULTS.keepRows),
  ),
  { level: 9 },
);
writeFileSync(out + ".tmp", blob);
renameSync(out + ".tmp", out);
console.error(
  `newsgraph/train-attribution: trained in ${((t2 - t1) / 1000).toFixed(1)} s (${((t2 - t0) / 1000).toFixed(1)} s with preparation); wrote ${out} (${(blob.length / 1024).toFixed(0)} KiB gzip)`,
);

/**
 * The second pass (stack.ts), trained on first-pass tags that no model which saw the sentence made: each article is
 * tagged by the fold model trained without its fold (article i in fold i mod k, as in eval:attribution's
 * cross-validation, whose `--cache DIR` fold weights are read here instead of being trained again).
 */
function secondPass(): Float32Array {
  const k = TRAIN_DEFAULTS.folds;
  const dir = args.includes("--cache") ? args[args.indexOf("--cache") + 1]! : "";
  const fold = (f: number): Float32Array => {
    const file = dir ? path.join(dir, `fold${f}-of-${k}.bin`) : "";
    if (file && existsSync(file)) {
      const b = readFileSync(file);
      return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    }
    console.error(
      `newsgraph/train-attribution: fold ${f} of ${k} trained for the second pass (--cache DIR reuses them)`,
    );
    return trainAttribution(perDoc.filter((_, i) => i % k !== f).flat(), { bits, epochs, seed, minCount });
  };
  const firsts = [...Array(k).keys()].map((f) => ({
    mask: (1 << bits) - 1,
    w: pruneRows(fold(f), TRAIN_DEFAULTS.keepRows),
    index: null,
    scale: 1,
  }));
  const stacked = perDoc.flatMap((its, i) =>
    its.map((it) => ({ sf: stackFeatures(it.sf, decodeOnce(firsts[i % k]!, it.sf)), gold: it.gold })),
  );
  console.error(`newsgraph/train-attribution: second pass`);
  return trainAttribution(stacked, { bits, epochs, seed, minCount, log: (m) => console.error(`  ${m}`) });
}
