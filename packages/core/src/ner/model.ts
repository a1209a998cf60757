// The shipped NER model: quantised weights plus its lexicon, in one binary blob that parses without Node APIs.
import { parseClusters, parseGazetteer, type NerLexicon } from "./lexicon.ts";
import { FEATURE_VERSION, newWordCache, type WordCache } from "./features.ts";
import { NUM_TAGS } from "./iob.ts";
import { makeLayout, offsetOf, type RowLayout } from "./rows.ts";
import { keptRows, rankRows } from "../util/bit-ranks.ts";

export interface NerModel {
  bits: number;
  /** number of passes: 1 sentence-level, 2 adds document features from the first pass */
  passes: number;
  /**
   * Compact interleaved weights: only rows with a non-zero weight are kept (about a tenth of 2^bits); each holds
   * pass 1's 9 class weights, then pass 2's (stride = 9 × passes). `layout.ranks` says where a hashed row lies.
   */
  weights: Int16Array;
  layout: RowLayout;
  lexicon: NerLexicon;
  /** decoding beam width the model was trained for: 1 = greedy (models without the field), see beam.ts */
  beam: number;
  meta: Record<string, unknown>;
  /** memo of per-word features; a speed-up only, tagging results never depend on it */
  cache: WordCache;
}

const MAGIC = "NGNER1";

/** Quantise float weights to Int16 with one scale per table (argmax is unchanged by scaling). */
export function quantise(w: Float32Array): Int16Array {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max > 0 ? 32767 / max : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! * scale);
  return q;
}

/**
 * Zero every row whose 9 class weights are all within ±threshold (in place; returns how many rows were cleared). Averaging
 * several shuffles leaves many rows with tiny weights; each costs a memory fetch per token while hardly moving the argmax.
 */
export function pruneRows(q: Int16Array, threshold: number): number {
  let cleared = 0;
  for (let r = 0; r < q.length; r += NUM_TAGS) {
    let max = 0;
    for (let k = 0; k < NUM_TAGS; k++) max = Math.max(max, Math.abs(q[r + k]!));
    if (max === 0 || max > threshold) continue;
    q.fill(0, r, r + NUM_TAGS);
    cleared++;
  }
  return cleared;
}

/**
 * Layout: magic, u32 header length, JSON header, then sections each prefixed by a u32 length:
 * cluster text, gazetteer text, and per pass the varint-delta row list followed by Int16 weights of those rows.
 */
export function serializeModel(m: {
  bits: number;
  passes: Int16Array[];
  clusters: string;
  gazetteer: string;
  meta: Record<string, unknown>;
}): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [enc.encode(MAGIC)];
  const section = (b: Uint8Array) => {
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, b.length, true);
    parts.push(len, b);
  };
  section(
    enc.encode(JSON.stringify({ ...m.meta, bits: m.bits, passes: m.passes.length, featureVersion: FEATURE_VERSION })),
  );
  section(enc.encode(m.clusters));
  section(enc.encode(m.gazetteer));
  for (const w of m.passes) {
    const { index, values } = encodeSparseRows(w, NUM_TAGS);
    section(index);
    section(values);
  }
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * The rows of a quantised weight table that hold a non-zero weight: their numbers as varint deltas, and their
 * `stride` weights each as little-endian Int16. Shared by the NER and attribution model files.
 */
export function encodeSparseRows(
  q: ArrayLike<number>,
  stride: number,
): { index: Uint8Array<ArrayBuffer>; values: Uint8Array<ArrayBuffer> } {
  const rows: number[] = [];
  for (let r = 0; r < q.length / stride; r++) {
    for (let k = 0; k < stride; k++)
      if (q[r * stride + k] !== 0) {
        rows.push(r);
        break;
      }
  }
  const idx: number[] = [];
  let last = 0;
  for (const r of rows) {
    let d = r - last;
    last = r;
    while (d >= 0x80) {
      idx.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    idx.push(d);
  }
  const values = new Uint8Array(rows.length * stride * 2);
  const dv = new DataView(values.buffer);
  rows.forEach((r, j) => {
    for (let k = 0; k < stride; k++) dv.setInt16((j * stride + k) * 2, q[r * stride + k]!, true);
  });
  return { index: Uint8Array.from(idx), values };
}

/** The row numbers `encodeSparseRows` wrote as varint deltas. */
export function decodeRowIndex(idx: Uint8Array): Int32Array {
  const rows: number[] = [];
  let row = 0;
  for (let i = 0; i < idx.length;) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = idx[i++]!;
      d |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    row += d;
    rows.push(row);
  }
  return Int32Array.from(rows);
}

/**
 * A shipped model's weight table and row index: the part of a parsed model that threads of one process can share
 * (`shareTable`), so a second extraction thread neither decodes the rows again nor holds a second 4.7 MiB copy.
 */
export interface NerTable {
  weights: Int16Array;
  ranks: Int32Array;
}

