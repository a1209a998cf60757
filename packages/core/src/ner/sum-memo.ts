// Summed weight rows memoised by a small integer key, held in typed arrays (an open-addressing table, linear probing).

/**
 * The tagger looks up one shape window per token (sums.ts). A Map from the key to an Int32Array cost a fifth of the
 * static sums: its buckets, entry chain and array object are each a memory fetch. Here a key and the offset of its
 * sums sit side by side in one Int32Array, and every entry's sums in another. A memo only: when `limit` entries are
 * held it starts again empty, and what the tagger computes never depends on it.
 */
export class SumMemo {
  /** per slot: key + 1 (0 = empty), then the offset of the key's sums in `values` */
  private slots: Int32Array;
  private mask: number;
  private size = 0;
  /** every entry's `width` sums, in the order they were added */
  values: Int32Array;

  constructor(
    private readonly width: number,
    private readonly limit: number,
  ) {
    // small at first, so both growth paths run within the first sentences and have type feedback before the tagger's
    // loop (which inlines `add`) is optimised; first taken afterwards, they threw the optimised code away in every thread
    this.slots = new Int32Array(2 * 16);
    this.mask = 15;
    this.values = new Int32Array(width);
  }

  get count(): number {
    return this.size;
  }

  /** Where `key`'s sums start in `values`, or -1 when it has none. `key` is a non-negative 31-bit integer. */
  find(key: number): number {
    const { slots, mask } = this;
    for (let s = slot(key, mask); ; s = (s + 1) & mask) {
      const k = slots[2 * s]!;
      if (k === 0) return -1;
      if (k === key + 1) return slots[2 * s + 1]!;
    }
  }

  /**
   * Room for `key`'s sums (zeroed; the key must not be held yet): their offset in `values`, which may be a new array
   * after this call, so read `values` again.
   */
  add(key: number): number {
    if (this.size >= this.limit) this.clear();
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const at = this.size * this.width;
    if (at + this.width > this.values.length) {
      const bigger = new Int32Array(2 * this.values.length);
      bigger.set(this.values.subarray(0, at));
      this.values = bigger;
    }
    this.insert(key, at);
    this.size++;
    return at;
  }

  private insert(key: number, at: number): void {
    const { slots, mask } = this;
    let s = slot(key, mask);
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = key + 1;
    slots[2 * s + 1] = at;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * (this.mask + 1) - 1;
    this.slots = new Int32Array(2 * (this.mask + 1));
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.insert(old[s]! - 1, old[s + 1]!);
  }

  private clear(): void {
    this.slots.fill(0);
    this.values.fill(0, 0, this.size * this.width);
    this.size = 0;
  }
}

/** Fibonacci hashing: shape-window keys differ mostly in their low bits */
function slot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
}
