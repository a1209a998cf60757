// Bench-only: A/B rounds in one process, the order swapped every round, so a drift of the machine falls on both sides.
import { processCpu } from "./cpu-clock.mjs";

/**
 * `rounds` rounds of `run("A", r, input)` and `run("B", r, input)` (A first in even rounds): each call's CPU seconds
 * by `clock`, and the distinct values the calls returned (one when both sides did the same work). `prepare(side)`
 * (optional) makes each call's `input` untimed.
 */
export function alternated(rounds, run, clock = processCpu, prepare = () => undefined) {
  const took = { A: [], B: [] };
  const results = new Set();
  for (let r = 0; r < rounds; r++)
    for (const side of r % 2 ? ["B", "A"] : ["A", "B"]) {
      const input = prepare(side);
      const t = clock();
      const out = run(side, r, input);
      took[side].push(clock() - t);
      results.add(out);
    }
  return { took, results };
}

/** seconds as `0.123, 0.130, …` */
export const secondsList = (l) => l.map((x) => x.toFixed(3)).join(", ");
