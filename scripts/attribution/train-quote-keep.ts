// pnpm train:quote-keep [--cache DIR] [--out FILE] [--dump N]: train the keep/drop model for tagged clauses holding a one-word quote (learned/quote-keep.ts) on PolNeAR train.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { QuoteKeepModelFile } from "../../packages/core/src/statements/learned/quote-keep.ts";
import { analysisSetup } from "./cv-cache.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { QUOTE_KEEP_DEFAULTS, quoteKeepExamples, trainQuoteKeep } from "./quote-keep-data.ts";

const { opt, docs, models } = analysisSetup();
const out = opt("--out") ?? path.join(import.meta.dirname, "../../packages/core/models/quote-keep.json");
const dump = Number(opt("--dump") ?? 0);
const t0 = performance.now();
const k = models.length;
if (k < 2) throw new Error("newsgraph/train-quote-keep: needs the train split's fold models; run with --split train");
// each article's clauses come from the tagger and boundary model of its own fold, which never saw it: the examples are
// what the shipped tagger does on text it has not seen
const ends = foldContentEnds(
  docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
  k,
);
const examples = docs.flatMap((d, i) => quoteKeepExamples(d, models[i % k] ?? null, ends[i % k] ?? null));
const tData = performance.now();
const model = trainQuoteKeep(examples);
const tTrain = performance.now();
const kept = examples.filter((x) => x.keep).length;
console.log(
  `${examples.length} clauses the one-word rule drops, ${kept} of them PolNeAR's (same cue); data ${((tData - t0) / 1000).toFixed(1)} s, training ${((tTrain - tData) / 1000).toFixed(2)} s`,
);
for (const x of examples.slice(0, dump)) console.log(`${x.keep ? "KEEP" : "drop"} ${x.note ?? ""}`);
const file: QuoteKeepModelFile = {
  kind: "newsgraph-quote-keep",
  version: 1,
  bias: model.bias,
  weights: Object.fromEntries([...model.weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
  meta: { ...QUOTE_KEEP_DEFAULTS, examples: examples.length, keep: kept },
};
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${out} (${model.weights.size} weights)`);
