// Greedy left-to-right decoding with previous-tag features, and the document features of the second pass.
import { mix as mixImport } from "./hash.ts";
import * as rows from "./rows.ts";
import type { RowLayout } from "./rows.ts";
import { D as DImport } from "./templates.ts";
import { NUM_TAGS as NUM_TAGS_IMPORT } from "./iob.ts";
import type { SentenceFeatures, SentenceWords } from "./features.ts";
import { CUE_COUNT, documentCues } from "./cues.ts";
import { aggregateContexts } from "./aggregate.ts";
import { mapPacked } from "../util/arrays.ts";

// tsx and vitest compile imports into getter calls; hot paths use a local copy
const mix = mixImport;
const { rowOf, DOC_MAJ, DOC_MAJM1, DOC_MAJP1, DOC_P1, DOC_P1CTX } = rows;
const D = DImport;
const NUM_TAGS: number = NUM_TAGS_IMPORT;

/** max tag-dependent + document features per token */
export const MAX_EXTRA = 64;

/** Weights: rows × NUM_TAGS, any numeric typed array (Float32 while training, Int16 when shipped). */
export type Weights = Float32Array | Int16Array;

/** I-X may follow only B-X or I-X (IOB2). Class 1 + 2k is B of type k, 2 + 2k is I. */
export function allowed(prev: number, c: number): boolean {
  return c === 0 || (c & 1) === 1 || prev === c || prev === c - 1;
}

/** Document features of one token, computed from first-pass tags; filled into `out`, returns the count. */
export type DocFeatureFn = (i: number, out: Int32Array, start: number) => number;

/** Tag-dependent features for token i given the previous two predicted tags. */
export function dynamicFeatures(
  sf: SentenceWords,
  i: number,
  prev: number,
  prev2: number,
  L: RowLayout,
  out: Int32Array,
  start: number,
): number {
  let p = start;
  // all four are looked up in tables built once per word and per model, not hashed here
  let o = L.prevRows[prev]!;
  if (o >= 0) out[p++] = o;
  o = L.prevRows[9 + prev * 9 + prev2]!;
  if (o >= 0) out[p++] = o;
  const at = sf.tagAt[i]!;
  o = sf.tagRows[at + prev]!;
  if (o >= 0) out[p++] = o;
  o = sf.tagRows[at + 9 + prev]!;
  if (o >= 0) out[p++] = o;
  return p - start;
}

/**
 * Score all classes for token i: static features plus `extra[0..nExtra)`. Writes into `scores`.
 * Unrolled over the 9 classes because this loop is the tagger's hot path.
 */
export function scoreToken(
  w: Weights,
  sf: SentenceFeatures,
  i: number,
  extra: Int32Array,
  nExtra: number,
  scores: Float64Array,
): void {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
  const f = sf.feats;
  const end = sf.off[i + 1]!;
  for (let j = sf.off[i]!; j < end + nExtra; j++) {
    const o = j < end ? f[j]! : extra[j - end]!;
    s0 += w[o]!;
    s1 += w[o + 1]!;
    s2 += w[o + 2]!;
    s3 += w[o + 3]!;
    s4 += w[o + 4]!;
    s5 += w[o + 5]!;
    s6 += w[o + 6]!;
    s7 += w[o + 7]!;
    s8 += w[o + 8]!;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
  scores[7] = s7;
  scores[8] = s8;
}

/** Best allowed class given the previous class. */
export function argmaxAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bs = scores[0]!;
  for (let c = 1; c < NUM_TAGS; c++)
    if (scores[c]! > bs && allowed(prev, c)) {
      bs = scores[c]!;
      best = c;
    }
  return best;
}

/** Greedy decode of one sentence; `doc` adds second-pass features. Returns class indices. (Training layout.) */
export function decodeSentence(
  w: Weights,
  sf: SentenceFeatures,
  L: RowLayout,
  doc: DocFeatureFn | null,
  out = new Uint8Array(sf.n),
): Uint8Array {
  const extra = new Int32Array(MAX_EXTRA);
  const scores = new Float64Array(NUM_TAGS);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sf.n; i++) {
    let k = dynamicFeatures(sf, i, prev, prev2, L, extra, 0);
    if (doc) k += doc(i, extra, k);
    scoreToken(w, sf, i, extra, k, scores);
    const c = argmaxAllowed(scores, prev);
    out[i] = c;
    prev2 = prev;
    prev = c;
  }
  return out;
}

/** Reusable buffers for decoding, so a document allocates them once. */
export interface Scratch {
  extra: Int32Array;
  scores: Float64Array;
}

export function newScratch(): Scratch {
  return { extra: new Int32Array(MAX_EXTRA), scores: new Float64Array(NUM_TAGS) };
}

