// The row index of a shipped tagger model: which hashed rows it keeps, as bits and ranks (see Weights in perceptron.ts).
import { rankRows } from "../../util/bit-ranks.ts";

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
  // the same bits read unsigned: the decoders shift them with >>>
  return { words: new Uint32Array(rankRows([rows], bitsPerHash).buffer), zero: rows.length * stride };
}
