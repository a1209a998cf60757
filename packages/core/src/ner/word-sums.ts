// A word's five feature groups summed over the model's weights: one row of `stride` each (see sums.ts).
import type { WordInfo } from "./word-info.ts";

/**
 * Adds into `s` (5 × S values, zero on entry) the rows of own, asPrev, asNext, asPrev2 and asNext2, in that order.
 * One function for the thread's memo (sums.ts) and the shared one (shared-words.ts): integer sums in one order, so
 * both give the same values.
 */
export function addWordSums(x: WordInfo, w: Int16Array, S: number, s: Int32Array): void {
  const groups = [x.own, x.asPrev, x.asNext, x.asPrev2, x.asNext2];
  for (let g = 0; g < 5; g++) {
    const offs = groups[g]!;
    for (let j = 0; j < offs.length; j++) for (let k = 0; k < S; k++) s[g * S + k]! += w[offs[j]! + k]!;
  }
}
