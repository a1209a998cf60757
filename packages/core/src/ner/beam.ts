// Beam decoding for models trained as structured perceptrons (structured.ts): the best-scoring tag sequence among
// the few histories the beam keeps, so a first word's tag can be chosen by the words after it.
import * as decode from "./decode.ts";
import type { DocFeatureFn, Scratch, Weights } from "./decode.ts";
import type { SentenceFeatures, SentenceWords } from "./features.ts";
import type { RowLayout } from "./rows.ts";
import { NUM_TAGS as NUM_TAGS_IMPORT } from "./iob.ts";
import type { BeamBuffers } from "./beam-buffers.ts";

export { newBeamBuffers, type BeamBuffers } from "./beam-buffers.ts";

// tsx and vitest compile imports into getter calls; the decoding loop uses local copies
const { allowed, newScratch, scoreToken } = decode;
const NUM_TAGS: number = NUM_TAGS_IMPORT;

/** the classes allowed after each class, in ascending order (IOB2): FOLLOW[FOLLOW_AT[p] .. FOLLOW_AT[p + 1]) */
const FOLLOW_AT = new Int32Array(NUM_TAGS + 1);
const FOLLOW = new Int32Array(NUM_TAGS * NUM_TAGS);
for (let p = 0, k = 0; p < NUM_TAGS; p++, FOLLOW_AT[p] = k)
  for (let c = 0; c < NUM_TAGS; c++) if (allowed(p, c)) FOLLOW[k++] = c;

/** Static score sums of a sentence: class c of token i at stat[i * stride + base + c]. */
export interface StaticSums {
  stat: Int32Array | Float64Array;
  stride: number;
  base: number;
}

/**
 * Highest summed score among the kept histories. Histories that end in the same two tags score the rest of the
 * sentence alike (tag features look back two tags), so only the best of them is kept. Typed arrays, no objects:
 * this runs for every token the tagger sees.
 */
