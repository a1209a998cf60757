// How far a build's heap may grow past its live data before V8 collects it in full: the knob that bounds peak memory.
import { setFlagsFromString } from "node:v8";

/**
 * Percent of growth past what the last full collection left live. V8 on its own lets a fast-growing heap reach about
 * twice its live size, and a build's graph grows steadily from the end of extraction until it is written, so its peak
 * RSS was about twice the finished graph. 20 % bounds that overshoot for some 9 % more CPU at 8× BBC + Reuters (README,
 * *Build memory*); 0 leaves V8's own choice (faster, more memory).
 */
export const DEFAULT_HEAP_GROWTH_PERCENT = 20;

/** Applies the growth bound to this process. V8 reads the flag at every full collection, so setting it at run time works. */
export function boundHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
