// The NER word memo shared by every extraction thread: a word's rows and sums computed once per process, not once per thread.
import { hashString } from "./hash.ts";
import { addWordSums } from "./word-sums.ts";
import type { GazEntry, NerLexicon } from "./lexicon.ts";
import type { RowLayout } from "./rows.ts";
import type { SharedWordTable, WordCache, WordInfo } from "./word-info.ts";

/**
 * Why: each thread of a two-job extraction met about 64k distinct words of BBC + Reuters and computed each one's
 * feature rows and summed weights (about 13 µs a word: ~60 random reads of the hashed row index and the weights);
 * 36k of them the other thread had already computed. Here a thread that computes a word publishes its numbers in
 * shared memory, and a thread that meets the word later reads them instead. Tagging never depends on this: an entry
 * is a pure function of the word, the all-caps flag and the model, so records are the same bytes whoever computed it.
 *
 * Layout. `slots` (Int32, two per slot): the state (0 free, -1 being written or given up, o + 1 once published at
 * data offset o) and the key's hash. `data` (Int32): a bump-allocated heap of entries, `top` its first free offset.
 * An entry: word length, caps flag, the word's UTF-16 units (two per Int32, compared on a hit: no hash collision can
 * give a wrong entry), then w, l, ss, flags, casing, the five list lengths, clus, own, tagRows, the four neighbour
 * lists and the five summed rows. A slot is written by the one thread whose compare-and-swap took it; its number is
 * stored with Atomics.store after the entry, so a thread that reads that number with Atomics.load sees the entry.
 */
export interface SharedWordBuffers {
  slots: SharedArrayBuffer;
  data: SharedArrayBuffer;
}

/** Slots in the table (a power of two); publishing stops at half of them, so probes stay short. */
const SLOTS = 1 << 18;
/** Int32 values of entry data: about 160 per word, so some 100k words (96 MiB of address space, touched as used). */
const DATA = 24 << 20;
/** Longer words (URLs, run-together tokens) are rare and computed by each thread. */
const MAX_CHARS = 48;
/** A probe that runs this far ends as a miss (only possible in a nearly full table). */
const MAX_PROBES = 32;
/** data[0]: the next free offset; data[1]: slots taken (entries start after these two) */
const TOP = 0;
const TAKEN = 1;
const HEADER = 2;

/** Fresh, empty buffers; `slots` (a power of two) and `ints` are for tests, which fill a small table. */
export function newSharedWordBuffers(slots = SLOTS, ints = DATA): SharedWordBuffers {
  if ((slots & (slots - 1)) !== 0 || slots < 2)
    throw new Error("newsgraph/ner: the shared word table needs a power of two of slots; pass e.g. 1 << 18");
  const data = new SharedArrayBuffer(4 * Math.max(ints, HEADER));
  new Int32Array(data)[TOP] = HEADER;
  return { slots: new SharedArrayBuffer(4 * 2 * slots), data };
}

export class SharedWords implements SharedWordTable {
  private readonly slots: Int32Array;
  private readonly data: Int32Array;
  private readonly mask: number;
  /** words this thread found here rather than computed (diagnostics: bench/shared-words-ab.mjs, tests) */
  found = 0;

  /** `weights` and `stride`: the model's, for the summed rows; every thread attaches the same model. */
  constructor(
    buffers: SharedWordBuffers,
    private readonly weights: Int16Array,
    private readonly stride: number,
    private readonly levels: number,
  ) {
    this.slots = new Int32Array(buffers.slots);
    this.data = new Int32Array(buffers.data);
    this.mask = this.slots.length / 2 - 1;
  }

  /** The data offset of the word's entry, or -1. */
  find(word: string, caps: boolean): number {
    if (word.length > MAX_CHARS) return -1;
    const h = keyHash(word, caps);
    const slots = this.slots;
    for (let p = 0, i = h & this.mask; p < MAX_PROBES; p++, i = (i + 1) & this.mask) {
      const s = Atomics.load(slots, 2 * i);
      if (s === 0) return -1;
      if (s > 0 && slots[2 * i + 1] === h && this.matches(s - 1, word, caps)) {
        this.found++;
        return s - 1;
      }
    }
    return -1;
  }

