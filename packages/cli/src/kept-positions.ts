// The previous graph's positions as the snapshot keeps them (keys and two number arrays), read without a copy.
import type { Positions } from "@newsgraph/core";

type XY = { x: number; y: number };

/**
 * Positions by node key over the snapshot's arrays: one index entry per key instead of an `{x, y}` object per key.
 * A rebuild keeps 141k positions; the objects were made up front, kept alive through the whole build (the old
 * generation the collector walks) and each read about once. `get` makes the object when asked.
 */
export class KeptPositions implements Positions {
  private readonly index = new Map<string, number>();

  constructor(
    keys: readonly string[],
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
  ) {
    for (let i = 0; i < keys.length; i++) this.index.set(keys[i]!, i);
  }

  get size(): number {
    return this.index.size;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /** Whether `key` is kept at exactly (x, y): `get` without making the object (asked for every copied statement line). */
  holds(key: string, x: unknown, y: unknown): boolean {
    const i = this.index.get(key);
    return i !== undefined && this.xs[i] === x && this.ys[i] === y;
  }

  get(key: string): XY | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : { x: this.xs[i]!, y: this.ys[i]! };
  }

  keys(): MapIterator<string> {
    return this.index.keys();
  }

  *entries(): MapIterator<[string, XY]> {
    for (const [k, i] of this.index) yield [k, { x: this.xs[i]!, y: this.ys[i]! }];
  }

  *values(): MapIterator<XY> {
    for (const [, p] of this.entries()) yield p;
  }

  [Symbol.iterator](): MapIterator<[string, XY]> {
    return this.entries();
  }

  forEach(fn: (value: XY, key: string, map: ReadonlyMap<string, XY>) => void, thisArg?: unknown): void {
    for (const [k, p] of this.entries()) fn.call(thisArg, p, k, this);
  }
}
