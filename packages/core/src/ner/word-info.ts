// The shapes of the NER word memo: a word's feature information, the per-model memo, and the table threads share.
import type { BeamBuffers } from "./beam-buffers.ts";
import type { SumMemo } from "./sum-memo.ts";
import type { Int32Arena } from "./arena.ts";
import type { GazEntry } from "./lexicon.ts";

export interface WordInfo {
  /** the form features see (typographic quotes made ASCII; truecased inside all-caps sentences) */
  form: string;
  lower: string;
  w: number;
  l: number;
  ss: number;
  /** has a letter and no lower-case letter (for headline detection; raw word) */
  upper: boolean;
  letter: boolean;
  /** capitalised or a digit at the start (gazetteer boundaries) */
  upperStart: boolean;
  /** capitalised word with a letter: a candidate for document-level consistency */
  name: boolean;
  /** a token after which a capital letter says nothing (quote, bracket, colon, dash) */
  opener: boolean;
  /** usual casing in the unlabelled corpus: 0 unknown, 1 lower, 2 capitalised, 3 capitals, 4 other */
  casing: number;
  clus: Int32Array;
  /** word-only feature weight offsets (see RowLayout), zero-weight features left out */
  own: Int32Array;
  /** gazetteer entries whose first token is this word */
  gaz: GazEntry[] | undefined;
  /** weight offsets of the features this word gives its neighbours: as w-1, w+1, w-2 and w+2 */
  asPrev: Int32Array;
  asNext: Int32Array;
  asPrev2: Int32Array;
  asNext2: Int32Array;
  /** offsets of (previous tag c, word) for c = 0..8, then (previous tag c, shape): -1 when without weight */
  tagRows: Int32Array;
  /** where the same 18 offsets start in this thread's WordCache.tagStore (the decoder reads them there) */
  tagAt: number;
  /** small number of the short shape within this memo (1, 2, …; 0 is the sentence edge), for sums.ts's shape memo */
  sid: number;
  /** the model's weights summed over own, asPrev, asNext, asPrev2 and asNext2 (one row each), filled by sums.ts */
  sums: Int32Array | null;
}

/** A per-model memo; tagging results never depend on it, it only saves work. Words in all-caps sentences apart. */
export interface WordCache {
  plain: Map<string, WordInfo>;
  caps: Map<string, WordInfo>;
  boundary?: WordInfo;
  /** short-shape hash → WordInfo.sid */
  shapeIds: Map<number, number>;
  /** summed rows of the five shape-window features per window of shape ids (sums.ts, made there: it knows the width) */
  shapeSums?: SumMemo;
  /** scratch memory for one document at a time (tagger.ts); nothing from it outlives a tagging call */
  arena?: Int32Arena;
  /** the beam decoder's scratch (tagger.ts), one at a time like the arena */
  beam?: BeamBuffers;
  /**
   * the memo's own arrays (a word's rows and sums, shape-window sums), carved from large chunks and never reset: one
   * typed array of 72 bytes or more is a separate backing store, costly to allocate and for the collector to track
   */
  words: Int32Arena;
  /**
   * every word's 18 tag-feature offsets (WordInfo.tagRows) one after another, grown by doubling: a sentence lists only
   * where each token's start (SentenceWords.tagAt) instead of copying them, 18 values a token from 18 words' arrays
   */
  tagStore: Int32Array;
  /** values of tagStore in use */
  tagCount: number;
  /** words other threads have computed, and where this one publishes its own (shared-words.ts); undefined: this thread's alone */
  shared: SharedWordTable | undefined;
}

/** The word memo threads share (SharedWords in shared-words.ts; an interface here so word.ts needs no import of it). */
export interface SharedWordTable {
  /** words this thread found in the table rather than computed */
  found: number;
  /** the data offset of the word's entry, or -1 */
  find(word: string, caps: boolean): number;
  /** publish a word this thread computed; its summed rows, or null when the table does not keep it */
  publish(word: string, caps: boolean, x: WordInfo): Int32Array | null;
  /** the WordInfo of the entry at `o`, with this thread's own strings, shape number and place in its tag store */
  info(o: number, form: string, lower: string, gaz: GazEntry[] | undefined, sid: number, tagAt: number): WordInfo;
  /** the short-shape hash of the entry at `o` */
  shortShapeHash(o: number): number;
}
