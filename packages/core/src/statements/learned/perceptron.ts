// Greedy left-to-right averaged perceptron over the attribution tags: scoring and decoding (training is perceptron-train.ts).
import { mix as mixImport } from "../../ner/hash.ts";
import type { SentenceFeats } from "./features.ts";
import type { RowIndex } from "./row-index.ts";
import { popcount as popcountImport } from "../../util/bit-ranks.ts";
import { stackFeatures } from "./stack.ts";
import type { WordClusters } from "./word-classes.ts";
import { allowed as allowedImport, NUM_ATTR_TAGS, roleOf as roleOfImport } from "./tags.ts";

// tsx and vitest compile imports into getter calls; the hot loops use local copies
const mix = mixImport;
const allowed = allowedImport;
const roleOf = roleOfImport;
const popcount = popcountImport;
const K: number = NUM_ATTR_TAGS;
// denseRow(), staticScores() and addDynamic() sum the classes in seven named locals
if (K !== 7)
  throw new Error("newsgraph/statements: the scores in perceptron.ts sum 7 tags; update them to the tag set");
// why greedy: a first-order Viterbi decoder without the seen-roles features below scored 1.4 F1 lower in train CV
/** dynamic templates: they read the tags already decoded in the sentence */
const D = { Prev: 2001, Prev2: 2002, PrevW: 2003, Seen: 2004, SeenW: 2005 } as const;
export const MAX_DYN = 5;

/**
 * Weights: dense rows of K while training. A shipped model keeps only some rows: `index` marks them as bits, one per
 * hashed row, beside a count of the marked rows before each 32-row word, so a row's place is count + popcount — 128 KB
 * instead of a 2 MB offset table, which the tagger's random lookups keep in cache (it runs next to the NER model).
 */
export interface Weights {
  mask: number;
  w: Float32Array | Int16Array;
  index: RowIndex | null;
  /** weight units per trained unit (Int16 quantisation scales the weights), so margins compare across both */
  scale: number;
  /**
   * values per row of `w` (absent: K = 7, dense). A shipped model pads its rows to 8 when it is read, so a row is one
   * aligned 16-byte block and never straddles two cache lines; the eighth value is zero and never read.
   */
  stride?: number;
  /** words that were cues in the training data: a sentence without a free one is not tagged (absent: every sentence) */
  cueWords?: ReadonlySet<string> | null;
  /** the word clusters its features read (the NER model's, joined when the model is read; absent: none) */
  clusters?: WordClusters | null;
  /** the second pass (stack.ts): decodes again with the first pass's tags as features (absent: one pass) */
  stack?: Weights | null;
}

/** Which roles appeared earlier in the sentence (bit 1 cue, 2 source, 4 content): a second cue rarely comes without a content. */
export function seenBit(tag: number): number {
  const r = roleOf(tag);
  return r === "cue" ? 1 : r === "source" ? 2 : r === "content" ? 4 : 0;
}

export function dynamic(
  sf: SentenceFeats,
  i: number,
  prev: number,
  prev2: number,
  seen: number,
  out: Uint32Array,
): number {
  const w = sf.feats[sf.off[i]! + 1]!;
  out[0] = mix(D.Prev, prev);
  out[1] = mix(D.Prev2, prev, prev2);
  out[2] = mix(D.PrevW, prev, w);
  out[3] = mix(D.Seen, seen, prev);
  out[4] = mix(D.SeenW, seen, w);
  return MAX_DYN;
}

/**
 * Training's class scores of token i: static features plus `dyn`, on dense weights (training updates them between
 * tokens, so it cannot sum a sentence's static features ahead as decoding does). It adds the same values in the same
 * order as decoding (`denseRow`, then `addDynamic`), so both give the same scores.
 */
export function score(
  W: Weights,
  sf: SentenceFeats,
  i: number,
  dyn: Uint32Array,
  nd: number,
  scores: Float64Array,
): void {
  denseRow(W, sf.feats, sf.off[i]!, sf.off[i + 1]!, scores, 0);
  addDynamic(W, scores, 0, dyn, nd, scores);
}

export function best(scores: Float64Array, prev: number): number {
  let b = 0;
  for (let k = 1; k < K; k++) if (allowed(prev, k) && scores[k]! > scores[b]!) b = k;
  return b;
}

/**
 * Decoding's scratch rows for sentences of up to `longest` tokens, made once per document: typed arrays of more than
 * 64 bytes each own a backing store, which costs more to make and collect than a short sentence's decoding.
 */
export interface DecodeScratch {
  /** K static sums per token (staticScores) */
  fixed: Float64Array;
  dyn: Uint32Array;
  scores: Float64Array;
  /** each static feature's row offset in a shipped model's weights (staticScores; grown when a sentence needs more) */
  rows: Int32Array;
}

export function decodeScratch(longest: number): DecodeScratch {
  return {
    fixed: new Float64Array(longest * K),
    dyn: new Uint32Array(MAX_DYN),
    scores: new Float64Array(K),
    rows: new Int32Array(longest * ROWS_PER_TOKEN),
  };
}
/** static features per token the row scratch is first made for (features.ts writes 56, a stacked pass 12 more) */
const ROWS_PER_TOKEN = 68;

/**
 * Tags of one sentence, by the second pass when the model has one (stack.ts); `margins` as decodeOnce's, `scratch`
 * for a sentence of its length at least (absent: made for it).
 */
export function decodeSentence(
  W: Weights,
  sf: SentenceFeats,
  margins?: Float64Array,
  scratch = decodeScratch(sf.off.length - 1),
): Uint8Array {
  const first = decodeOnce(W, sf, margins, scratch);
  // a sentence the first pass leaves untagged keeps its tags: the second pass costs as much again
  if (!W.stack || !first.some((t) => t !== 0)) return first;
  return decodeOnce(W.stack, stackFeatures(sf, first), margins, scratch);
}

