// `pnpm bench pathological`: whole `newsgraph` processes over generated hostile shapes at two sizes, to show time per MB stays flat.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "../packages/cli/bin/newsgraph.mjs");
const MB = 1024 * 1024;

/** Each kind makes a file of about `bytes` bytes; invented text only. */
const KINDS: { name: string; ext: string; make: (bytes: number) => string }[] = [
  {
    name: "nested HTML (<div> levels)",
    ext: "html",
    make: (b) => {
      const d = Math.floor((b - 60) / 11);
      return `<html><body>${"<div>".repeat(d)}Vale said the port would reopen.${"</div>".repeat(d)}</body></html>`;
    },
  },
  { name: "single-character lines", ext: "txt", make: (b) => "a\n".repeat(Math.floor(b / 2)) },
  { name: "short hard-wrapped lines", ext: "txt", make: (b) => "ab cd,\n".repeat(Math.floor(b / 7)) },
  { name: '"Smith said " without full stops', ext: "txt", make: (b) => "Smith said ".repeat(Math.floor(b / 11)) },
];

function timeBuild(file: string, out: string): { s: number; code: number | null; summary: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, "build", file, "-o", out], { encoding: "utf8" });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const summary = (r.stderr.trim().split("\n").pop() ?? "").replace(/^newsgraph: /, "");
  return { s, code: r.status, summary };
}

export function runPathologicalBench(): void {
  const dir = mkdtempSync(path.join(tmpdir(), "ng-patho-"));
  console.log(
    `load average at start: ${loadavg()[0]!.toFixed(2)} (timings are whole processes: startup, extraction, graph, writing)\n`,
  );
  console.log("| kind | input | wall | s/MB | exit | graph.json | last line |\n|---|---:|---:|---:|---:|---:|---|");
  try {
    for (const k of KINDS) {
      for (const size of [0.5 * MB, 1 * MB, 2 * MB]) {
        const file = path.join(dir, `in.${k.ext}`);
        writeFileSync(file, k.make(size));
        const mb = statSync(file).size / MB;
        const out = path.join(dir, "g.json");
        const r = timeBuild(file, out);
        const bytes = statSync(out, { throwIfNoEntry: false })?.size;
        const graph =
          bytes === undefined ? "-" : bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
        console.log(
          `| ${k.name} | ${mb.toFixed(2)} MB | ${r.s.toFixed(1)} s | ${(r.s / mb).toFixed(1)} | ${r.code} | ${graph} | ${r.summary.slice(0, 90)} |`,
        );
        rmSync(out, { force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
