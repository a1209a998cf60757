// The averaged perceptron's steps over dense weight tables, shared by the NER and the attribution trainers.
import { rng, shuffleInPlace } from "./rng.ts";

/** One mistake on the feature row at offset `o`: the gold class gains, the predicted class loses, each move stamped with step `c`. */
export function promote(w: Float32Array, u: Float64Array, o: number, gold: number, pred: number, c: number): void {
  w[o + gold]! += 1;
  u[o + gold]! += c;
  w[o + pred]! -= 1;
  u[o + pred]! -= c;
}

/** The averaged weights (Collins 2002), in place: each weight less its step-weighted sum over the step count. */
export function averageInPlace(w: Float32Array, u: Float64Array, c: number): Float32Array {
  for (let i = 0; i < w.length; i++) w[i] = w[i]! - u[i]! / c;
  return w;
}

/** The line a trainer logs after each epoch. */
export function epochLine(epoch: number, epochs: number, errors: number, tokens: number): string {
  return `epoch ${epoch + 1}/${epochs}: ${errors} errors in ${tokens} tokens (${((100 * errors) / tokens).toFixed(2)}%)`;
}

/** One epoch's count of mistakes and tokens, for its log line. */
export interface PassCount {
  errors: number;
  tokens: number;
}

/**
 * The epochs of a perceptron trainer: each visits items 0…n−1 in a fresh shuffle drawn from one generator seeded with
 * `seed` (so a seed gives every trainer the same orders, run after run), then logs the epoch's line. `visit` keeps its
 * own step count: some trainers step per token, others per sentence.
 */
export function eachEpoch(
  n: number,
  opts: { epochs: number; seed: number; log?: (msg: string) => void },
  visit: (idx: number, pass: PassCount) => void,
): void {
  const order = Array.from({ length: n }, (_, i) => i);
  const rand = rng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    const pass: PassCount = { errors: 0, tokens: 0 };
    for (const idx of order) visit(idx, pass);
    opts.log?.(epochLine(epoch, opts.epochs, pass.errors, pass.tokens));
  }
}