/** The sections of a model blob, checked; the weight sections are left as bytes until a table is decoded from them. */
function readSections(bytes: Uint8Array) {
  const dec = new TextDecoder();
  if (dec.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) {
    throw new Error("newsgraph/ner: not a newsgraph NER model (bad magic); decompress it first or run pnpm train:ner");
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = MAGIC.length;
  const next = (): Uint8Array => {
    if (o + 4 > bytes.length) throw new Error("newsgraph/ner: model file is truncated; run pnpm train:ner");
    const len = dv.getUint32(o, true);
    const b = bytes.subarray(o + 4, o + 4 + len);
    if (b.length !== len) throw new Error("newsgraph/ner: model file is truncated; run pnpm train:ner");
    o += 4 + len;
    return b;
  };
  const meta = JSON.parse(dec.decode(next())) as Record<string, unknown> & {
    bits: number;
    passes: number;
    featureVersion: number;
  };
  if (meta.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `newsgraph/ner: model has feature version ${meta.featureVersion}, code expects ${FEATURE_VERSION}; run pnpm train:ner`,
    );
  }
  const clusters = dec.decode(next());
  const gazetteer = dec.decode(next());
  const passes: { idx: Uint8Array; vals: Uint8Array }[] = [];
  for (let p = 0; p < meta.passes; p++) passes.push({ idx: next(), vals: next() });
  return { meta, clusters, gazetteer, passes, stride: NUM_TAGS * meta.passes };
}

/** Decode the weight table, in SharedArrayBuffers when `shared` (another thread then reuses it through parseModel). */
function decodeTable(s: ReturnType<typeof readSections>, shared: boolean): NerTable {
  const tables = s.passes.map(({ idx, vals }) => ({ rows: decodeRowIndex(idx), vals: int16View(vals) }));
  // compact rows in hashed-row order: the union of the rows any pass uses
  const own = rankRows(
    tables.map((t) => t.rows),
    s.meta.bits,
  );
  const ranks = shared ? new Int32Array(new SharedArrayBuffer(own.byteLength)) : own;
  if (shared) ranks.set(own);
  const n = keptRows(ranks) * s.stride;
  const weights = shared ? new Int16Array(new SharedArrayBuffer(2 * n)) : new Int16Array(n);
  // plain loops: a subarray per row was a fifth of the parse, and every thread parses the model at startup
  tables.forEach(({ rows, vals }, p) => {
    for (let j = 0; j < rows.length; j++)
      for (let k = 0, to = offsetOf(rows[j]!, s.stride, ranks) + p * NUM_TAGS, from = j * NUM_TAGS; k < NUM_TAGS; k++)
        weights[to + k] = vals[from + k]!;
  });
  return { weights, ranks };
}

/**
 * The weight table of an uncompressed model blob in SharedArrayBuffers, for `parseModel(bytes, table)` on every
 * thread that parses the same bytes (posting it to a worker shares the memory; nothing writes to it after this).
 */
export function shareTable(bytes: Uint8Array): NerTable {
  return decodeTable(readSections(bytes), true);
}

/**
 * Parse an uncompressed model blob (Node or browser). `table`: the blob's weight table as `shareTable` made it (on
 * this thread or another), used as it is instead of decoding the rows again.
 */
export function parseModel(bytes: Uint8Array, table?: NerTable): NerModel {
  const s = readSections(bytes);
  const { meta } = s;
  const lexicon: NerLexicon = { ...parseClusters(s.clusters), gazetteer: parseGazetteer(s.gazetteer) };
  const { weights, ranks } = table ?? decodeTable(s, false);
  // a table of another model would read wrong rows silently: its shape must at least fit this blob
  const rowsOfPass = s.passes.map((p) => p.vals.length / (2 * NUM_TAGS));
  if (
    ranks.length !== 2 * Math.max(1, (1 << meta.bits) >>> 5) ||
    weights.length !== keptRows(ranks) * s.stride ||
    rowsOfPass.some((n) => n > keptRows(ranks))
  )
    throw new Error(
      "newsgraph/ner: the shared weight table does not fit this model; make it with shareTable from the same bytes",
    );
  return {
    bits: meta.bits,
    passes: meta.passes,
    weights,
    layout: makeLayout((1 << meta.bits) - 1, s.stride, ranks),
    lexicon,
    beam: typeof meta.beam === "number" && meta.beam > 1 ? meta.beam : 1,
    meta,
    cache: newWordCache(),
  };
}

/** Little-endian Int16 values as an Int16Array (copied when unaligned or on a big-endian host). */
export function int16View(b: Uint8Array): Int16Array {
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (littleEndian && b.byteOffset % 2 === 0) return new Int16Array(b.buffer, b.byteOffset, b.byteLength / 2);
  const out = new Int16Array(b.byteLength / 2);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = dv.getInt16(i * 2, true);
  return out;
}
