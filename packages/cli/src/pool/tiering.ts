// V8's tiering for extraction: optimise a function only after more of its feedback is in, so the optimising compiler runs less often and deoptimises less.
import { setFlagsFromString } from "node:v8";

/**
 * Bytecode budget before V8 considers optimising a function again: 8 × V8's default (67,584). The document stages are
 * large functions whose branches keep meeting new shapes over the first hundreds of documents; optimised too early,
 * each is compiled, deoptimised on the next unseen branch and compiled again, and every thread (worker isolates too)
 * pays that in V8's compiler threads. Measured on BBC with whole processes (`bench/thread-cpu.mjs`, alternated rounds,
 * README "Benchmarks"): V8's helper threads fall from about 4.5 s to 1.9 s with one job, the main thread's CPU stays the
 * same, and the output bytes do not change (tiering never changes results).
 */
export const EXTRACTION_INTERRUPT_BUDGET = 8 * 67_584;

let applied = false;

/** Set once per process, before the first document: V8 flags are process-wide, so worker threads inherit it. */
export function tuneTieringForExtraction(budget = EXTRACTION_INTERRUPT_BUDGET): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--interrupt-budget=${budget}`);
}
