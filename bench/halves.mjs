// Bench-only: the ceiling for two jobs without threads. One `extract --jobs 1` over INPUT, one `--jobs 2`, and two
// `--jobs 1` processes over its two halves (alternate lines), run at once and then one after the other, alternated.
// Two processes share nothing, so at once against one after the other is what running both cores costs by itself
// (the hardware, the kernel), and their wall against one job's is the best a split can do on this machine.
// Under load the other core is busy anyway: run it on a quiet machine, or as `chrt -r 2 node bench/halves.mjs …` (root
// or CAP_SYS_NICE: every process then runs ahead of other programs, which only get the real-time leftover).
// Usage: node bench/halves.mjs INPUT [ROUNDS=1] [CHECKOUT=.]   (after pnpm build; Linux, /usr/bin/time)
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const [input, rounds = "1", checkout = "."] = process.argv.slice(2);
if (!input) throw new Error("bench/halves.mjs: give INPUT (a JSONL file of articles) [ROUNDS] [CHECKOUT]");
const cli = path.join(path.resolve(checkout), "packages/cli/bin/newsgraph.mjs");
const preload = path.join(import.meta.dirname, "thread-cpu.mjs");
const tmp = mkdtempSync(path.join(os.tmpdir(), "ng-halves-"));
const lines = readFileSync(input, "utf8").split("\n").filter(Boolean);
const halves = [0, 1].map((h) => {
  const file = path.join(tmp, `half${h}.jsonl`);
  writeFileSync(file, lines.filter((_, i) => i % 2 === h).join("\n") + "\n");
  return file;
});

/** One process, resolved with wall, CPU (user + system) and its threads' split (bench/thread-cpu.mjs). */
function run(file, jobs, tag) {
  const dir = path.join(tmp, `cpu-${tag}`);
  const timeFile = path.join(tmp, `time-${tag}`);
  mkdirSync(dir, { recursive: true });
  const args = ["-f", "%e %U %S", "-o", timeFile, process.execPath, "--import", preload, cli];
  args.push("extract", file, "-o", path.join(tmp, `out-${tag}.jsonl`), "--no-cache", "--jobs", String(jobs));
  return new Promise((resolve, reject) => {
    const p = spawn("/usr/bin/time", args, { env: { ...process.env, NG_THREAD_CPU_DIR: dir }, stdio: "ignore" });
    p.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`bench/halves.mjs: ${tag} exited with ${code}; run its command by hand`));
      const [wall, user, sys] = readFileSync(timeFile, "utf8").trim().split(/\s+/).map(Number);
      const cpuOf = (f) => Number(readFileSync(path.join(dir, f), "utf8"));
      const js = readdirSync(dir).reduce((s, f) => s + cpuOf(f), 0);
      resolve({ wall, cpu: user + sys, js, helpers: user + sys - js });
    });
  });
}

const f1 = (x) => x.toFixed(1);
const show = (label, r) =>
  console.log(
    `${label}: wall ${f1(r.wall)} s, CPU ${f1(r.cpu)} s (JS threads ${f1(r.js)}, V8 helpers ${f1(r.helpers)})`,
  );
const sum = (a, b, wall) => ({ wall, cpu: a.cpu + b.cpu, js: a.js + b.js, helpers: a.helpers + b.helpers });
try {
  for (let r = 1; r <= Number(rounds); r++) {
    const load = os.loadavg()[0].toFixed(1);
    const one = await run(input, 1, `one${r}`);
    const two = await run(input, 2, `two${r}`);
    const start = Date.now();
    const both = await Promise.all(halves.map((f, h) => run(f, 1, `at-once${r}-${h}`)));
    const atOnce = sum(both[0], both[1], (Date.now() - start) / 1000);
    const first = await run(halves[0], 1, `after${r}-0`);
    const second = await run(halves[1], 1, `after${r}-1`);
    const after = sum(first, second, first.wall + second.wall);
    console.log(`round ${r} (load average ${load} at its start):`);
    show("  one job", one);
    show("  two jobs", two);
    show("  halves at once (two one-job processes)", atOnce);
    show("  halves one after the other", after);
    console.log(
      `  speed-up over one job: two jobs ${(one.wall / two.wall).toFixed(2)}×, halves at once ${(one.wall / atOnce.wall).toFixed(2)}×; ` +
        `CPU of halves at once / one after the other ${(atOnce.cpu / after.cpu).toFixed(3)}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
