// Bench-only: whole `extract --no-cache` processes in several variants (checkouts, V8 flags, job counts), alternated,
// with each thread's CPU (bench/thread-cpu.mjs), and every variant's records compared byte for byte with the first's.
// Under load whole-process CPU swings by 10-15 % between runs of one variant, so read the split (JS threads against
// V8's helper threads) more than the totals, and alternate several rounds.
// Usage: node bench/jobs-ab.mjs INPUT ROUNDS VARIANT...   (after pnpm build in each checkout; Linux, /usr/bin/time)
//   VARIANT: LABEL=CHECKOUT[,JOBS[,NODE_FLAG...]], e.g. today=../base10,2 raw=../base10,2,--interrupt-budget=67584
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const [input, rounds = "3", ...specs] = process.argv.slice(2);
if (!input || specs.length === 0)
  throw new Error("bench/jobs-ab.mjs: give INPUT ROUNDS and at least one LABEL=CHECKOUT[,JOBS[,NODE_FLAG...]]");
const preload = path.join(import.meta.dirname, "thread-cpu.mjs");
const tmp = mkdtempSync(path.join(os.tmpdir(), "ng-jobs-ab-"));
const variants = specs.map((s) => {
  const eq = s.indexOf("=");
  const label = s.slice(0, Math.max(eq, 0));
  const rest = s.slice(eq + 1);
  const [checkout, jobs = "2", ...flags] = rest.split(",");
  if (eq < 1 || !checkout)
    throw new Error(`bench/jobs-ab.mjs: cannot read variant "${s}"; write LABEL=CHECKOUT[,JOBS[,FLAG...]]`);
  return { label, checkout: path.resolve(checkout), jobs, flags, out: path.join(tmp, `${label}.jsonl`), runs: [] };
});

/** One process: wall, CPU (user + system), the main thread's and each worker's CPU; V8's helper threads are the rest. */
function runOnce(v, round) {
  const dir = path.join(tmp, `cpu-${v.label}-${round}`);
  const timeFile = path.join(tmp, "time");
  const cli = path.join(v.checkout, "packages/cli/bin/newsgraph.mjs");
  const args = ["-f", "%e %U %S %M", "-o", timeFile, process.execPath, "--import", preload, ...v.flags, cli];
  args.push("extract", input, "-o", v.out, "--no-cache", "--jobs", v.jobs);
  const load = os.loadavg()[0];
  execFileSync("mkdir", ["-p", dir]);
  const r = spawnSync("/usr/bin/time", args, { env: { ...process.env, NG_THREAD_CPU_DIR: dir }, stdio: "ignore" });
  if (r.status !== 0) throw new Error(`bench/jobs-ab.mjs: ${v.label} exited with ${r.status}; run its command by hand`);
  const [wall, user, sys, rssKb] = readFileSync(timeFile, "utf8").trim().split(/\s+/).map(Number);
  const cpuOf = (f) => Number(readFileSync(path.join(dir, f), "utf8"));
  const main = cpuOf("main");
  const workers = readdirSync(dir)
    .filter((f) => f.startsWith("worker-"))
    .reduce((s, f) => s + cpuOf(f), 0);
  const cpu = user + sys;
  // garbage-collection pauses per JS thread (ms: minor, major) and the threads alive at exit by name (thread-cpu.mjs)
  const gcOf = (f) =>
    readFileSync(path.join(dir, `gc-${f}`), "utf8")
      .split(" ")
      .map(Number);
  const gc = ["main", ...readdirSync(dir).filter((f) => f.startsWith("worker-"))].map((f) => {
    const [minor, nMinor, major, nMajor] = gcOf(f);
    return `${f} ${f1(minor / 1000)}/${nMinor} + ${f1(major / 1000)}/${nMajor}`;
  });
  // the threads still alive at exit, busiest first: the main thread, then V8's platform workers (compiler, GC helpers)
  const tasks = readFileSync(path.join(dir, "tasks"), "utf8")
    .trim()
    .split("\n")
    .map((line) => Number(line.split("\t")[1]))
    .filter((s) => s >= 0.05)
    .sort((a, b) => b - a)
    .map(f1)
    .join(", ");
  return {
    load,
    wall,
    cpu,
    js: main + workers,
    main,
    workers,
    helpers: cpu - main - workers,
    rss: rssKb / 1024,
    gc,
    tasks,
  };
}

const f1 = (x) => x.toFixed(1);
try {
  for (let round = 1; round <= Number(rounds); round++)
    for (const v of variants) {
      const r = runOnce(v, round);
      v.runs.push(r);
      process.stdout.write(
        `round ${round} ${v.label} (jobs ${v.jobs}${v.flags.length ? ` ${v.flags.join(" ")}` : ""}): load ${f1(r.load)}, ` +
          `wall ${f1(r.wall)} s, CPU ${f1(r.cpu)} s = main ${f1(r.main)} + workers ${f1(r.workers)} + V8 helpers ${f1(r.helpers)} s, ` +
          `peak RSS ${Math.round(r.rss)} MiB\n  GC s/pauses (minor + major): ${r.gc.join("; ")}; threads at exit: ${r.tasks}\n`,
      );
      const same = spawnSync("cmp", ["-s", variants[0].out, v.out]).status === 0;
      if (!same) console.log(`  records differ from ${variants[0].label}'s (cmp ${variants[0].out} ${v.out})`);
    }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  console.log("\nmedians: variant | wall | CPU | JS threads | V8 helpers");
  for (const v of variants) {
    const m = (k) => f1(median(v.runs.map((r) => r[k])));
    console.log(`${v.label} | ${m("wall")} s | ${m("cpu")} s | ${m("js")} s | ${m("helpers")} s`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