/** Tags of one sentence; `margins` (optional) receives each token's winning score minus the runner-up's. */
export function decodeOnce(
  W: Weights,
  sf: SentenceFeats,
  margins?: Float64Array,
  scratch = decodeScratch(sf.off.length - 1),
): Uint8Array {
  const n = sf.off.length - 1;
  const tags = new Uint8Array(n);
  const { fixed, dyn, scores } = scratch;
  staticScores(W, sf, fixed, scratch);
  let prev = 0;
  let prev2 = 0;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const nd = dynamic(sf, i, prev, prev2, seen, dyn);
    addDynamic(W, fixed, i, dyn, nd, scores);
    const t = best(scores, prev);
    tags[i] = t;
    if (margins) {
      let second = -Infinity;
      for (let k = 0; k < K; k++) if (k !== t && allowed(prev, k) && scores[k]! > second) second = scores[k]!;
      margins[i] = scores[t]! - second;
    }
    prev2 = prev;
    prev = t;
    seen |= seenBit(t);
  }
  return tags;
}

/**
 * Each token's class sums over its static features (K per token), before decoding: they do not depend on the tags, so
 * their weight fetches (most of them cache misses) no longer wait behind the previous token's tag, and a shipped
 * model's missing rows read its zero row (`index.zero`) instead of branching, which the processor mispredicted about
 * as often as not. The sums add the same values in the same order as `score` (plus zeros), so the scores are equal.
 * Every feature's row offset is found first (the row index is small and mostly cached), then the rows are summed: a
 * loop of loads and adds alone lets the processor have many more of the rows' cache misses under way at once than
 * one that also walks the index between them.
 */
function staticScores(W: Weights, sf: SentenceFeats, out: Float64Array, scratch: DecodeScratch): void {
  const n = sf.off.length - 1;
  const { w, index, mask } = W;
  const feats = sf.feats;
  const off = sf.off;
  if (!index) {
    for (let i = 0; i < n; i++) denseRow(W, feats, off[i]!, off[i + 1]!, out, i * K);
    return;
  }
  const R = W.stride ?? K;
  const { words, zero } = index;
  const from = off[0]!;
  const to = off[n]!;
  if (scratch.rows.length < to - from) scratch.rows = new Int32Array(to - from);
  const rows = scratch.rows;
  for (let j = from; j < to; j++) {
    const h = feats[j]! & mask;
    const x = (h >>> 5) << 1;
    const word = words[x]!;
    const at = h & 31;
    // -1 (every bit) when the row is kept, else 0: a missing row's offset becomes the zero row's
    const kept = -((word >>> at) & 1);
    rows[j - from] = zero + (((words[x + 1]! + popcount(word & ((1 << at) - 1))) * R - zero) & kept);
  }
  for (let i = 0; i < n; i++) {
    const end = off[i + 1]! - from;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0;
    for (let j = off[i]! - from; j < end; j++) {
      const o = rows[j]!;
      s0 += w[o]!;
      s1 += w[o + 1]!;
      s2 += w[o + 2]!;
      s3 += w[o + 3]!;
      s4 += w[o + 4]!;
      s5 += w[o + 5]!;
      s6 += w[o + 6]!;
    }
    const o = i * K;
    out[o] = s0;
    out[o + 1] = s1;
    out[o + 2] = s2;
    out[o + 3] = s3;
    out[o + 4] = s4;
    out[o + 5] = s5;
    out[o + 6] = s6;
  }
}

/** One token's class sums over `feats[from .. end)` on dense weights (a model in training), into `out[o .. o + K)`. */
function denseRow(W: Weights, feats: Uint32Array, from: number, end: number, out: Float64Array, o: number): void {
  const { w, mask } = W;
  const R = W.stride ?? K;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0;
  for (let j = from; j < end; j++) {
    const r = (feats[j]! & mask) * R;
    s0 += w[r]!;
    s1 += w[r + 1]!;
    s2 += w[r + 2]!;
    s3 += w[r + 3]!;
    s4 += w[r + 4]!;
    s5 += w[r + 5]!;
    s6 += w[r + 6]!;
  }
  out[o] = s0;
  out[o + 1] = s1;
  out[o + 2] = s2;
  out[o + 3] = s3;
  out[o + 4] = s4;
  out[o + 5] = s5;
  out[o + 6] = s6;
}

/** `score` from the static sums: token i's row of `fixed` plus the dynamic features, in that order. */
function addDynamic(
  W: Weights,
  fixed: Float64Array,
  i: number,
  dyn: Uint32Array,
  nd: number,
  scores: Float64Array,
): void {
  const { w, index, mask } = W;
  const R = W.stride ?? K;
  const f = i * K;
  let s0 = fixed[f]!,
    s1 = fixed[f + 1]!,
    s2 = fixed[f + 2]!,
    s3 = fixed[f + 3]!,
    s4 = fixed[f + 4]!,
    s5 = fixed[f + 5]!,
    s6 = fixed[f + 6]!;
  for (let j = 0; j < nd; j++) {
    const h = dyn[j]! & mask;
    let o = h * R;
    if (index) {
      const x = (h >>> 5) << 1;
      const word = index.words[x]!;
      const bit = 1 << (h & 31);
      if (!(word & bit)) continue;
      o = (index.words[x + 1]! + popcount(word & (bit - 1))) * R;
    }
    s0 += w[o]!;
    s1 += w[o + 1]!;
    s2 += w[o + 2]!;
    s3 += w[o + 3]!;
    s4 += w[o + 4]!;
    s5 += w[o + 5]!;
    s6 += w[o + 6]!;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
}
