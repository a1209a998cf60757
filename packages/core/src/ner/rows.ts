// Where a feature's weights live: dense rows while training, or through the shipped model's row index.

/**
 * `index` (shipped models) maps a hashed row to its offset in the compact weight table, or -1 when every
 * weight of the row is zero, so such features are dropped before scoring. Without it rows are dense.
 */
export interface RowLayout {
  mask: number;
  stride: number;
  index: Int32Array | null;
}

export function denseLayout(bits: number, stride: number): RowLayout {
  return { mask: (1 << bits) - 1, stride, index: null };
}

/** Weight offset of a feature hash, or -1 if the feature carries no weight. */
export function rowOf(h: number, L: RowLayout): number {
  const r = h & L.mask;
  return L.index ? L.index[r]! : r * L.stride;
}
