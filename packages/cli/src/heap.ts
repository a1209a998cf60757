// How far a big build's heap may grow past its live data before V8 collects it in full: the knob that bounds peak memory.
import { getHeapStatistics, setFlagsFromString } from "node:v8";

/**
 * Percent of growth past what the last full collection left live. V8 on its own lets a fast-growing heap reach about
 * twice its live size, and a build's graph grows steadily from the end of extraction until it is written, so its peak
 * RSS was about twice the finished graph. 20 % cut the peak at 4× BBC + Reuters from 2.7 to 1.8 GiB for about a fifth
 * more CPU (README, *Build memory*); 0 leaves V8's own choice (faster, more memory).
 */
export const DEFAULT_HEAP_GROWTH_PERCENT = 20;

/**
 * The bound applies once the heap holds this much, or the corpus has this many words when its graph is built (the
 * graph, built in one synchronous stretch after extraction, is what peaks, and it grows with the words): below both,
 * memory is no concern and the extra full collections would cost a small build about a tenth of its CPU for nothing
 * (BBC alone, 0.85 M words, peaks at about 600 MiB; BBC + Reuters, 3.4 M words, at about 1.1 GiB).
 */
export const HEAP_BOUND_FROM_BYTES = 1024 * 2 ** 20;
export const HEAP_BOUND_FROM_WORDS = 5_000_000;

/** Watches the heap while extraction runs (its awaits let the timer fire) and bounds its growth once it is big. */
export class HeapBound {
  private readonly timer: NodeJS.Timeout | undefined;
  private applied = false;

  constructor(
    private readonly percent: number,
    private readonly fromBytes = HEAP_BOUND_FROM_BYTES,
  ) {
    if (percent > 0) {
      this.timer = setInterval(() => this.check(), 500);
      this.timer.unref();
    }
  }

  /** Applies the bound if the heap or the corpus is big enough; call it before a long synchronous stretch (no timer fires there). */
  check(words = 0): boolean {
    const big = words >= HEAP_BOUND_FROM_WORDS || getHeapStatistics().used_heap_size >= this.fromBytes;
    if (this.percent > 0 && !this.applied && big) {
      // V8 reads the flag at every full collection, so setting it at run time takes effect from the next one
      setFlagsFromString(`--heap-growing-percent=${this.percent}`);
      this.applied = true;
      this.stop();
    }
    return this.applied;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
