// Bench-only: per function, TurboFan compilations and deoptimisations ("wrong map" apart from the others) in two traces,
// to compare a change against its base (see bench/jit-trace.mjs for one trace's totals and deopt sites).
// Usage: node --trace-opt --trace-deopt packages/cli/bin/newsgraph.mjs extract … > before.txt (and after.txt)
//        node bench/jit-compare.mjs before.txt after.txt NAME...   (a function name; "(anonymous)" for closures)
import { readFileSync } from "node:fs";

const [before, after, ...names] = process.argv.slice(2);
if (!before || !after || names.length === 0) {
  console.error("bench/jit-compare.mjs: give two trace files and at least one function name");
  process.exit(2);
}
const count = (file) => {
  const byName = new Map();
  const get = (n) => byName.get(n) ?? byName.set(n, { compiled: 0, wrongMap: 0, other: 0 }).get(n);
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const c = /^\[completed compiling 0x\w+ <JSFunction ?(.*?) \(sfi = \w+\)> \(target TURBOFAN\)/.exec(line);
    if (c) {
      get(c[1] || "(anonymous)").compiled++;
      continue;
    }
    const d = /^\[bailout \(kind: [\w-]+, reason: (.*?)\): begin. deoptimizing 0x\w+ <JSFunction ?(.*?) \(sfi/.exec(
      line,
    );
    if (d) get(d[2] || "(anonymous)")[d[1] === "wrong map" ? "wrongMap" : "other"]++;
  }
  return byName;
};
const a = count(before);
const b = count(after);
const none = { compiled: 0, wrongMap: 0, other: 0 };
console.log("| function | compilations | wrong-map deopts | other deopts |\n|---|---:|---:|---:|");
for (const n of names) {
  const x = a.get(n) ?? none;
  const y = b.get(n) ?? none;
  console.log(`| ${n} | ${x.compiled} → ${y.compiled} | ${x.wrongMap} → ${y.wrongMap} | ${x.other} → ${y.other} |`);
}
