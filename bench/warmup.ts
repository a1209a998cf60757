// `pnpm bench scale --parts warmup`: what a thread's first pass costs over a warm one, split into its own CPU and V8's
// helper threads (compiler, garbage collector); every extra worker thread pays that first pass again.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT, fmt } from "./processes.ts";

interface Pass {
  label: string;
  docs: number;
  main: number;
  all: number;
}

/** Runs bench/warmup-child.mjs on the first `maxDocs` documents of `corpus` (JSONL) and prints its passes as a table. */
export function runWarmup(corpus: string, maxDocs = 2225): void {
  if (process.platform !== "linux") {
    console.log("\nwarm-up part skipped: it reads per-thread CPU from /proc (Linux only)");
    return;
  }
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, "bench/warmup-child.mjs"), corpus, String(maxDocs)], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0)
    throw new Error(`bench warmup: the child process failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const passes = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Pass);
  console.log(
    `\n### Warm-up: one fresh process extracts two interleaved halves (A, B) of the first ${fmt(maxDocs)} documents, compiled packages\n`,
  );
  console.log("| pass | documents | CPU | main thread | V8 helper threads |\n|---|---:|---:|---:|---:|");
  for (const p of passes)
    console.log(
      `| ${p.label} | ${fmt(p.docs)} | ${fmt(p.all, 2)} s | ${fmt(p.main, 2)} s | ${fmt(p.all - p.main, 2)} s |`,
    );
  const [a, , , again] = passes as [Pass, Pass, Pass, Pass];
  console.log(
    `\nthe cold pass costs ${fmt(a.all / again.all, 2)}× the warm one over the same documents (${fmt(a.all - again.all, 1)} s more CPU, ${fmt(a.all - a.main - (again.all - again.main), 1)} s of it in V8's helper threads)`,
  );
}
