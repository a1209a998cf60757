// The shipped attribution model: Int16 weights of the non-zero hashed rows, in one binary blob that parses without Node APIs.
import { z } from "zod";
import { decodeRowIndex, encodeSparseRows, int16View, quantise } from "../../ner/model.ts";
import type { TaggerOptions } from "./learned.ts";
import { ATTR_FEATURE_VERSION } from "./features.ts";
import type { Weights } from "./perceptron.ts";
import { rowIndex } from "./row-index.ts";
import { NUM_ATTR_TAGS } from "./tags.ts";
import type { WordClusters } from "./word-classes.ts";
import { stringList } from "../model-json.ts";

const MAGIC = "NGATTR1";
const K = NUM_ATTR_TAGS;
/** values per row of the weights in memory (K padded to a power of two) */
const ROW = 8;

/** The header: the weights' layout, and the tagger's decision settings chosen by cross-validation (TaggerOptions). */
const Header = z.looseObject({
  bits: z.number().int().min(1).max(30),
  scale: z.number(),
  featureVersion: z.number(),
  // -Infinity (no margin) is written as null by JSON.stringify
  minMargin: z.number().nullable().optional(),
  requireSource: z.boolean().optional(),
  scareWords: z.number().optional(),
  // the gate's vocabulary: words that started a cue often enough in train (learned/gate.ts)
  cueWords: stringList().optional(),
  // how many words the clusters it was trained with hold (absent: trained without clusters)
  clusterWords: z.number().int().optional(),
  // the second pass's weight scale (stack.ts; absent: the model has one pass)
  stackScale: z.number().optional(),
});

export interface AttributionModel extends Weights {
  meta: TaggerOptions & Record<string, unknown>;
}

/**
 * Keep the `keep` rows with the largest weight (by their largest class weight) and zero the others: most hashed rows hold
 * rare words and pairs with tiny weights, and dropping them makes the file small and the tagger's lookups cache-friendly.
 */
export function pruneRows(w: Float32Array, keep: number): Float32Array {
  const n = w.length / K;
  const top = new Float32Array(n);
  for (let r = 0; r < n; r++) for (let k = 0; k < K; k++) top[r] = Math.max(top[r]!, Math.abs(w[r * K + k]!));
  const nonZero = Array.from(top)
    .filter((x) => x > 0)
    .sort((a, b) => b - a);
  if (nonZero.length <= keep) return w;
  const cut = nonZero[keep]!;
  const out = new Float32Array(w);
  for (let r = 0; r < n; r++) if (top[r]! <= cut) out.fill(0, r * K, (r + 1) * K);
  return out;
}

/** The scale quantise() gives weights: Int16 units per trained unit. */
function scaleOf(w: Float32Array): number {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  return max > 0 ? 32767 / max : 1;
}

/**
 * magic, u32 length + JSON header, u32 length + varint-delta row list, u32 length + Int16 weights (K per row); a
 * stacked model (stack.ts) then has the second pass's row list and weights, its scale in the header.
 */
export function serializeAttributionModel(
  w: Float32Array,
  bits: number,
  meta: Record<string, unknown>,
  stack: Float32Array | null = null,
): Uint8Array {
  const { index, values } = encodeSparseRows(quantise(w), K);
  const second = stack ? encodeSparseRows(quantise(stack), K) : null;
  const enc = new TextEncoder();
  const parts = [enc.encode(MAGIC)];
  const header = {
    ...meta,
    bits,
    scale: scaleOf(w),
    featureVersion: ATTR_FEATURE_VERSION,
    ...(stack ? { stackScale: scaleOf(stack) } : {}),
  };
  for (const b of [
    enc.encode(JSON.stringify(header)),
    index,
    values,
    ...(second ? [second.index, second.values] : []),
  ]) {
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, b.length, true);
    parts.push(len, b);
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Parse an uncompressed model blob (Node or browser). `clusters`: the NER model's word clusters, which the tagger's
 * features read; they must be the ones it was trained with.
 */
export function parseAttributionModel(bytes: Uint8Array, clusters: WordClusters | null = null): AttributionModel {
  const dec = new TextDecoder();
  const fix = "run pnpm train:attribution";
  if (dec.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    throw new Error(`newsgraph/statements: not an attribution model (bad magic); decompress it first or ${fix}`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = MAGIC.length;
  const next = (): Uint8Array => {
    const len = o + 4 <= bytes.length ? dv.getUint32(o, true) : -1;
    if (len < 0 || o + 4 + len > bytes.length)
      throw new Error(`newsgraph/statements: attribution model is truncated; ${fix}`);
    const b = bytes.subarray(o + 4, o + 4 + len);
    o += 4 + len;
    return b;
  };
  const header = Header.safeParse(JSON.parse(dec.decode(next())));
  if (!header.success)
    throw new Error(`newsgraph/statements: attribution model header is invalid (${header.error.message}); ${fix}`);
  const { minMargin, ...rest } = header.data;
  const meta = { ...rest, ...(minMargin !== null && minMargin !== undefined ? { minMargin } : {}) };
  if (meta.featureVersion !== ATTR_FEATURE_VERSION) {
    throw new Error(
      `newsgraph/statements: attribution model has feature version ${meta.featureVersion}, code expects ${ATTR_FEATURE_VERSION}; ${fix}`,
    );
  }
  const have = clusters?.clusterIndex.size ?? 0;
  if ((meta.clusterWords ?? 0) !== have)
    throw new Error(
      `newsgraph/statements: attribution model was trained with ${meta.clusterWords ?? 0} cluster words, the NER model gives ${have}; pass the NER model's lexicon (resourcesFromBytes does) or ${fix}`,
    );
  const readWeights = (scale: number): Weights => {
    const rows = decodeRowIndex(next());
    const vals = int16View(next());
    const lastRow = rows.length ? rows[rows.length - 1]! : 0;
    if (rows.length * K !== vals.length || lastRow >= 1 << meta.bits)
      throw new Error(`newsgraph/statements: attribution model rows and weights disagree; ${fix}`);
    // rows padded from K to 8 values (see Weights.stride): one aligned 16-byte block each; a row of zeros after them,
    // which decoding reads for a row the model lacks (RowIndex.zero)
    const w = new Int16Array((rows.length + 1) * ROW);
    for (let r = 0; r < rows.length; r++) for (let k = 0; k < K; k++) w[r * ROW + k] = vals[r * K + k]!;
    return { mask: (1 << meta.bits) - 1, w, stride: ROW, index: rowIndex(rows, meta.bits, ROW), scale };
  };
  const first = readWeights(meta.scale);
  const stack = meta.stackScale !== undefined ? readWeights(meta.stackScale) : null;
  const cueWords = meta.cueWords ? new Set(meta.cueWords) : null;
  return { ...first, stack, meta, cueWords, clusters: clusters && have ? clusters : null };
}
