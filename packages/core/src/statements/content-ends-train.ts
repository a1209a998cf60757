// Training the boundary model of content-ends.ts: an averaged perceptron over each boundary token's features, deterministic for a seed.
import { eachEpoch } from "../util/perceptron-steps.ts";
import type { ContentEndModel } from "./content-ends.ts";
import { RunningWeights, featureCounts } from "./averaged-weights.ts";

/** One boundary token (comma, dash, adjunct word) inside one of our contents: its features, and whether PolNeAR's content ends there (true) or goes on. */
export interface BoundaryExample {
  feats: string[];
  stop: boolean;
}

/** Averaged perceptron (Collins 2002): the returned weights are the average over every step, so late updates weigh less. */
export function trainContentEnds(
  all: readonly BoundaryExample[],
  epochs: number,
  seed: number,
  minCount = 1,
): ContentEndModel {
  // a feature seen fewer than minCount times is dropped: rare words would fit the training articles, not the next ones
  const seen = featureCounts(all.map((ex) => ex.feats));
  const examples = all.map((ex) => ({ stop: ex.stop, feats: ex.feats.filter((f) => (seen.get(f) ?? 0) >= minCount) }));
  const run = new RunningWeights();
  // the bias is kept apart from the features, as the model stores it
  let bias = 0;
  let biasU = 0;
  eachEpoch(examples.length, { epochs, seed }, (i) => {
    const ex = examples[i]!;
    const y = ex.stop ? 1 : -1;
    if (y * run.score(ex.feats, bias) <= 0) {
      run.add(ex.feats, y);
      bias += y;
      biasU += y * run.c;
    }
    run.c++;
  });
  return { bias: Math.round((bias - biasU / run.c) * 1000) / 1000, weights: run.averaged() };
}
