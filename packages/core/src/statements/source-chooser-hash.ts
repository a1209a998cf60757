// The source chooser's features as 32-bit hashes: the same feature strings, hashed part by part without building them.

/**
 * Writes one feature of up to eight parts (the string they would concatenate to) into a list. The string coder makes the
 * model file's keys and the training examples; the hash coder makes, for the same parts, the FNV-1a hash of that string,
 * so deciding costs no string building nor string-keyed lookups (the stage's time budget, docs/guide/statements.md).
 */
export interface FeatureCoder<K> {
  put: (
    out: K[],
    a: string,
    b?: string,
    c?: string,
    d?: string,
    e?: string,
    f?: string,
    g?: string,
    h?: string,
  ) => void;
}

export const STRING_CODER: FeatureCoder<string> = {
  put: (out, a, b, c, d, e, f, g, h) => {
    out.push(a + (b ?? "") + (c ?? "") + (d ?? "") + (e ?? "") + (f ?? "") + (g ?? "") + (h ?? ""));
  },
};

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units, continuing from state h. */
function step(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of a whole feature string: equal to what HASH_CODER gives for any split of it into parts. */
export const featureHash = (s: string) => step(FNV_OFFSET, s) | 0;

export const HASH_CODER: FeatureCoder<number> = {
  put: (out, a, b, c, d, e, f, g, h) => {
    let x = step(FNV_OFFSET, a);
    if (b !== undefined) x = step(x, b);
    if (c !== undefined) x = step(x, c);
    if (d !== undefined) x = step(x, d);
    if (e !== undefined) x = step(x, e);
    if (f !== undefined) x = step(x, f);
    if (g !== undefined) x = step(x, g);
    if (h !== undefined) x = step(x, h);
    out.push(x | 0);
  },
};

/**
 * The weights by feature hash in an open-addressed table, built once per model. Two keys of one hash would share a
 * weight (summed); at 9,000 keys in 2^32 hashes that is under one chance in a hundred, and `collisions` reports it.
 * Each slot is 16 bytes (hash, used, weight), so a probe touches one cache line, not one in each of three arrays.
 */
export class HashedWeights {
  /** per slot: [hash, used, weight as two words] */
  private readonly slots: Int32Array;
  private readonly vals: Float64Array;
  private readonly mask: number;
  readonly collisions: number = 0;

  constructor(weights: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < weights.size * 2) size *= 2;
    const buf = new ArrayBuffer(size * 16);
    this.slots = new Int32Array(buf);
    this.vals = new Float64Array(buf);
    this.mask = size - 1;
    for (const [f, w] of weights) {
      const h = featureHash(f);
      const i = this.slot(h);
      if (this.slots[i * 4 + 1]) this.collisions++;
      this.slots[i * 4] = h;
      this.slots[i * 4 + 1] = 1;
      this.vals[i * 2 + 1] = this.vals[i * 2 + 1]! + w;
    }
  }

  /** the slot holding hash h, or the empty slot where it would go */
  private slot(h: number): number {
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.slots[i * 4 + 1] && this.slots[i * 4] !== h) i = (i + 1) & this.mask;
    return i;
  }

  get(h: number): number {
    const i = this.slot(h);
    return this.slots[i * 4 + 1] ? this.vals[i * 2 + 1]! : 0;
  }

  /** the summed weights of a list of feature hashes */
  score(fs: readonly number[]): number {
    let s = 0;
    for (let k = 0; k < fs.length; k++) s += this.get(fs[k]!);
    return s;
  }
}

const tables = new WeakMap<ReadonlyMap<string, number>, HashedWeights>();

/** The hashed table of a model's weights, built on first use and kept as long as the weights are. */
export function hashedWeights(weights: ReadonlyMap<string, number>): HashedWeights {
  let t = tables.get(weights);
  if (!t) {
    t = new HashedWeights(weights);
    tables.set(weights, t);
  }
  return t;
}
