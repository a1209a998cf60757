// Training of the attribution tagger's averaged perceptron, on its own greedy decoding (pure; the scripts feed it data).
import * as steps from "../../util/perceptron-steps.ts";
import type { SentenceFeats } from "./features.ts";
import {
  best as bestImport,
  dynamic as dynamicImport,
  MAX_DYN,
  score as scoreImport,
  seenBit as seenBitImport,
  type Weights,
} from "./perceptron.ts";
import { allowed as allowedImport, NUM_ATTR_TAGS } from "./tags.ts";

// tsx and vitest compile imports into getter calls; the training loop uses local copies
const allowed = allowedImport;
const best = bestImport;
const dynamic = dynamicImport;
const score = scoreImport;
const seenBit = seenBitImport;
const { averageInPlace, eachEpoch, promote } = steps;
const K: number = NUM_ATTR_TAGS;

export interface AttrTrainItem {
  sf: SentenceFeats;
  gold: Uint8Array;
}

/** Trains on its own predicted previous tags, so training sees the errors greedy decoding makes. Returns averaged weights. */
export function trainAttribution(
  items: readonly AttrTrainItem[],
  opts: { bits: number; epochs: number; seed: number; minCount?: number; log?: (m: string) => void },
): Float32Array {
  const rows = 1 << opts.bits;
  // a static feature row seen in fewer than `minCount` training tokens is never updated: weights of one-off words and
  // pairs fit the training articles, not the next ones (the dynamic rows, tags already decoded, are always updated)
  const minCount = opts.minCount ?? 1;
  const rare = minCount > 1 ? rareRows(items, rows, minCount) : null;
  const w = new Float32Array(rows * K);
  const u = new Float64Array(rows * K);
  const W: Weights = { mask: rows - 1, w, index: null, scale: 1 };
  const dyn = new Uint32Array(MAX_DYN);
  const scores = new Float64Array(K);
  let c = 1;
  eachEpoch(items.length, opts, (idx, pass) => {
    const { sf, gold } = items[idx]!;
    let prev = 0;
    let prev2 = 0;
    let seen = 0;
    for (let i = 0; i < gold.length; i++, c++) {
      const nd = dynamic(sf, i, prev, prev2, seen, dyn);
      score(W, sf, i, dyn, nd, scores);
      const pred = best(scores, prev);
      // after a wrong tag an inside tag may be out of reach: its role's begin tag is then the target, so one slip
      // does not turn the rest of a long content into errors that push weights the decoder can never use
      const g = allowed(prev, gold[i]!) ? gold[i]! : gold[i]! - 1;
      if (pred !== g) {
        pass.errors++;
        const end = sf.off[i + 1]!;
        for (let j = sf.off[i]!; j < end + nd; j++) {
          const h = (j < end ? sf.feats[j]! : dyn[j - end]!) & W.mask;
          if (rare && j < end && rare[h]) continue;
          promote(w, u, h * K, g, pred, c);
        }
      }
      pass.tokens++;
      prev2 = prev;
      prev = pred;
      seen |= seenBit(pred);
    }
  });
  return averageInPlace(w, u, c);
}

/** Rows of static features seen in fewer than `minCount` training tokens (1: rare). */
function rareRows(items: readonly AttrTrainItem[], rows: number, minCount: number): Uint8Array {
  const count = new Uint32Array(rows);
  for (const { sf } of items) {
    const end = sf.off[sf.off.length - 1]!;
    for (let j = sf.off[0]!; j < end; j++) count[sf.feats[j]! & (rows - 1)]!++;
  }
  const rare = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) rare[r] = count[r]! < minCount ? 1 : 0;
  return rare;
}
