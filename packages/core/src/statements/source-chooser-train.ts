// Training the source chooser of source-chooser.ts: an averaged ranking perceptron over each attribution's options.
import { eachEpoch } from "../util/perceptron-steps.ts";
import type { ChooserScope, SourceChooserModel } from "./source-chooser.ts";
import { RunningWeights, featureCounts } from "./averaged-weights.ts";

/** One attribution whose cue is PolNeAR's: its options' features (keep first) and which of them overlap the gold source. */
export interface ChooserExample {
  feats: string[][];
  right: boolean[];
}

/**
 * Averaged perceptron ranking (Collins 2002): when the best-scoring option is wrong, the best-scoring right option's
 * features gain and the chosen one's lose; the returned weights are the average over every step. Deterministic for a seed.
 */
export function trainSourceChooser(
  all: readonly ChooserExample[],
  epochs: number,
  seed: number,
  margin: number,
  scope: ChooserScope,
  minCount = 1,
): SourceChooserModel {
  // a feature seen in fewer than minCount options is dropped: rare words would fit the training articles only
  const seen = featureCounts(all.flatMap((ex) => ex.feats));
  const examples = all
    .filter((ex) => ex.right.some(Boolean))
    .map((ex) => ({ right: ex.right, feats: ex.feats.map((o) => o.filter((f) => (seen.get(f) ?? 0) >= minCount)) }));
  const run = new RunningWeights();
  eachEpoch(examples.length, { epochs, seed }, (i) => {
    const ex = examples[i]!;
    let pred = 0;
    let predS = -Infinity;
    let gold = -1;
    let goldS = -Infinity;
    ex.feats.forEach((fs, k) => {
      const s = run.score(fs);
      if (s > predS) [pred, predS] = [k, s];
      if (ex.right[k] && s > goldS) [gold, goldS] = [k, s];
    });
    if (!ex.right[pred]) {
      run.add(ex.feats[gold]!, 1);
      run.add(ex.feats[pred]!, -1);
    }
    run.c++;
  });
  return { margin, scope, weights: run.averaged() };
}
