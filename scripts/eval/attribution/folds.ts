// Fold models of the attribution eval's cross-validation: the tagger per fold (cached by --cache DIR), its stacked second pass, and frozen boundary models.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Resources } from "../../../packages/core/src/pipeline/state.ts";
import { cueWordsOf, trainItems, type PolnearDoc } from "../../attribution/data.ts";
import { decodeOnce } from "../../../packages/core/src/statements/learned/perceptron.ts";
import { trainAttribution } from "../../../packages/core/src/statements/learned/perceptron-train.ts";
import { stackFeatures } from "../../../packages/core/src/statements/learned/stack.ts";
import { pruneRows, type AttributionModel } from "../../../packages/core/src/statements/learned/model.ts";
import type { TaggerOptions } from "../../../packages/core/src/statements/learned/learned.ts";
import { TAGGER_OPTIONS } from "../../attribution/defaults.ts";
import type { TRAIN_DEFAULTS } from "../../attribution/defaults.ts";
import type { ContentEndModel } from "../../../packages/core/src/statements/content-ends.ts";

/** What the fold taggers are trained with: the loaded resources (word clusters), the training settings, the decision settings tried, the fold cache and whether a second, stacked pass is trained. */
export interface FoldSettings {
  res: Resources;
  TRAIN: { [K in keyof typeof TRAIN_DEFAULTS]: number };
  tryOpts: TaggerOptions;
  cacheDir: string;
  stack: boolean;
}

/**
 * `--frozen-ends FILE`: the fold boundary models read from FILE, or trained and written there when it is missing. A
 * rule change alters the boundary examples a little, and a refit on them flips about a hundred strict outcomes by the
 * perceptron's order alone; with the base checkout's models frozen, train CV shows what the rules change.
 */
export function frozenEnds(file: string, folds: number, train: () => ContentEndModel[]): ContentEndModel[] {
  if (file && existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { bias: number; weights: [string, number][] }[];
    if (saved.length !== folds)
      throw new Error(`newsgraph/eval-attribution: ${file} holds ${saved.length} folds, not ${folds}; delete it`);
    return saved.map((m) => ({ bias: m.bias, weights: new Map(m.weights) }));
  }
  const out = train();
  if (file) writeFileSync(file, JSON.stringify(out.map((m) => ({ bias: m.bias, weights: [...m.weights] }))));
  return out;
}

/**
 * `--cache DIR` keeps the fold weights between runs, for trying decisions after the tagger (a change to the rules or the
 * features needs fresh folds: delete DIR).
 */
function cachedFold(dir: string, folds: number, f: number, train: () => Float32Array, kind = ""): Float32Array {
  const file = dir ? path.join(dir, `fold${f}-of-${folds}${kind}.bin`) : "";
  if (file && existsSync(file)) {
    const b = readFileSync(file);
    return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }
  const w = train();
  if (file) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, new Uint8Array(w.buffer, w.byteOffset, w.byteLength));
  }
  return w;
}

/** One model per fold, each trained on the other folds' articles (article i is in fold i mod k). */
export function crossModels(all: PolnearDoc[], k: number, o: FoldSettings): AttributionModel[] {
  const { res, TRAIN, tryOpts, cacheDir } = o;
  const items = all.map((d) => trainItems(d, res.ner?.lexicon ?? null));
  const out: AttributionModel[] = [];
  for (let f = 0; f < k; f++) {
    const train = items.filter((_, i) => i % k !== f).flat();
    // the cache keeps the weights before pruning, so `--train '{"keepRows":N}'` is tried on them without retraining
    const w = pruneRows(
      cachedFold(cacheDir, k, f, () => trainAttribution(train, TRAIN)),
      TRAIN.keepRows,
    );
    // the gate's vocabulary comes from the fold's own training articles, as the shipped model's comes from train
    const cueWords =
      TRAIN.gate !== null
        ? new Set(
            cueWordsOf(
              all.filter((_, i) => i % k !== f),
              TRAIN.gate,
            ),
          )
        : null;
    out.push({
      mask: (1 << TRAIN.bits) - 1,
      w,
      stack: null,
      index: null,
      scale: 1,
      cueWords,
      clusters: res.ner?.lexicon ?? null,
      meta: { fold: f, ...TAGGER_OPTIONS, ...tryOpts },
    });
  }
  // the second pass (STACKED_TAGGER, or `--stack`; `--no-stack` for the before figures): one per fold, trained on the
  // other folds' articles with first-pass tags from the fold model that never saw each article (jackknifed, as
  // train:attribution makes the shipped one). Those first passes were trained with fold f among their articles: a
  // fully nested split would need k × (k − 1) of them; the test fold's own tags come from its fold model alone.
  if (o.stack) {
    const stacked = items.map((its, i) =>
      its.map((it) => ({ sf: stackFeatures(it.sf, decodeOnce(out[i % k]!, it.sf)), gold: it.gold })),
    );
    for (let f = 0; f < k; f++) {
      const train = stacked.filter((_, i) => i % k !== f).flat();
      const w = pruneRows(
        cachedFold(cacheDir, k, f, () => trainAttribution(train, TRAIN), "-stack"),
        TRAIN.keepRows,
      );
      out[f]!.stack = { mask: (1 << TRAIN.bits) - 1, w, index: null, scale: 1 };
    }
  }
  return out;
}
