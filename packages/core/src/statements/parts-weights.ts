// String-keyed weights looked up by a key's parts, without building the key: exact (a hit is checked character by character).
import type { FeatureCoder } from "./source-chooser-hash.ts";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units, continuing from state h. */
function step(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** True when `key` from character `at` on starts with `s`; returns the index after it, or -1. */
function follows(key: string, at: number, s: string): number {
  if (at + s.length > key.length) return -1;
  for (let i = 0; i < s.length; i++) if (key.charCodeAt(at + i) !== s.charCodeAt(i)) return -1;
  return at + s.length;
}

/**
 * A model's string-keyed weights in an open-addressed table of their FNV-1a hashes. `weight(a, b, …)` is the weight of
 * the key `a + b + …` (0 when the model lacks it): the parts are hashed where they lie, and a slot of the same hash is
 * taken only when its key spells the parts, so the answer is the string map's, collisions or not. Features built as
 * strings cost the boundary model most of its time (a string per feature, then a hash of it for the map look-up).
 */
export class PartsWeights {
  private readonly hashes: Int32Array;
  /** index + 1 into keys/vals; 0: an empty slot */
  private readonly slots: Int32Array;
  private readonly keys: string[];
  private readonly vals: Float64Array;
  private readonly mask: number;

  constructor(weights: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < weights.size * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.keys = [...weights.keys()];
    this.vals = Float64Array.from(weights.values());
    this.keys.forEach((k, i) => {
      const h = step(FNV_OFFSET, k) | 0;
      let s = (h ^ (h >>> 15)) & this.mask;
      while (this.slots[s]) s = (s + 1) & this.mask;
      this.hashes[s] = h;
      this.slots[s] = i + 1;
    });
  }

  /** The weight of the key the parts spell (absent parts are empty), 0 when the model has none. */
  weight(a: string, b = "", c = "", d = "", e = "", f = "", g = "", h = ""): number {
    let x = step(FNV_OFFSET, a);
    x = step(step(step(step(step(step(step(x, b), c), d), e), f), g), h) | 0;
    const len = a.length + b.length + c.length + d.length + e.length + f.length + g.length + h.length;
    for (let s = (x ^ (x >>> 15)) & this.mask; this.slots[s]; s = (s + 1) & this.mask) {
      if (this.hashes[s] !== x) continue;
      const i = this.slots[s]! - 1;
      const key = this.keys[i]!;
      if (key.length !== len) continue;
      let at = follows(key, 0, a);
      if (at >= 0) at = follows(key, at, b);
      if (at >= 0) at = follows(key, at, c);
      if (at >= 0) at = follows(key, at, d);
      if (at >= 0) at = follows(key, at, e);
      if (at >= 0) at = follows(key, at, f);
      if (at >= 0) at = follows(key, at, g);
      if (at >= 0) at = follows(key, at, h);
      if (at === len) return this.vals[i]!;
    }
    return 0;
  }
}

/** A coder that writes each feature's weight in `table` in place of the feature (summed in order, as the string path). */
export function weightCoder(table: PartsWeights): FeatureCoder<number> {
  return { put: (out, a, b, c, d, e, f, g, h) => out.push(table.weight(a, b, c, d, e, f, g, h)) };
}
