// Where a feature's weights live: dense rows while training, or through the shipped model's row index.
import { mix } from "./hash.ts";
import { D } from "./templates.ts";
import { popcount } from "../util/bit-ranks.ts";

/**
 * `ranks` (shipped models) says where a hashed row lies in the compact weight table, whose rows are kept in hashed-row
 * order: per 32 hashed rows two Int32 side by side, the rows' bits (set when the row has a weight) and how many kept
 * rows come before them, so a row's offset is (rank + the set bits below it) × stride, and a row without weight is
 * dropped before scoring. 256 KiB, one cache line per look-up, where an offset per hashed row was 4 MiB (a miss for
 * most new words' 60 look-ups and the word pairs'); the offsets are the same. Without it rows are dense.
 */
export interface RowLayout {
  mask: number;
  stride: number;
  ranks: Int32Array | null;
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

export function makeLayout(mask: number, stride: number, ranks: Int32Array | null): RowLayout {
  const L: RowLayout = { mask, stride, ranks, prevRows: new Int32Array(90), docRows: new Int32Array(169) };
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

/** Weight offset of hashed row `r` (already masked), or -1 if it carries no weight. */
export function offsetOf(r: number, stride: number, ranks: Int32Array | null): number {
  if (!ranks) return r * stride;
  const at = (r >>> 5) << 1;
  const bits = ranks[at]!;
  const k = r & 31;
  if (((bits >>> k) & 1) === 0) return -1;
  // the bits below k: never bit 31, so popcount sees a non-negative small integer
  return (ranks[at + 1]! + popcount(bits & ~(-1 << k))) * stride;
}

/** Weight offset of a feature hash, or -1 if the feature carries no weight. */
export function rowOf(h: number, L: RowLayout): number {
  return offsetOf(h & L.mask, L.stride, L.ranks);
}
