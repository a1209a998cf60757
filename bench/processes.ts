// Whole processes timed as a user runs them: wall clock, CPU (user + system, all threads) and peak RSS via /usr/bin/time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CORES = availableParallelism();

/** The newsgraph command a user runs: the compiled CLI package when it exists, else the core launcher (tsx on source). */
export function newsgraphCommand(): string[] {
  for (const bin of ["packages/cli/bin/newsgraph.mjs", "packages/cli/dist/bin.js"]) {
    const full = path.join(REPO_ROOT, bin);
    if (existsSync(full)) return [process.execPath, full];
  }
  throw new Error("bench: no newsgraph launcher found; run pnpm install");
}

export interface ProcRun {
  wall: number; // seconds
  cpu: number; // seconds, user + system of the process and its threads
  rssMiB: number; // peak resident set
  code: number;
  stderr: string;
  /** with `threadCpu` (Linux): seconds of CPU in the main thread, in each worker thread, and in the rest (V8 helpers) */
  threads?: { main: number; workers: number[]; other: number };
}

const THREAD_CPU = path.join(REPO_ROOT, "bench/thread-cpu.mjs");

const HAVE_TIME = existsSync("/usr/bin/time");
const HAVE_TIMEOUT = existsSync("/usr/bin/timeout");

/**
 * Minutes a timed process may run before coreutils `timeout` stops it (`--timeout-min N`, 60 by default), so a child
 * that hangs (one two-job extract once hung at exit, after writing its output) fails the bench with a message
 * instead of stalling it. The quiet 16× build takes about 10 minutes and the 1 GB file about 12.
 */
const TIMEOUT_MIN = (() => {
  const i = process.argv.indexOf("--timeout-min");
  const n = i >= 0 ? Number(process.argv[i + 1]) : 60;
  if (!(n > 0)) throw new Error("bench: --timeout-min takes a positive number of minutes");
  return n;
})();
const TIMED_OUT = [124, 137]; // timeout's own exit codes: after SIGTERM, and after the SIGKILL that follows it

/**
 * Run a command to completion; without /usr/bin/time, CPU and RSS are reported as NaN. `threadCpu` (a node command,
 * Linux only) also splits the CPU by thread through the bench/thread-cpu.mjs preload, which does not change the output.
 */
export function timeProcess(cmd: string[], cwd = REPO_ROOT, opts: { threadCpu?: boolean } = {}): ProcRun {
  const dir = mkdtempSync(path.join(tmpdir(), "ng-bench-time-"));
  const stats = path.join(dir, "time.txt");
  const perThread = !!opts.threadCpu && process.platform === "linux" && cmd[0] === process.execPath;
  const cpuDir = path.join(dir, "threads");
  if (perThread) cmd = [cmd[0]!, "--import", pathToFileURL(THREAD_CPU).href, ...cmd.slice(1)];
  // /usr/bin/time reports what timeout waited for: the command's CPU and its peak RSS
  const capped = HAVE_TIMEOUT ? ["/usr/bin/timeout", "--kill-after=30", `${TIMEOUT_MIN * 60}`, ...cmd] : cmd;
  const argv = HAVE_TIME ? ["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats, ...capped] : capped;
  const t0 = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "ignore", "pipe"],
    env: perThread ? { ...process.env, NG_THREAD_CPU_DIR: (mkdirSync(cpuDir), cpuDir) } : process.env,
  });
  const wall = (performance.now() - t0) / 1000;
  let run: ProcRun = { wall, cpu: NaN, rssMiB: NaN, code: r.status ?? -1, stderr: r.stderr ?? "" };
  if (HAVE_TIME && existsSync(stats)) {
    const last = readFileSync(stats, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    const [e, u, s, kb] = last as [number, number, number, number];
    run = { ...run, wall: e, cpu: u + s, rssMiB: kb / 1024 };
  }
  if (perThread && existsSync(path.join(cpuDir, "main"))) {
    const secs = (f: string) => Number(readFileSync(path.join(cpuDir, f), "utf8"));
    const main = secs("main");
    const workers = readdirSync(cpuDir)
      .filter((f) => f.startsWith("worker-"))
      .sort()
      .map(secs);
    run.threads = { main, workers, other: run.cpu - main - workers.reduce((a, b) => a + b, 0) };
  }
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/** Fail loudly: a benchmark row from a crashed process would be a lie. */
export function mustSucceed(what: string, r: ProcRun): ProcRun {
  if (HAVE_TIMEOUT && TIMED_OUT.includes(r.code))
    throw new Error(
      `bench: ${what} ran longer than ${TIMEOUT_MIN} min and was stopped (a hung process, or a slow machine: raise --timeout-min):\n${r.stderr.slice(-2000)}`,
    );
  if (r.code !== 0) throw new Error(`bench: ${what} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
  return r;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "n/a";
export const load = () => loadavg()[0]!.toFixed(1);

/** One Markdown table row. */
export const row = (cells: (string | number)[]) => console.log(`| ${cells.join(" | ")} |`);
/** Words per second of a process, by wall or CPU time. */
export const wps = (words: number, r: ProcRun, by: "wall" | "cpu") => fmt(words / r[by]);
