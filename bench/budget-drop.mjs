// Bench-only preload (`node --import bench/budget-drop.mjs …`): change V8's interrupt budget once the process has used
// some CPU, to measure a tiering budget that is high while the code warms up and lower afterwards (docs/guide/scale.md, *Extraction CPU*).
// NG_BUDGET_DROP="SECONDS:BUDGET", or the import's query (`--import=file:///…/budget-drop.mjs?SECONDS:BUDGET`, so
// bench/jobs-ab.mjs can give each variant its own): after SECONDS of process CPU (user + system, all threads), set
// --interrupt-budget to BUDGET. V8 flags are process-wide, so the main thread alone sets it; each function's next budget is read from the flag
// when its current one runs out. Tiering never changes results, so the records stay the same bytes.
import { setFlagsFromString } from "node:v8";
import { isMainThread } from "node:worker_threads";

const spec = new URL(import.meta.url).search.slice(1) || process.env.NG_BUDGET_DROP;
if (spec && isMainThread) {
  const [seconds, budget] = spec.split(":").map(Number);
  if (!(seconds > 0) || !(budget > 0))
    throw new Error(
      `bench/budget-drop.mjs: cannot read NG_BUDGET_DROP="${spec}"; write SECONDS:BUDGET, e.g. 10:270336`,
    );
  // the extraction loop gives the event loop a turn before each batch, so the check runs every batch or so
  const timer = setInterval(() => {
    const { user, system } = process.cpuUsage();
    if ((user + system) / 1e6 < seconds) return;
    setFlagsFromString(`--interrupt-budget=${budget}`);
    // NG_BUDGET_DROP_LOG: a mark in stdout, where `node --trace-opt` writes, to count compilations before and after it
    if (process.env.NG_BUDGET_DROP_LOG) process.stdout.write(`budget-drop: ${budget} at ${(user + system) / 1e6} s\n`);
    clearInterval(timer);
  }, 200);
  timer.unref();
}
