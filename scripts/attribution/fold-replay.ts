// What the fold-replay analyses share: a train CV dump, train's documents in its order, and each fold's tagger.
import { readFileSync } from "node:fs";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import type { DocPair } from "../eval/attribution/score.ts";
import { crossModels, frozenEnds } from "../eval/attribution/folds.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { loadSplit } from "./data.ts";

/**
 * Reads `args[0]` (an `eval:attribution --dump` of train) and loads the fold taggers from `--cache DIR`, so a script
 * can rerun each article with the tagger that never saw it (`models[i % K]`). `ends()` reads `--frozen-ends FILE`,
 * for the scripts that replay the content-end models too.
 */
export function foldReplay(script: string, args: readonly string[]) {
  const arg = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : "");
  const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
  const res = loadDefaultResources();
  const docs = loadSplit("train", res);
  const K = TRAIN_DEFAULTS.folds;
  const models = crossModels(docs, K, {
    res,
    TRAIN: TRAIN_DEFAULTS,
    tryOpts: {},
    cacheDir: arg("--cache"),
    stack: false,
  });
  const ends = () =>
    frozenEnds(arg("--frozen-ends"), K, () => {
      throw new Error(`${script}: --frozen-ends FILE must exist (written by pnpm eval:attribution --frozen-ends FILE)`);
    });
  return { arg, pairs, res, docs, K, models, ends };
}