export function decodeBeam(
  w: Weights,
  sf: SentenceWords,
  sums: StaticSums,
  L: RowLayout,
  base: number,
  doc: DocFeatureFn | null,
  B: BeamBuffers,
  scratch: Scratch,
): Uint8Array {
  const n = sf.n;
  const out = new Uint8Array(n);
  const { extra } = scratch;
  const { stat, stride } = sums;
  const width = B.width;
  if (B.tagAt.length < n * width) {
    B.tagAt = new Uint8Array(2 * n * width);
    B.backAt = new Int32Array(2 * n * width);
  }
  const { docScores, cScore, cPrev, cPrev2, cBack, top, slot, tagAt, backAt, prevPart, prevStamp, trans, transStamp } =
    B;
  if (B.transW !== w || B.transBase !== base) {
    B.transW = w;
    B.transBase = base;
    B.transEpoch++;
  }
  const epoch = B.transEpoch;
  // kept hypotheses: summed score, last two tags (swapped with the next token's each step)
  let { bScore, bPrev, bPrev2, nScore, nPrev, nPrev2 } = B;
  bScore[0] = 0;
  bPrev[0] = 0;
  bPrev2[0] = 0;
  let bn = 1;
  for (let i = 0; i < n; i++) {
    // document features do not depend on earlier tags: summed once per token
    const a = i * stride + sums.base;
    for (let c = 0; c < NUM_TAGS; c++) docScores[c] = stat[a + c]!;
    const kd = doc ? doc(i, extra, 0) : 0;
    for (let j = 0; j < kd; j++) {
      const o = extra[j]! + base;
      for (let c = 0; c < NUM_TAGS; c++) docScores[c]! += w[o + c]!;
    }
    const stamp = ++B.stamp;
    let nc = 0;
    for (let h = 0; h < bn; h++) {
      const prev = bPrev[h]!;
      // the tag features (as in dynamicFeatures): two depend on the word and the previous tag, so histories that
      // share it share their sum; two depend on the previous two tags alone, a table made once per weights and pass
      const pp = prev * NUM_TAGS;
      if (prevStamp[prev] !== stamp) {
        prevStamp[prev] = stamp;
        // only the classes allowed after `prev` are ever read
        const o1 = sf.tagRows[sf.tagAt[i]! + prev]! + base;
        const o2 = sf.tagRows[sf.tagAt[i]! + 9 + prev]! + base;
        for (let j = FOLLOW_AT[prev]!, end = FOLLOW_AT[prev + 1]!; j < end; j++) {
          const c = FOLLOW[j]!;
          let v = docScores[c]!;
          if (o1 >= base) v += w[o1 + c]!;
          if (o2 >= base) v += w[o2 + c]!;
          prevPart[pp + c] = v;
        }
      }
      const t2 = pp + bPrev2[h]!;
      if (transStamp[t2] !== epoch) fillTransition(B, w, L, base, prev, bPrev2[h]!);
      const hs = bScore[h]!;
      const q = t2 * NUM_TAGS;
      for (let j = FOLLOW_AT[prev]!, end = FOLLOW_AT[prev + 1]!; j < end; j++) {
        const c = FOLLOW[j]!;
        const s = hs + prevPart[pp + c]! + trans[q + c]!;
        const st = c * NUM_TAGS + prev;
        const at = slot[st]!;
        if (at < 0) {
          slot[st] = nc;
          cScore[nc] = s;
          cPrev[nc] = c;
          cPrev2[nc] = prev;
          cBack[nc] = h;
          nc++;
        } else if (s > cScore[at]!) {
          cScore[at] = s;
          cBack[at] = h;
        }
      }
    }
    // the best `width` candidates in one sweep, kept sorted in `top`; a candidate enters only when strictly
    // better, so ties keep the earlier candidate (earlier history, lower class), as greedy decoding does
    let kept = 0;
    for (let x = 0; x < nc; x++) {
      const sx = cScore[x]!;
      if (kept === width && sx <= cScore[top[kept - 1]!]!) continue;
      let at = kept < width ? kept++ : kept - 1;
      while (at > 0 && cScore[top[at - 1]!]! < sx) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = x;
    }
    bn = kept;
    for (let j = 0; j < bn; j++) {
      const best = top[j]!;
      nScore[j] = cScore[best]!;
      nPrev[j] = cPrev[best]!;
      nPrev2[j] = cPrev2[best]!;
      tagAt[i * width + j] = cPrev[best]!;
      backAt[i * width + j] = cBack[best]!;
    }
    for (let x = 0; x < nc; x++) slot[cPrev[x]! * NUM_TAGS + cPrev2[x]!] = -1;
    const ts = bScore;
    bScore = nScore;
    nScore = ts;
    const tp = bPrev;
    bPrev = nPrev;
    nPrev = tp;
    const tp2 = bPrev2;
    bPrev2 = nPrev2;
    nPrev2 = tp2;
  }
  for (let i = n - 1, j = 0; i >= 0; j = backAt[i * width + j]!, i--) out[i] = tagAt[i * width + j]!;
  return out;
}

/** The (previous tag) and (previous tag, tag before it) feature weights of one pass, summed into B.trans. */
function fillTransition(B: BeamBuffers, w: Weights, L: RowLayout, base: number, prev: number, prev2: number): void {
  const t2 = prev * NUM_TAGS + prev2;
  const q = t2 * NUM_TAGS;
  const { trans } = B;
  for (let c = 0; c < NUM_TAGS; c++) trans[q + c] = 0;
  let o = L.prevRows[prev]!;
  if (o >= 0) for (let c = 0; c < NUM_TAGS; c++) trans[q + c]! += w[o + base + c]!;
  o = L.prevRows[9 + t2]!;
  if (o >= 0) for (let c = 0; c < NUM_TAGS; c++) trans[q + c]! += w[o + base + c]!;
  B.transStamp[t2] = B.transEpoch;
}

/** Beam decoding with dense training weights (one row of 9 per feature): the static sums are computed here. */
export function decodeBeamDense(
  w: Weights,
  sf: SentenceFeatures,
  L: RowLayout,
  doc: DocFeatureFn | null,
  buffers: BeamBuffers,
  scratch: Scratch = newScratch(),
): Uint8Array {
  const stat = new Float64Array(sf.n * NUM_TAGS);
  for (let i = 0; i < sf.n; i++) {
    scoreToken(w, sf, i, scratch.extra, 0, scratch.scores);
    stat.set(scratch.scores, i * NUM_TAGS);
  }
  // training changes the weights in place between calls, so the transition table is made afresh
  buffers.transW = null;
  return decodeBeam(w, sf, { stat, stride: NUM_TAGS, base: 0 }, L, 0, doc, buffers, scratch);
}
