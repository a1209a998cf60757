// `pnpm bench startup`: whole processes as a user runs them: `newsgraph --version` and a build of one small article,
// next to a bare `node -e 0` in the same run (interleaved, so machine load hits all three alike). Target: --version ≤ 150 ms.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT, fmt, load, mustSucceed, newsgraphCommand, timeProcess, type ProcRun } from "./processes.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function runStartupBench(rounds = 15): void {
  const cli = newsgraphCommand();
  const out = mkdtempSync(path.join(tmpdir(), "ng-bench-startup-"));
  const rows: [string, string[]][] = [
    ["node -e 0 (Node's own start)", [process.execPath, "-e", "0"]],
    ["newsgraph --version", [...cli, "--version"]],
    [
      "newsgraph build data/01-pipeline-halt.txt",
      [...cli, "build", "data/01-pipeline-halt.txt", "-o", path.join(out, "graph.json")],
    ],
  ];
  console.log(`${rounds} rounds, interleaved; load average ${load()} at the start (${cli.join(" ")})`);
  const runs: ProcRun[][] = rows.map(() => []);
  for (let i = 0; i < rounds; i++)
    rows.forEach(([name, cmd], k) => runs[k]!.push(mustSucceed(name, timeProcess(cmd, REPO_ROOT))));
  rmSync(out, { recursive: true, force: true });
  console.log("\n| process | median wall | best wall | median CPU |\n|---|---:|---:|---:|");
  rows.forEach(([name], k) => {
    const r = runs[k]!;
    console.log(
      `| ${name} | ${fmt(median(r.map((x) => x.wall)) * 1000)} ms | ${fmt(Math.min(...r.map((x) => x.wall)) * 1000)} ms | ${fmt(median(r.map((x) => x.cpu)) * 1000)} ms |`,
    );
  });
  const version = median(runs[1]!.map((x) => x.wall)) * 1000;
  console.log(
    `\nnewsgraph --version: ${fmt(version)} ms median wall (target ≤ 150 ms: ${version <= 150 ? "met" : "not met"}; load average ${load()} at the end)`,
  );
}
