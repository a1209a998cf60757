// Averaged-perceptron training for the greedy tagger (pure; the script in scripts/ner/train.ts feeds it data).
import { NUM_TAGS as NUM_TAGS_IMPORT } from "./iob.ts";
import * as decode from "./decode.ts";
import type { DocFeatureFn } from "./decode.ts";
import type { SentenceFeatures } from "./features.ts";
import { denseLayout } from "./rows.ts";
import * as steps from "../util/perceptron-steps.ts";

// tsx and vitest compile imports into getter calls; the training loop uses local copies
const { argmaxAllowed, dynamicFeatures, MAX_EXTRA, scoreToken } = decode;
const { averageInPlace, eachEpoch, promote } = steps;
const NUM_TAGS: number = NUM_TAGS_IMPORT;

export interface TrainItem {
  sf: SentenceFeatures;
  gold: Uint8Array;
  doc: DocFeatureFn | null;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  log?: (msg: string) => void;
}

/** Trains on predicted previous tags (not gold ones) so training sees the errors decoding will make. */
export function trainPerceptron(items: readonly TrainItem[], opts: TrainOptions): Float32Array {
  const rows = 1 << opts.bits;
  const layout = denseLayout(opts.bits, NUM_TAGS);
  const w = new Float32Array(rows * NUM_TAGS);
  const u = new Float64Array(rows * NUM_TAGS);
  const extra = new Int32Array(MAX_EXTRA);
  const scores = new Float64Array(NUM_TAGS);
  let c = 1;
  eachEpoch(items.length, opts, (idx, pass) => {
    const { sf, gold, doc } = items[idx]!;
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < sf.n; i++, c++) {
      let k = dynamicFeatures(sf, i, prev, prev2, layout, extra, 0);
      if (doc) k += doc(i, extra, k);
      scoreToken(w, sf, i, extra, k, scores);
      const pred = argmaxAllowed(scores, prev);
      const g = gold[i]!;
      if (pred !== g) {
        pass.errors++;
        const end = sf.off[i + 1]!;
        for (let j = sf.off[i]!; j < end + k; j++) {
          promote(w, u, j < end ? sf.feats[j]! : extra[j - end]!, g, pred, c);
        }
      }
      pass.tokens++;
      prev2 = prev;
      prev = pred;
    }
  });
  return averageInPlace(w, u, c);
}
