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
  /** offsets of the previous-tag features: 9 for (prev), then 81 for (prev, prev2) */
  prevRows: Int32Array;
}

export function denseLayout(bits: number, stride: number): RowLayout {
  return makeLayout((1 << bits) - 1, stride, null);
}

export function makeLayout(mask: number, stride: number, index: Int32Array | null): RowLayout {
  const L: RowLayout = { mask, stride, index, prevRows: new Int32Array(90) };
  for (let c = 0; c < 9; c++) L.prevRows[c] = rowOf(mix(D.Prev, c), L);
  for (let c = 0; c < 9; c++) for (let c2 = 0; c2 < 9; c2++) L.prevRows[9 + c * 9 + c2] = rowOf(mix(D.Prev2, c, c2), L);
  return L;
}

/** Weight offset of a feature hash, or -1 if the feature carries no weight. */
export function rowOf(h: number, L: RowLayout): number {
  const r = h & L.mask;
  return L.index ? L.index[r]! : r * L.stride;
}
