// V8's tiering for extraction: optimise a function only after more of its feedback is in, so the optimising compiler runs less often and deoptimises less.
import { setFlagsFromString } from "node:v8";

/**
 * Bytecode budget before V8 considers optimising a function again: 16 × V8's default (67,584). The document stages are
 * large functions whose branches keep meeting new shapes over the first hundreds of documents; optimised too early,
 * each is compiled, deoptimised on the next unseen branch and compiled again, and every thread (worker isolates too)
 * pays that in V8's compiler threads. Measured on BBC with whole processes (`bench/thread-cpu.mjs`, three alternated
 * rounds, README "Benchmarks"): with one job V8's helper threads fall from 4.6 s to 1.4 s and the process's CPU from
 * 16.9 s to 13.0 s (8 × gave 2.0 s and 14.8 s), and the output bytes do not change (tiering never changes results).
 */
export const V8_DEFAULT_INTERRUPT_BUDGET = 67_584; // V8 11.3's (Node 20), from `node --v8-options`
export const EXTRACTION_INTERRUPT_BUDGET = 16 * V8_DEFAULT_INTERRUPT_BUDGET;

let applied = false;
let raised = false;

/**
 * Set once per process, before the first document: V8 flags are process-wide, so worker threads inherit it. A budget
 * given to node itself (`node --interrupt-budget=N`, or in NODE_OPTIONS) wins, so the choice can be measured both ways.
 */
export function tuneTieringForExtraction(budget = EXTRACTION_INTERRUPT_BUDGET): void {
  if (applied) return;
  applied = true;
  const flag = tieringFlag(process.execArgv, process.env["NODE_OPTIONS"], budget);
  if (flag) setFlagsFromString(flag);
  raised = flag !== null;
}

/**
 * After extraction, V8's default again (unless node was given a budget): the corpus stages of `build` are a few long
 * loops (ForceAtlas2, the writers), which a larger budget would leave longer in the interpreter before optimising.
 */
export function restoreTiering(): void {
  if (!raised) return;
  raised = false;
  applied = false;
  setFlagsFromString(`--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`);
}

/** The V8 flag to set, or null when node was given an interrupt budget of its own (`--interrupt-budget` or `--interrupt_budget`). */
export function tieringFlag(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  budget: number,
): string | null {
  const given = [...execArgv, nodeOptions ?? ""].some((a) => /--interrupt[-_]budget(?![-_])/.test(a));
  return given ? null : `--interrupt-budget=${budget}`;
}
