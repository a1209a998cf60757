// V8's young-generation collections during extraction with several jobs: on the collecting thread alone, not in parallel.
import { setFlagsFromString } from "node:v8";

let applied = false;
let changed = false;

/**
 * With one job, V8 spreads each scavenge over its helper threads on the idle core, for free. With every core
 * extracting, those helpers take turns with the other extraction thread, and the split and hand-over cost more than
 * they save: BBC `extract --no-cache --jobs 2`, three alternated rounds at load average 12-15 (bench/jobs-ab.mjs),
 * process CPU 28.5, 25.2, 22.6 s with parallel scavenges against 25.4, 23.5, 21.3 s without, V8's helpers 3.8, 3.6,
 * 3.2 s against 3.1, 2.6, 2.3 s, the same output bytes. Set once per process (V8 flags are process-wide, so the
 * workers' isolates follow), before the first document; a GC flag given to node itself (`--parallel-scavenge`,
 * `--no-parallel-scavenge`, `--single-threaded-gc`, also in NODE_OPTIONS) wins.
 */
export function serialScavengeForExtraction(): void {
  if (applied) return;
  applied = true;
  changed = !scavengeFlagGiven(process.execArgv, process.env["NODE_OPTIONS"]);
  if (changed) setFlagsFromString("--no-parallel-scavenge");
}

/** After extraction, V8's default again: a build's corpus stages run on this thread alone, with a core for the helpers. */
export function restoreScavenge(): void {
  if (!changed) return;
  changed = false;
  applied = false;
  setFlagsFromString("--parallel-scavenge");
}

/** Whether node was given a flag that decides how scavenges run (then it is left as given). */
export function scavengeFlagGiven(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, nodeOptions ?? ""].some((a) =>
    /--(no[-_])?parallel[-_]scavenge|--single[-_]threaded[-_]gc/.test(a),
  );
}
