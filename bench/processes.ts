// Whole processes timed as a user runs them: wall clock, CPU (user + system, all threads) and peak RSS via /usr/bin/time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
}

const HAVE_TIME = existsSync("/usr/bin/time");

/** Run a command to completion; without /usr/bin/time, CPU and RSS are reported as NaN. */
export function timeProcess(cmd: string[], cwd = REPO_ROOT): ProcRun {
  const dir = mkdtempSync(path.join(tmpdir(), "ng-bench-time-"));
  const stats = path.join(dir, "time.txt");
  const argv = HAVE_TIME ? ["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats, ...cmd] : cmd;
  const t0 = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wall = (performance.now() - t0) / 1000;
  let run: ProcRun = { wall, cpu: NaN, rssMiB: NaN, code: r.status ?? -1, stderr: r.stderr ?? "" };
  if (HAVE_TIME && existsSync(stats)) {
    const last = readFileSync(stats, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    const [e, u, s, kb] = last as [number, number, number, number];
    run = { ...run, wall: e, cpu: u + s, rssMiB: kb / 1024 };
  }
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/** Fail loudly: a benchmark row from a crashed process would be a lie. */
export function mustSucceed(what: string, r: ProcRun): ProcRun {
  if (r.code !== 0) throw new Error(`bench: ${what} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
  return r;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "n/a";
export const load = () => loadavg()[0]!.toFixed(1);
