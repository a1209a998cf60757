// Fold models of the inner pass (learned/inner-pass.ts) for eval:attribution's cross-validation: fold f's learns from the other folds' articles, its runs our statements there in a cross-validation dump.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { InnerModel } from "../../packages/core/src/statements/learned/inner-pass.ts";
import { trainAttribution } from "../../packages/core/src/statements/learned/perceptron-train.ts";
import type { WordClusters } from "../../packages/core/src/statements/learned/word-classes.ts";
import type { DocPair } from "../eval/attribution/score.ts";
import type { PolnearDoc } from "./data.ts";
import { innerItems } from "./inner-data.ts";

/** How the inner pass is trained and where it runs (train CV chose them). */
export interface InnerSettings {
  bits: number;
  epochs: number;
  seed: number;
  minTokens: number;
  negEvery: number;
  minMargin: number;
  host: InnerModel["host"];
}
export const INNER_DEFAULTS: InnerSettings = {
  bits: 18,
  epochs: 10,
  seed: 17,
  minTokens: 4,
  negEvery: 1,
  minMargin: 0,
  host: "cut",
};

/** Trained weights as an InnerModel (dense, not pruned). */
export function innerModel(w: Float32Array, s: InnerSettings): InnerModel {
  return {
    mask: (1 << s.bits) - 1,
    w,
    index: null,
    scale: 1,
    minTokens: s.minTokens,
    minMargin: s.minMargin,
    innerFeatures: true,
    host: s.host,
  };
}

export function trainInner(
  docs: readonly PolnearDoc[],
  outer: readonly DocPair[],
  clusters: WordClusters | null,
  s: InnerSettings,
): Float32Array {
  const items = docs.flatMap((d, i) => {
    if (outer[i]!.text !== d.text)
      throw new Error("newsgraph/inner-folds: the dump's documents are not these, in order");
    return innerItems(d, outer[i]!.pred, clusters, s.minTokens, s.negEvery);
  });
  return trainAttribution(items, { bits: s.bits, epochs: s.epochs, seed: s.seed });
}

/** `dump`: a train cross-validation dump (pnpm eval:attribution --split train --dump FILE) made without the inner pass. */
export function innerFolds(
  docs: readonly PolnearDoc[],
  dump: string,
  k: number,
  clusters: WordClusters | null,
  cacheDir: string,
  s: InnerSettings,
): InnerModel[] {
  const pairs = JSON.parse(readFileSync(dump, "utf8")) as DocPair[];
  const tag = `${path.basename(dump)}-${s.bits}-${s.epochs}-${s.seed}-${s.minTokens}-${s.negEvery}`;
  const out: InnerModel[] = [];
  for (let f = 0; f < k; f++) {
    const file = cacheDir ? path.join(cacheDir, `inner-fold${f}-${tag}.bin`) : "";
    let w: Float32Array;
    if (file && existsSync(file)) {
      const b = readFileSync(file);
      w = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    } else {
      const keep = (_: unknown, i: number) => i % k !== f;
      w = trainInner(docs.filter(keep), pairs.filter(keep), clusters, s);
      if (file) writeFileSync(file, w);
    }
    out.push(innerModel(w, s));
  }
  return out;
}
