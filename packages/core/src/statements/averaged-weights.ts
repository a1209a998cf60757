// The string-keyed averaged perceptron's shared steps: counting features for a cut-off, the running update, and the averaged, rounded weights.

/** How many times each feature occurs over the lists: a feature rarer than the trainer's minCount is dropped. */
export function featureCounts(lists: Iterable<readonly string[]>): Map<string, number> {
  const seen = new Map<string, number>();
  for (const fs of lists) for (const f of fs) seen.set(f, (seen.get(f) ?? 0) + 1);
  return seen;
}

/**
 * The averaged weights (Collins 2002) from the running weights `w`, their step-weighted sums `u` and the step counter `c`:
 * late updates weigh less. Rounded to three decimals and near-zero weights left out, so the model files stay small.
 */
export function averagedWeights(w: ReadonlyMap<string, number>, u: ReadonlyMap<string, number>, c: number) {
  const avg = new Map<string, number>();
  for (const [f, v] of w) {
    const a = v - (u.get(f) ?? 0) / c;
    if (Math.abs(a) >= 1e-3) avg.set(f, Math.round(a * 1000) / 1000);
  }
  return avg;
}

/**
 * The running state of a string-keyed averaged perceptron: weights `w`, their step-weighted sums `u` and the step
 * counter `c` (it starts at 1, as Collins 2002 counts). The trainers decide when to update; this keeps the sums.
 */
export class RunningWeights {
  readonly w = new Map<string, number>();
  readonly u = new Map<string, number>();
  c = 1;

  /** The current score of a feature list (plus `base`, a bias the caller keeps). */
  score(fs: readonly string[], base = 0): number {
    let s = base;
    for (const f of fs) s += this.w.get(f) ?? 0;
    return s;
  }

  /** Moves every feature of the list by `y` now, remembering when, so the average can discount late moves. */
  add(fs: readonly string[], y: number): void {
    for (const f of fs) {
      this.w.set(f, (this.w.get(f) ?? 0) + y);
      this.u.set(f, (this.u.get(f) ?? 0) + y * this.c);
    }
  }

  /** The averaged, rounded weights. */
  averaged(): Map<string, number> {
    return averagedWeights(this.w, this.u, this.c);
  }
}
