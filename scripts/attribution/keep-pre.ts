// npx tsx --conditions=development scripts/attribution/keep-pre.ts --cache DIR --out FILE [--train JSON]: every train article's statements before statement-keep, made as eval:attribution --split train makes them (its fold cache), saved for keep-lab.ts.
import { writeFileSync } from "node:fs";
import { checkOptions } from "../options.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { crossModels } from "../eval/attribution/folds.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { foldQuoteKeep, quoteKeepExamples } from "./quote-keep-data.ts";
import { beforeChooser, chooserExamples, foldChoosers } from "./source-chooser-data.ts";
import { cachedSplit } from "./cv-cache.ts";

checkOptions(import.meta.url, "keep-pre", ["--cache", "--out", "--train"]);
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cacheDir = opt("--cache") ?? "";
const out = opt("--out");
if (!cacheDir || !out) throw new Error("newsgraph/keep-pre: give --cache DIR (eval:attribution's) and --out FILE");
const TRAIN = { ...TRAIN_DEFAULTS, ...(opt("--train") ? (JSON.parse(opt("--train")!) as object) : {}) };
const res = loadDefaultResources();
// the documents as eval:attribution reads them; kept in DIR beside the fold weights
const docs = cachedSplit("train", res, cacheDir);
const k = TRAIN.folds;
const models = crossModels(docs, k, { res, TRAIN, tryOpts: {}, cacheDir, stack: false });
const ends = foldContentEnds(
  docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
  k,
);
const qk = foldQuoteKeep(
  docs.map((d, i) => quoteKeepExamples(d, models[i % k] ?? null, ends[i % k] ?? null)),
  k,
);
const ch = foldChoosers(
  docs.map((d, i) => chooserExamples(d, beforeChooser(d, models[i % k] ?? null, ends[i % k] ?? null))),
  k,
);
const sts = docs.map(
  (d, i) =>
    extractStatements(d.state.doc, d.state.seg, d.state.ents, {
      ...res,
      attribution: models[i % k]!,
      contentEnds: ends[i % k]!,
      quoteKeep: qk[i % k]!,
      sourceChooser: ch[i % k]!,
      statementKeep: null,
    }).statements,
);
writeFileSync(out, JSON.stringify(sts));
console.log(`${docs.length} articles, ${sts.flat().length} statements before statement-keep → ${out}`);
