// The row index of a shipped tagger model: which hashed rows it keeps, as bits and ranks (see Weights in perceptron.ts).

/** set bits of a 32-bit word */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Where a hashed row lies in a shipped model's weights (see Weights). */
export interface RowIndex {
  /**
   * per 32 hashed rows, two words side by side: the rows' kept bits, then how many rows are kept before them (one
   * cache line holds both, where two arrays cost a look-up two misses)
   */
  words: Uint32Array;
  /** offset in `w` of a row of zeros after the kept rows: decoding reads it for a missing row (staticScores) */
  zero: number;
}

/** The row index of a model's kept rows (sorted ascending), as bits and ranks; `w` holds a zero row after them. */
export function rowIndex(rows: ArrayLike<number>, bitsPerHash: number, stride: number): RowIndex {
  const n32 = Math.max(1, (1 << bitsPerHash) >>> 5);
  const words = new Uint32Array(2 * n32);
  for (let i = 0; i < rows.length; i++) words[2 * (rows[i]! >>> 5)]! |= 1 << (rows[i]! & 31);
  let n = 0;
  for (let i = 0; i < n32; i++) {
    words[2 * i + 1] = n;
    n += popcount(words[2 * i]!);
  }
  return { words, zero: rows.length * stride };
}
