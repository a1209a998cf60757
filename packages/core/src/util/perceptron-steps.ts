// The averaged perceptron's steps over dense weight tables, shared by the NER and the attribution trainers.

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
