// Beam decoding for models trained as structured perceptrons (structured.ts): the best-scoring tag sequence among
// the few histories the beam keeps, so a first word's tag can be chosen by the words after it.
import * as decode from "./decode.ts";
import type { DocFeatureFn, Scratch, Weights } from "./decode.ts";
import type { SentenceFeatures } from "./features.ts";
import type { RowLayout } from "./rows.ts";
import { NUM_TAGS as NUM_TAGS_IMPORT } from "./iob.ts";

// tsx and vitest compile imports into getter calls; the decoding loop uses local copies
const { allowed, dynamicFeatures, newScratch, scoreToken } = decode;
const NUM_TAGS: number = NUM_TAGS_IMPORT;

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
  sf: SentenceFeatures,
  sums: StaticSums,
  L: RowLayout,
  base: number,
  doc: DocFeatureFn | null,
  width: number,
  scratch: Scratch,
): Uint8Array {
  const n = sf.n;
  const out = new Uint8Array(n);
  const { extra, scores } = scratch;
  const { stat, stride } = sums;
  const docScores = new Float64Array(NUM_TAGS);
  // kept hypotheses: summed score, last two tags; candidates: the same plus the parent's place in the beam
  let bScore = new Float64Array(width);
  let bPrev = new Int32Array(width);
  let bPrev2 = new Int32Array(width);
  let bn = 1;
  let nScore = new Float64Array(width);
  let nPrev = new Int32Array(width);
  let nPrev2 = new Int32Array(width);
  const cap = width * NUM_TAGS;
  const cScore = new Float64Array(cap);
  const cPrev = new Int32Array(cap);
  const cPrev2 = new Int32Array(cap);
  const cBack = new Int32Array(cap);
  const taken = new Uint8Array(cap);
  // candidate index of each (tag, previous tag) state at the current token, -1 when none yet
  const slot = new Int32Array(NUM_TAGS * NUM_TAGS).fill(-1);
  // per token and kept hypothesis: its last tag and its parent's place in the token before
  const tagAt = new Uint8Array(n * width);
  const backAt = new Int32Array(n * width);
  for (let i = 0; i < n; i++) {
    // document features do not depend on earlier tags: summed once per token
    docScores.fill(0);
    const kd = doc ? doc(i, extra, 0) : 0;
    for (let j = 0; j < kd; j++) {
      const o = extra[j]! + base;
      for (let c = 0; c < NUM_TAGS; c++) docScores[c]! += w[o + c]!;
    }
    const a = i * stride + sums.base;
    let nc = 0;
    for (let h = 0; h < bn; h++) {
      const prev = bPrev[h]!;
      const k = dynamicFeatures(sf, i, prev, bPrev2[h]!, L, extra, 0);
      for (let c = 0; c < NUM_TAGS; c++) scores[c] = stat[a + c]! + docScores[c]!;
      for (let j = 0; j < k; j++) {
        const o = extra[j]! + base;
        for (let c = 0; c < NUM_TAGS; c++) scores[c]! += w[o + c]!;
      }
      for (let c = 0; c < NUM_TAGS; c++) {
        if (!allowed(prev, c)) continue;
        const s = bScore[h]! + scores[c]!;
        const st = c * NUM_TAGS + prev;
        const at = slot[st]!;
        if (at < 0) {
          slot[st] = nc;
          cScore[nc] = s;
          cPrev[nc] = c;
          cPrev2[nc] = prev;
          cBack[nc] = h;
          taken[nc] = 0;
          nc++;
        } else if (s > cScore[at]!) {
          cScore[at] = s;
          cBack[at] = h;
        }
      }
    }
    // the best `width` candidates; ties keep the earlier candidate (earlier history, lower class), as greedy does
    bn = Math.min(width, nc);
    for (let j = 0; j < bn; j++) {
      let best = -1;
      for (let x = 0; x < nc; x++) if (!taken[x] && (best < 0 || cScore[x]! > cScore[best]!)) best = x;
      taken[best] = 1;
      nScore[j] = cScore[best]!;
      nPrev[j] = cPrev[best]!;
      nPrev2[j] = cPrev2[best]!;
      tagAt[i * width + j] = cPrev[best]!;
      backAt[i * width + j] = cBack[best]!;
    }
    for (let x = 0; x < nc; x++) slot[cPrev[x]! * NUM_TAGS + cPrev2[x]!] = -1;
    [bScore, nScore] = [nScore, bScore];
    [bPrev, nPrev] = [nPrev, bPrev];
    [bPrev2, nPrev2] = [nPrev2, bPrev2];
  }
  for (let i = n - 1, j = 0; i >= 0; j = backAt[i * width + j]!, i--) out[i] = tagAt[i * width + j]!;
  return out;
}

/** Beam decoding with dense training weights (one row of 9 per feature): the static sums are computed here. */
export function decodeBeamDense(
  w: Weights,
  sf: SentenceFeatures,
  L: RowLayout,
  doc: DocFeatureFn | null,
  width: number,
  scratch: Scratch = newScratch(),
): Uint8Array {
  const stat = new Float64Array(sf.n * NUM_TAGS);
  for (let i = 0; i < sf.n; i++) {
    scoreToken(w, sf, i, scratch.extra, 0, scratch.scores);
    stat.set(scratch.scores, i * NUM_TAGS);
  }
  return decodeBeam(w, sf, { stat, stride: NUM_TAGS, base: 0 }, L, 0, doc, width, scratch);
}
