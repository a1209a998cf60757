// A PolNeAR split with the document stages run and the tagger's fold models, optionally kept on disk between runs (--cache DIR).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import type { Resources } from "../../packages/core/src/pipeline/state.ts";
import { trainAttribution } from "../../packages/core/src/statements/learned/perceptron-train.ts";
import { pruneRows, type AttributionModel } from "../../packages/core/src/statements/learned/model.ts";
import { cueWordsOf, loadSplit, trainItems, type PolnearDoc } from "./data.ts";
import { TAGGER_OPTIONS, TRAIN_DEFAULTS } from "./defaults.ts";
import { checkDocumentedOptions } from "../options.ts";

/** The split with the document stages run; with a cache directory their output is kept (the stages before statements). */
export function cachedSplit(split: string, res: Resources, cache: string | undefined): PolnearDoc[] {
  const file = cache ? path.join(cache, `${split}-docs.json`) : "";
  // the stages' wall time is this run's, not the cached output's: it is left out, so the file is the same bytes every time
  if (file && existsSync(file))
    return (JSON.parse(readFileSync(file, "utf8")) as PolnearDoc[]).map((d) => ({ ...d, stageMs: NaN }));
  const all = loadSplit(split, res);
  if (cache) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify(all, (key, value: unknown) => (key === "stageMs" ? undefined : value)),
    );
  }
  return all;
}

/**
 * Fold models trained on the other folds' articles (train, article i in fold i mod k), or the shipped model (dev). With
 * a cache the fold weights are kept between runs (their features read the rules' output: after a change to the rules'
 * spans or labels, `retrain` gives the honest figure).
 */
export function foldModels(
  split: string,
  all: PolnearDoc[],
  res: Resources,
  cache: string | undefined,
  retrain: boolean,
): (AttributionModel | null)[] {
  if (split !== "train") return [res.attribution ?? null];
  const k = TRAIN_DEFAULTS.folds;
  const out: AttributionModel[] = [];
  for (let f = 0; f < k; f++) {
    const file = cache ? path.join(cache, `fold${f}.bin`) : "";
    const mine = all.filter((_, i) => i % k !== f);
    let w: Float32Array;
    if (file && existsSync(file) && !retrain) {
      const b = readFileSync(file);
      // eval:attribution's cache holds the weights before pruning (pruning pruned weights again changes nothing)
      w = pruneRows(
        new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)),
        TRAIN_DEFAULTS.keepRows,
      );
    } else {
      w = pruneRows(
        trainAttribution(
          mine.flatMap((d) => trainItems(d, res.ner?.lexicon ?? null)),
          TRAIN_DEFAULTS,
        ),
        TRAIN_DEFAULTS.keepRows,
      );
      if (cache) {
        mkdirSync(cache, { recursive: true });
        writeFileSync(file, new Uint8Array(w.buffer, w.byteOffset, w.byteLength));
      }
    }
    const cueWords = TRAIN_DEFAULTS.gate !== null ? new Set(cueWordsOf(mine, TRAIN_DEFAULTS.gate)) : null;
    out.push({
      mask: (1 << TRAIN_DEFAULTS.bits) - 1,
      w,
      index: null,
      scale: 1,
      cueWords,
      clusters: res.ner?.lexicon ?? null,
      meta: { ...TAGGER_OPTIONS },
    });
  }
  return out;
}

/** The options analysisSetup itself reads, valid for every analysis script. */
const ANALYSIS_OPTIONS = ["--split", "--cache", "--retrain", "--show"];

/**
 * What every analysis script over PolNeAR starts with: its arguments (`--split` train by default, `--cache DIR`,
 * `--retrain`, `--show N`), the default resources, the split's documents and the fold models, so the scripts read the
 * flags alike and score the tagger as eval:attribution does (cross-validated on train). An option the calling script's
 * header does not name stops it (exit 2) before any data is read; before, a mistyped one was silently ignored.
 */
export function analysisSetup(args: string[] = process.argv.slice(2), script = pathToFileURL(process.argv[1]!).href) {
  checkDocumentedOptions(script, ANALYSIS_OPTIONS, args);
  const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const split = opt("--split") ?? "train";
  const cache = opt("--cache");
  const show = Number(opt("--show") ?? 0);
  const res = loadDefaultResources();
  const docs = cachedSplit(split, res, cache);
  const models = foldModels(split, docs, res, cache, args.includes("--retrain"));
  return { args, opt, split, cache, show, res, docs, models };
}
