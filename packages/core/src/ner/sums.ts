// Tagging's static scores: a word's own and neighbour features summed once per word and model, plus the context features.
import { contextFeatures, shapeWindow, type PreparedSentence } from "./features.ts";
import type { RowLayout } from "./rows.ts";
import type { WordCache, WordInfo } from "./word.ts";
import { int32s, type Int32Arena } from "./arena.ts";
import { SumMemo } from "./sum-memo.ts";
import { addWordSums } from "./word-sums.ts";

/** shape ids below this pack five to a window key (6 bits each, a small integer); rarer shapes are summed directly */
const SHAPE_IDS = 64;
/** windows memoised per model; the memo starts again when full */
const WINDOW_LIMIT = 100_000;

/**
 * Static sums of every token and pass at once (shipped layout: a weight row holds `stride` = 9 × passes values),
 * n × stride Int32 values. About two thirds of a token's features belong to it or a neighbour alone; their weights
 * are added up the first time a word is seen (WordInfo.sums) and reused by every later occurrence. The five
 * short-shape window features are likewise summed once per window of shapes. A token so costs six row additions
 * plus its word-pair and gazetteer features instead of ~33 rows. Integer sums, so the order does not matter and the
 * scores are exactly those of adding every feature's row.
 */
export function sentenceSums(
  ps: PreparedSentence,
  w: Int16Array,
  layout: RowLayout,
  cache: WordCache,
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
  const memo = (cache.shapeSums ??= new SumMemo(S, WINDOW_LIMIT));
  for (let i = 0; i < n; i++) {
    const x = infos[i]!;
    const xm1 = i > 0 ? infos[i - 1]! : edge;
    const xp1 = i + 1 < n ? infos[i + 1]! : edge;
    const xm2 = i > 1 ? infos[i - 2]! : edge;
    const xp2 = i + 2 < n ? infos[i + 2]! : edge;
    const own = wordSums(x, w, S, cache);
    const prev = wordSums(xm1, w, S, cache);
    const next = wordSums(xp1, w, S, cache);
    const prev2 = wordSums(xm2, w, S, cache);
    const next2 = wordSums(xp2, w, S, cache);
    const a = i * S;
    for (let k = 0; k < S; k++) acc[a + k] = own[k]! + prev[S + k]! + next[S2 + k]! + prev2[S3 + k]! + next2[S4 + k]!;
    // the edge's sid is 0: outside the sentence every shape feature sees the same "no value"
    const sm2 = i > 1 ? xm2.sid : 0;
    const sm1 = i > 0 ? xm1.sid : 0;
    const sp1 = i + 1 < n ? xp1.sid : 0;
    const sp2 = i + 2 < n ? xp2.sid : 0;
    const windowed = (sm2 | sm1 | x.sid | sp1 | sp2) < SHAPE_IDS;
    if (windowed) {
      const key = ((((sm2 * SHAPE_IDS + sm1) * SHAPE_IDS + x.sid) * SHAPE_IDS + sp1) * SHAPE_IDS) | sp2;
      let at = memo.find(key);
      if (at < 0) {
        at = memo.add(key);
        const fresh = memo.values;
        const m = shapeWindow(ps, i, layout, ctx, 0);
        for (let j = 0; j < m; j++) for (let k = 0, o = ctx[j]!; k < S; k++) fresh[at + k]! += w[o + k]!;
      }
      const shapes = memo.values;
      for (let k = 0; k < S; k++) acc[a + k]! += shapes[at + k]!;
    }
    const m = contextFeatures(ps, i, layout, ctx, 0, !windowed);
    for (let j = 0; j < m; j++) {
      const o = ctx[j]!;
      for (let k = 0; k < S; k++) acc[a + k]! += w[o + k]!;
    }
  }
  return acc;
}

/** The word's five feature groups summed, one row of `stride` each (memoised on the word: the memo is per model). */
function wordSums(x: WordInfo, w: Int16Array, S: number, cache: WordCache): Int32Array {
  if (x.sums) return x.sums;
  const s = cache.words.alloc(5 * S);
  addWordSums(x, w, S, s);
  x.sums = s;
  return s;
}
