// Bench-only: what V8's optimising compiler did in one run, from its trace. Counts TurboFan compilations (first ones and
// recompilations of a function already compiled), deoptimisations by function, reason and source position, and the code
// thrown away for "code dependencies" (a field or map that optimised code relied on changed).
// Usage: node --trace-opt --trace-deopt-verbose packages/cli/bin/newsgraph.mjs extract … > trace.txt
//        node bench/jit-trace.mjs trace.txt [TOP]
// The compile times V8 prints are wall time on its compiler threads, so they grow with the machine's load: compare counts,
// and times only within one run.
import { readFileSync } from "node:fs";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("bench/jit-trace.mjs: give the trace file (node --trace-opt --trace-deopt-verbose … > trace.txt)");
  process.exit(2);
}
const top = Number(topArg ?? 20);
const lines = readFileSync(file, "utf8").split("\n");
const short = (where) => where.replace(/^file:\/\/\/.*?\/packages\//, "").replace(/.*node_modules\//, "");

const seen = new Set();
const recompiled = new Map();
let first = 0;
let again = 0;
let firstMs = 0;
let againMs = 0;
const deopts = new Map();
let deoptCount = 0;
let dependent = 0;
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  const c =
    /completed compiling 0x\w+ <JSFunction ?(.*?) \(sfi = (\w+)\)> \(target TURBOFAN\)(?: OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(
      line,
    );
  if (c) {
    const ms = Number(c[3]) + Number(c[4]) + Number(c[5]);
    if (seen.has(c[2])) {
      again++;
      againMs += ms;
      const name = c[1] || "(anonymous)";
      recompiled.set(name, (recompiled.get(name) ?? 0) + 1);
    } else {
      seen.add(c[2]);
      first++;
      firstMs += ms;
    }
    continue;
  }
  const d = /bailout \(kind: [\w-]+, reason: (.*?)\): begin. deoptimizing 0x\w+ <JSFunction ?(.*?) \(sfi/.exec(line);
  if (d) {
    const at = /deoptimize at <(.*?)>/.exec(lines[i + 1] ?? "");
    const key = `${d[2] || "(anonymous)"} | ${d[1]} | ${at ? short(at[1]) : "?"}`;
    deopts.set(key, (deopts.get(key) ?? 0) + 1);
    deoptCount++;
    continue;
  }
  if (line.includes("for deoptimization, reason: code dependencies")) dependent++;
}
const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(
  `TurboFan compilations: ${first + again} (${first} first, ${again} recompilations of a function compiled before)`,
);
console.log(
  `  compile time as printed (wall, load-dependent): first ${firstMs.toFixed(0)} ms, again ${againMs.toFixed(0)} ms`,
);
console.log(`deoptimisations: ${deoptCount}; optimised code thrown away for code dependencies: ${dependent}`);
console.log("most recompiled:");
for (const [name, n] of sorted(recompiled)) console.log(`  ${String(n).padStart(3)} ${name}`);
console.log("deoptimisations (function | reason | where):");
for (const [key, n] of sorted(deopts)) console.log(`  ${String(n).padStart(3)} ${key}`);
