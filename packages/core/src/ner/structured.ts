// Averaged structured perceptron (Collins 2002) over beam decoding: a sentence's best sequence is compared with
// the gold one and every token where they differ updates both, so weights learn to be summed along a path.
import { NUM_TAGS as NUM_TAGS_IMPORT } from "./iob.ts";
import * as decode from "./decode.ts";
import { decodeBeamDense, newBeamBuffers } from "./beam.ts";
import { denseLayout } from "./rows.ts";
import { averageInPlace, eachEpoch } from "../util/perceptron-steps.ts";
import type { TrainItem, TrainOptions } from "./train.ts";

const { dynamicFeatures, MAX_EXTRA, newScratch } = decode;
const NUM_TAGS: number = NUM_TAGS_IMPORT;

export function trainStructured(items: readonly TrainItem[], opts: TrainOptions & { beam: number }): Float32Array {
  const rows = 1 << opts.bits;
  const layout = denseLayout(opts.bits, NUM_TAGS);
  const w = new Float32Array(rows * NUM_TAGS);
  const u = new Float64Array(rows * NUM_TAGS);
  const scratch = newScratch();
  const buffers = newBeamBuffers(opts.beam);
  const extra = new Int32Array(MAX_EXTRA);
  let c = 1;
  // adds `by` to class `cls` of token i's static features and of the tag and document features a history gives it
  const update = (item: TrainItem, i: number, tags: Uint8Array, cls: number, by: number) => {
    const { sf, doc } = item;
    let k = dynamicFeatures(sf, i, i > 0 ? tags[i - 1]! : 0, i > 1 ? tags[i - 2]! : 0, layout, extra, 0);
    if (doc) k += doc(i, extra, k);
    const end = sf.off[i + 1]!;
    for (let j = sf.off[i]!; j < end + k; j++) {
      const o = (j < end ? sf.feats[j]! : extra[j - end]!) + cls;
      w[o]! += by;
      u[o]! += by * c;
    }
  };
  eachEpoch(items.length, opts, (idx, pass) => {
    const item = items[idx]!;
    const { sf, gold } = item;
    const pred = decodeBeamDense(w, sf, layout, item.doc, buffers, scratch);
    for (let i = 0; i < sf.n; i++) {
      pass.tokens++;
      const same = (t: number) => t < 0 || pred[t] === gold[t];
      if (same(i) && same(i - 1) && same(i - 2)) continue;
      if (!same(i)) pass.errors++;
      update(item, i, gold, gold[i]!, 1);
      update(item, i, pred, pred[i]!, -1);
    }
    c++;
  });
  return averageInPlace(w, u, c);
}
