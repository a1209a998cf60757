// Tagging's static scores: a word's own and neighbour features summed once per word and model, plus the context features.
import { contextFeatures, type PreparedSentence } from "./features.ts";
import type { RowLayout } from "./rows.ts";
import type { WordInfo } from "./word.ts";
import { int32s, type Int32Arena } from "./arena.ts";

/**
 * Static sums of every token and pass at once (shipped layout: a weight row holds `stride` = 9 × passes values),
 * n × stride Int32 values. About two thirds of a token's features belong to it or a neighbour alone; their weights
 * are added up the first time a word is seen (WordInfo.sums) and reused by every later occurrence, so a token costs
 * five row additions plus its context features instead of ~33 rows. Integer sums, so the order does not matter and
 * the scores are exactly those of adding every feature's row.
 */
export function sentenceSums(
  ps: PreparedSentence,
  w: Int16Array,
  layout: RowLayout,
  ctx: Int32Array,
  arena?: Int32Arena,
): Int32Array {
  const S = layout.stride;
  const { infos, edge } = ps;
  const n = ps.sw.n;
  const acc = int32s(arena, n * S);
  const S2 = 2 * S;
  const S3 = 3 * S;
  const S4 = 4 * S;
  for (let i = 0; i < n; i++) {
    const own = wordSums(infos[i]!, w, S);
    const prev = wordSums(i > 0 ? infos[i - 1]! : edge, w, S);
    const next = wordSums(i + 1 < n ? infos[i + 1]! : edge, w, S);
    const prev2 = wordSums(i > 1 ? infos[i - 2]! : edge, w, S);
    const next2 = wordSums(i + 2 < n ? infos[i + 2]! : edge, w, S);
    const a = i * S;
    for (let k = 0; k < S; k++) acc[a + k] = own[k]! + prev[S + k]! + next[S2 + k]! + prev2[S3 + k]! + next2[S4 + k]!;
    const m = contextFeatures(ps, i, layout, ctx, 0);
    for (let j = 0; j < m; j++) {
      const o = ctx[j]!;
      for (let k = 0; k < S; k++) acc[a + k]! += w[o + k]!;
    }
  }
  return acc;
}

/** The word's five feature groups summed, one row of `stride` each (memoised on the word: the memo is per model). */
function wordSums(x: WordInfo, w: Int16Array, S: number): Int32Array {
  if (x.sums) return x.sums;
  const s = new Int32Array(5 * S);
  const groups = [x.own, x.asPrev, x.asNext, x.asPrev2, x.asNext2];
  for (let g = 0; g < 5; g++) {
    const offs = groups[g]!;
    for (let j = 0; j < offs.length; j++) for (let k = 0; k < S; k++) s[g * S + k]! += w[offs[j]! + k]!;
  }
  x.sums = s;
  return s;
}