  /**
   * Publish a word this thread has just computed, with its summed rows; returns the sums (a view of the entry), or
   * null when the word is not shared (too long, table full, or another thread took the slot first), and then the
   * caller sums them itself as before.
   */
  publish(word: string, caps: boolean, x: WordInfo): Int32Array | null {
    if (word.length > MAX_CHARS) return null;
    const h = keyHash(word, caps);
    const { slots, data } = this;
    if (Atomics.load(data, TAKEN) >= (this.mask + 1) / 2) return null;
    let slot = -1;
    for (let p = 0, i = h & this.mask; p < MAX_PROBES && slot < 0; p++, i = (i + 1) & this.mask) {
      const s = Atomics.load(slots, 2 * i);
      if (s > 0 && slots[2 * i + 1] === h && this.matches(s - 1, word, caps)) return null;
      if (s === 0 && Atomics.compareExchange(slots, 2 * i, 0, -1) === 0) slot = i;
    }
    if (slot < 0) return null;
    Atomics.add(data, TAKEN, 1);
    const lists = [x.clus, x.own, x.tagRows, x.asPrev, x.asNext, x.asPrev2, x.asNext2];
    let size = 2 + ((word.length + 1) >> 1) + 10 + 5 * this.stride;
    for (const a of lists) size += a.length;
    const o = Atomics.add(data, TOP, size);
    // out of room: the slot stays -1 (skipped by every probe) and the word is this thread's own
    if (o + size > data.length) return null;
    let at = o;
    data[at++] = word.length;
    data[at++] = caps ? 1 : 0;
    for (let c = 0; c < word.length; c += 2)
      data[at++] = word.charCodeAt(c) | (c + 1 < word.length ? word.charCodeAt(c + 1) << 16 : 0);
    data[at++] = x.w;
    data[at++] = x.l;
    data[at++] = x.ss;
    data[at++] = flagsOf(x);
    data[at++] = x.casing;
    data[at++] = x.own.length;
    data[at++] = x.asPrev.length;
    data[at++] = x.asNext.length;
    data[at++] = x.asPrev2.length;
    data[at++] = x.asNext2.length;
    for (const a of lists) for (let k = 0; k < a.length; k++) data[at++] = a[k]!;
    const sums = data.subarray(at, at + 5 * this.stride);
    addWordSums(x, this.weights, this.stride, sums);
    slots[2 * slot + 1] = h;
    Atomics.store(slots, 2 * slot, o + 1);
    return sums;
  }

  /**
   * The word's WordInfo from its entry at `o`; `form`, `lower`, `gaz`, `sid` and `tagAt` (where the reader copies
   * tagRows to, see word.ts) are the reading thread's own.
   */
  info(o: number, form: string, lower: string, gaz: GazEntry[] | undefined, sid: number, tagAt: number): WordInfo {
    const d = this.data;
    let at = o + 2 + ((d[o]! + 1) >> 1);
    // the hashes are unsigned (hashString); an Int32Array gives them back signed
    const w = d[at++]! >>> 0;
    const l = d[at++]! >>> 0;
    const ss = d[at++]! >>> 0;
    const flags = d[at++]!;
    const casing = d[at++]!;
    const nOwn = d[at++]!;
    const nPrev = d[at++]!;
    const nNext = d[at++]!;
    const nPrev2 = d[at++]!;
    const nNext2 = d[at++]!;
    const clus = d.subarray(at, (at += this.levels));
    const own = d.subarray(at, (at += nOwn));
    const tagRows = d.subarray(at, (at += 18));
    const asPrev = d.subarray(at, (at += nPrev));
    const asNext = d.subarray(at, (at += nNext));
    const asPrev2 = d.subarray(at, (at += nPrev2));
    const asNext2 = d.subarray(at, (at += nNext2));
    const sums = d.subarray(at, at + 5 * this.stride);
    // the fields in wordInfo's order, so both kinds of entry share one hidden class
    return {
      form,
      lower,
      w,
      l,
      ss,
      clus,
      letter: (flags & 1) !== 0,
      casing,
      opener: (flags & 2) !== 0,
      upper: (flags & 4) !== 0,
      upperStart: (flags & 8) !== 0,
      name: (flags & 16) !== 0,
      own,
      gaz,
      asPrev,
      asNext,
      asPrev2,
      asNext2,
      tagRows,
      tagAt,
      sid,
      sums,
    };
  }

  /** The short-shape hash (WordInfo.ss) of the entry at `o`. */
  shortShapeHash(o: number): number {
    return this.data[o + 2 + ((this.data[o]! + 1) >> 1) + 2]! >>> 0;
  }

  private matches(o: number, word: string, caps: boolean): boolean {
    const d = this.data;
    if (d[o] !== word.length || d[o + 1] !== (caps ? 1 : 0)) return false;
    for (let c = 0, at = o + 2; c < word.length; c += 2, at++)
      if (d[at] !== (word.charCodeAt(c) | (c + 1 < word.length ? word.charCodeAt(c + 1) << 16 : 0))) return false;
    return true;
  }
}

function keyHash(word: string, caps: boolean): number {
  return (hashString(word) ^ (caps ? 0x5bd1e995 : 0)) | 0;
}

function flagsOf(x: WordInfo): number {
  return (x.letter ? 1 : 0) | (x.opener ? 2 : 0) | (x.upper ? 4 : 0) | (x.upperStart ? 8 : 0) | (x.name ? 16 : 0);
}

/**
 * Let this thread's copy of the model read and publish words in `buffers` (made once by newSharedWordBuffers and
 * handed to every thread). Every thread must attach the same model: an entry holds that model's rows and weights.
 */
export function shareWordMemo(
  model: { cache: WordCache; weights: Int16Array; layout: RowLayout; lexicon: NerLexicon },
  buffers: SharedWordBuffers,
): void {
  model.cache.shared = new SharedWords(buffers, model.weights, model.layout.stride, model.lexicon.clusterLevels.length);
}
