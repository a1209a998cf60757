// Where a feature's weights live: dense rows while training, or through the shipped model's row index.
import { mix } from "./hash.ts";
import { D } from "./templates.ts";

/**
 * `index` (shipped models) maps a hashed row to its offset in the compact weight table, or -1 when every
 * weight of the row is zero, so such features are dropped before scoring. Without it rows are dense.
 */
export interface RowLayout {
  mask: number;
  stride: number;
  index: Int32Array | null;
  /**
   * one bit per hashed row, set when `index` has it (null without an index): 128 KiB that stay in cache, so a feature
   * without weight (most word pairs) is dropped without touching the 4 MiB index
   */
  present: Int32Array | null;
  /** offsets of the previous-tag features: 9 for (prev), then 81 for (prev, prev2) */
  prevRows: Int32Array;
  /** offsets of the document features with few values: P1 (9), P1Ctx (10 × 10), Maj, MajM1, MajP1 (20 each) */
  docRows: Int32Array;
}

/** where each document template starts in `docRows` */
export const DOC_P1 = 0;
export const DOC_P1CTX = 9;
export const DOC_MAJ = 109;
export const DOC_MAJM1 = 129;
export const DOC_MAJP1 = 149;

export function denseLayout(bits: number, stride: number): RowLayout {
  return makeLayout((1 << bits) - 1, stride, null);
}

export function makeLayout(mask: number, stride: number, index: Int32Array | null): RowLayout {
  const present = index ? new Int32Array((index.length + 31) >>> 5) : null;
  if (index && present) for (let r = 0; r < index.length; r++) if (index[r]! >= 0) present[r >>> 5]! |= 1 << (r & 31);
  const L: RowLayout = { mask, stride, index, present, prevRows: new Int32Array(90), docRows: new Int32Array(169) };
  for (let c = 0; c < 9; c++) L.prevRows[c] = rowOf(mix(D.Prev, c), L);
  for (let c = 0; c < 9; c++) for (let c2 = 0; c2 < 9; c2++) L.prevRows[9 + c * 9 + c2] = rowOf(mix(D.Prev2, c, c2), L);
  // a missing neighbour tag is the value 99 in the hash, slot 9 in the table
  for (let c = 0; c < 9; c++) L.docRows[DOC_P1 + c] = rowOf(mix(D.P1, c), L);
  for (let a = 0; a < 10; a++)
    for (let b = 0; b < 10; b++)
      L.docRows[DOC_P1CTX + a * 10 + b] = rowOf(mix(D.P1Ctx, a === 9 ? 99 : a, b === 9 ? 99 : b), L);
  for (let m = 0; m < 20; m++) {
    L.docRows[DOC_MAJ + m] = rowOf(mix(D.Maj, m), L);
    L.docRows[DOC_MAJM1 + m] = rowOf(mix(D.MajM1, m), L);
    L.docRows[DOC_MAJP1 + m] = rowOf(mix(D.MajP1, m), L);
  }
  return L;
}

/** Weight offset of a feature hash, or -1 if the feature carries no weight. */
export function rowOf(h: number, L: RowLayout): number {
  const r = h & L.mask;
  return L.index ? L.index[r]! : r * L.stride;
}
