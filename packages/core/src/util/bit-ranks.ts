// Bits and ranks over hashed rows: which rows a compact weight table keeps, and how many kept rows come before each 32.

/** Set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Per 32 of `1 << bits` hashed rows, two Int32 side by side: the bits of the rows kept (those in any of `lists`; a row
 * may be in several) and how many kept rows come before them, so a kept row's place is its rank plus the set bits
 * below it. One cache line holds both halves of a look-up. The number of kept rows is `keptRows(ranks)`.
 */
export function rankRows(lists: readonly ArrayLike<number>[], bits: number): Int32Array {
  const ranks = new Int32Array(2 * Math.max(1, (1 << bits) >>> 5));
  // indexed loops: this runs once per thread, before the JIT has optimised anything
  for (let l = 0; l < lists.length; l++) {
    const rows = lists[l]!;
    for (let j = 0; j < rows.length; j++) ranks[(rows[j]! >>> 5) << 1]! |= 1 << (rows[j]! & 31);
  }
  for (let i = 0, n = 0; i < ranks.length; i += 2) {
    ranks[i + 1] = n;
    n += popcount(ranks[i]!);
  }
  return ranks;
}

/** How many rows `ranks` keeps. */
export function keptRows(ranks: Int32Array): number {
  return ranks[ranks.length - 1]! + popcount(ranks[ranks.length - 2]!);
}
