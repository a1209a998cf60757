// A set of disjoint half-open ranges with overlap tests, kept sorted so each test is a binary search.

/** Binary search: the first index in [0, n) for which `before(i)` is false (`before` must be true, then false). */
export function firstIndex(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** index of the first range whose end is > pos */
  private first(pos: number): number {
    return firstIndex(this.ends.length, (i) => this.ends[i]! <= pos);
  }

  overlaps(s: number, e: number): boolean {
    const i = this.first(s);
    return i < this.starts.length && this.starts[i]! < e;
  }

  /** True when exactly [s, e) is already present. */
  has(s: number, e: number): boolean {
    const i = this.first(s);
    return i < this.starts.length && this.starts[i] === s && this.ends[i] === e;
  }

  /** Adds a range that overlaps nothing already present (callers check first). */
  add(s: number, e: number): void {
    const i = this.first(s);
    this.starts.splice(i, 0, s);
    this.ends.splice(i, 0, e);
  }

  /** Adds [s, e) in place of the ranges it holds whole (a frame around attributions nested in it); callers check that it holds whole every range it overlaps. */
  cover(s: number, e: number): void {
    const i = this.first(s);
    let j = i;
    while (j < this.starts.length && this.starts[j]! < e) j++;
    this.starts.splice(i, j - i, s);
    this.ends.splice(i, j - i, e);
  }

  /** The longest stretch of [s, e) not covered by any range, or null. */
  longestFree(s: number, e: number): [number, number] | null {
    let best: [number, number] | null = null;
    let cur = s;
    for (let i = this.first(s); i < this.starts.length && this.starts[i]! < e; i++) {
      if (this.starts[i]! > cur && (!best || this.starts[i]! - cur > best[1] - best[0])) best = [cur, this.starts[i]!];
      cur = Math.max(cur, this.ends[i]!);
    }
    if (e > cur && (!best || e - cur > best[1] - best[0])) best = [cur, e];
    return best;
  }
}
