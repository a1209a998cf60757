// String-keyed weights looked up by a key's parts, without building the key: exact (a hit is checked character by character).
import type { FeatureCoder } from "./source-chooser-hash.ts";
import { FNV_OFFSET, fnv1a } from "../util/fnv.ts";

/** A key's length fits this many bits of an entry's second word; its characters' start the rest */
const LEN_BITS = 8;
const MAX_LEN = (1 << LEN_BITS) - 1;
const MAX_START = 1 << (31 - LEN_BITS);

/** True when `chars` from `at` on hold `s`; returns the index after it, or -1. */
function follows(chars: Uint16Array, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) if (chars[at + i] !== s.charCodeAt(i)) return -1;
  return at + s.length;
}

/**
 * A model's string-keyed weights in an open-addressed table of their FNV-1a hashes. `weight(a, b, …)` is the weight of
 * the key `a + b + …` (0 when the model lacks it): the parts are hashed where they lie, and a slot of the same hash is
 * taken only when its key spells the parts, so the answer is the string map's, collisions or not. Features built as
 * strings cost the boundary model most of its time (a string per feature, then a hash of it for the map look-up).
 * Each slot is 16 bytes (the hash, the key's length and where its characters start, the weight), so a look-up touches
 * one slot and, on a hit, the key's characters: separate arrays of hashes, keys and weights each missed the cache.
 */
export class PartsWeights {
  /** per slot: [hash, length | start << LEN_BITS (0: empty), weight as two words] */
  private readonly slots: Int32Array;
  private readonly weights: Float64Array;
  private readonly chars: Uint16Array;
  private readonly mask: number;
  /** keys too long for a slot, and the empty key: looked up as strings */
  private readonly rest = new Map<string, number>();

  constructor(weights: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < weights.size * 2) size *= 2;
    const buf = new ArrayBuffer(size * 16);
    this.slots = new Int32Array(buf);
    this.weights = new Float64Array(buf);
    this.mask = size - 1;
    let total = 0;
    for (const k of weights.keys()) total += k.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (const [k, v] of weights) {
      if (k.length === 0 || k.length > MAX_LEN) {
        this.rest.set(k, v);
        continue;
      }
      if (at >= MAX_START)
        throw new Error(
          "newsgraph/statements: PartsWeights holds keys of up to 8M characters in all; keep such a model a Map",
        );
      for (let i = 0; i < k.length; i++) this.chars[at + i] = k.charCodeAt(i);
      const h = fnv1a(FNV_OFFSET, k) | 0;
      let s = (h ^ (h >>> 15)) & this.mask;
      while (this.slots[s * 4 + 1]) s = (s + 1) & this.mask;
      this.slots[s * 4] = h;
      this.slots[s * 4 + 1] = k.length | (at << LEN_BITS);
      this.weights[s * 2 + 1] = v;
      at += k.length;
    }
  }

  /** The weight of the key the parts spell (absent parts are empty), 0 when the model has none. */
  weight(a: string, b = "", c = "", d = "", e = "", f = "", g = "", h = ""): number {
    const len = a.length + b.length + c.length + d.length + e.length + f.length + g.length + h.length;
    if (len === 0 || len > MAX_LEN) return this.rest.get(a + b + c + d + e + f + g + h) ?? 0;
    let x = fnv1a(FNV_OFFSET, a);
    x = fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(x, b), c), d), e), f), g), h) | 0;
    const slots = this.slots;
    for (let s = (x ^ (x >>> 15)) & this.mask; ; s = (s + 1) & this.mask) {
      const packed = slots[s * 4 + 1]!;
      if (packed === 0) return 0;
      if (slots[s * 4] !== x || (packed & MAX_LEN) !== len) continue;
      const chars = this.chars;
      let at = follows(chars, packed >>> LEN_BITS, a);
      if (at >= 0) at = follows(chars, at, b);
      if (at >= 0) at = follows(chars, at, c);
      if (at >= 0) at = follows(chars, at, d);
      if (at >= 0) at = follows(chars, at, e);
      if (at >= 0) at = follows(chars, at, f);
      if (at >= 0) at = follows(chars, at, g);
      if (at >= 0) at = follows(chars, at, h);
      if (at >= 0) return this.weights[s * 2 + 1]!;
    }
  }
}

/** A coder that writes each feature's weight in `table` in place of the feature (summed in order, as the string path). */
export function weightCoder(table: PartsWeights): FeatureCoder<number> {
  return { put: (out, a, b, c, d, e, f, g, h) => out.push(table.weight(a, b, c, d, e, f, g, h)) };
}