/** Greedy decode with precomputed static sums; `base` selects the pass inside each weight row. */
export function decodeFast(
  w: Int16Array,
  sf: SentenceWords,
  stat: Int32Array,
  L: RowLayout,
  base: number,
  doc: DocFeatureFn | null,
  scratch: Scratch = newScratch(),
): Uint8Array {
  const stride = L.stride;
  const out = new Uint8Array(sf.n);
  const { extra, scores } = scratch;
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sf.n; i++) {
    let k = dynamicFeatures(sf, i, prev, prev2, L, extra, 0);
    if (doc) k += doc(i, extra, k);
    const a = i * stride + base;
    for (let c = 0; c < NUM_TAGS; c++) scores[c] = stat[a + c]!;
    for (let j = 0; j < k; j++) {
      const o = extra[j]! + base;
      for (let c = 0; c < NUM_TAGS; c++) scores[c]! += w[o + c]!;
    }
    const c = argmaxAllowed(scores, prev);
    out[i] = c;
    prev2 = prev;
    prev = c;
  }
  return out;
}

/** Entity type of a class index: 0 = outside, 1..4 = PER, ORG, LOC, MISC. */
export function typeOf(c: number): number {
  return c === 0 ? 0 : (c + 1) >> 1;
}

/** Per document key: how often its tokens were tagged O, PER, ORG, LOC, MISC (index = typeOf). */
export function typeCounts(
  sents: readonly SentenceWords[],
  tags: readonly Uint8Array[],
  key: "docKey" | "consKey",
): Map<number, Int32Array> {
  const counts = new Map<number, Int32Array>();
  sents.forEach((sf, s) => {
    const keys = sf[key];
    for (let i = 0; i < sf.n; i++) {
      const k = keys[i]!;
      if (!k) continue;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Int32Array(5)));
      c[typeOf(tags[s]![i]!)]!++;
    }
  });
  return counts;
}

/**
 * Build the second-pass feature function for a document from first-pass tags. For each name-like token
 * the majority first-pass type of its OTHER occurrences in the document is a feature (document consistency).
 */
export function documentFeatures(
  sents: readonly SentenceWords[],
  pass1: readonly Uint8Array[],
  L: RowLayout,
): DocFeatureFn[] {
  const counts = typeCounts(sents, pass1, "docKey");
  const cues = documentCues(sents);
  const agg = aggregateContexts(sents, L);
  // one row per cue bit, and one for the whole mask (which cues occur together)
  const cueRows = Array.from({ length: CUE_COUNT }, (_, b) => rowOf(mix(D.Cue, b), L));
  const majority = (key: number, own: number): number => {
    const c = key ? counts.get(key) : undefined;
    if (!c) return -1;
    let total = 0;
    let best = -1;
    let bc = 0;
    for (let t = 0; t < 5; t++) {
      const v = c[t]! - (t === own ? 1 : 0);
      total += v;
      if (v > bc) {
        bc = v;
        best = t;
      }
    }
    if (total === 0) return -1;
    return best * 4 + (bc === total ? 1 : 0) + (total > 2 ? 2 : 0);
  };
  // every sentence's majority row is a view into one buffer: a typed array over 64 bytes is a backing store of its
  // own, which the collector frees one by one
  let total = 0;
  for (const sf of sents) total += sf.n;
  const majAll = new Int32Array(total);
  let at = 0;
  return mapPacked(sents, (sf, s) => {
    const tags = pass1[s]!;
    const maj = majAll.subarray(at, (at += sf.n));
    for (let i = 0; i < sf.n; i++) maj[i] = majority(sf.docKey[i]!, typeOf(tags[i]!));
    const docRows = L.docRows;
    return (i, out, start) => {
      let p = start;
      const m = maj[i]!;
      let o = docRows[DOC_P1 + tags[i]!]!;
      if (o >= 0) out[p++] = o;
      o = docRows[DOC_P1CTX + (i > 0 ? tags[i - 1]! : 9) * 10 + (i + 1 < sf.n ? tags[i + 1]! : 9)]!;
      if (o >= 0) out[p++] = o;
      if (m >= 0) {
        o = docRows[DOC_MAJ + m]!;
        if (o >= 0) out[p++] = o;
        o = rowOf(mix(D.MajL, m, sf.shape[i]), L);
        if (o >= 0) out[p++] = o;
      }
      const dk = sf.docKey[i]!;
      // cues and aggregated contexts exist only for names: other tokens skip both lookups
      if (dk) {
        const cm = cues.get(dk) ?? 0;
        if (cm) {
          for (let b = 0; b < CUE_COUNT; b++) if (cm & (1 << b) && (o = cueRows[b]!) >= 0) out[p++] = o;
          if ((o = rowOf(mix(D.CueMask, cm, sf.shape[i]), L)) >= 0) out[p++] = o;
        }
        const ag = agg.get(dk);
        if (ag) for (let j = 0; j < ag.length; j++) out[p++] = ag[j]!;
      }
      if (i > 0 && maj[i - 1]! >= 0 && (o = docRows[DOC_MAJM1 + maj[i - 1]!]!) >= 0) out[p++] = o;
      if (i + 1 < sf.n && maj[i + 1]! >= 0 && (o = docRows[DOC_MAJP1 + maj[i + 1]!]!) >= 0) out[p++] = o;
      return p - start;
    };
  });
}
