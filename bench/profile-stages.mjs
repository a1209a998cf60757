// Bench-only: self time of a `node --cpu-prof --cpu-prof-dir DIR …` run (every thread's profile in DIR), by stage
// (the folder of the function's file) and by function, as shares of the busy samples (idle left out).
// Usage: node bench/profile-stages.mjs DIR [TOP=25]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir, top = "25"] = process.argv.slice(2);
if (!dir) throw new Error("bench/profile-stages.mjs: name the folder given to node --cpu-prof-dir");
/** first match wins: statements/learned before statements/ */
const STAGES = [
  ["segment (text/)", /core\/(dist|src)\/text\//],
  ["mentions: NER tagger (ner/)", /core\/(dist|src)\/ner\//],
  ["entities (entities/)", /core\/(dist|src)\/entities\//],
  ["statements: attribution tagger (statements/learned/)", /core\/(dist|src)\/statements\/learned\//],
  ["statements: rules and other models (statements/)", /core\/(dist|src)\/statements\//],
  ["corpus: resolve/, graph/ (graph, metrics, writers)", /core\/(dist|src)\/(graph|resolve)\//],
  ["graphology, ForceAtlas2, Louvain", /graphology/],
  ["pipeline, batch (record JSON), util", /core\/(dist|src)\/(pipeline|util|schema)\//],
  ["CLI (read, write, pool, facts)", /cli\/(dist|src)\//],
  ["regular expressions (all stages)", /^RegExp:/],
  ["garbage collector", /^\(garbage collector\)/],
  ["Node internals, module loading, zod, other", /(?:)/],
];
const byStage = new Map(STAGES.map(([s]) => [s, 0]));
const byFn = new Map();
let total = 0;
const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
if (files.length === 0) throw new Error(`bench/profile-stages.mjs: no .cpuprofile files in ${dir}`);
for (const f of files) {
  const p = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
  const self = new Map();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let busy = 0;
  let idle = 0;
  for (const n of p.nodes) {
    const t = (self.get(n.id) ?? 0) / 1e6;
    if (!t) continue;
    const { functionName: fn, url, lineNumber } = n.callFrame;
    if (fn === "(idle)") {
      idle += t;
      continue;
    }
    const key = fn.startsWith("RegExp:") || fn.startsWith("(garbage") ? fn : url;
    const stage = STAGES.find(([, re]) => re.test(key))[0];
    byStage.set(stage, byStage.get(stage) + t);
    const name = `${fn.startsWith("RegExp:") ? `${fn.slice(0, 40)}…` : fn || "(anonymous)"} ${url.replace(/^.*\/packages\//, "")}:${lineNumber + 1}`;
    byFn.set(name, (byFn.get(name) ?? 0) + t);
    busy += t;
  }
  total += busy;
  console.log(`${f}: ${busy.toFixed(1)} s of busy samples, ${idle.toFixed(1)} s idle`);
}
const pct = (t) => `${((100 * t) / total).toFixed(1)} %`;
console.log("\n| stage | share of samples |\n|---|---:|");
for (const [s, t] of [...byStage].sort((a, b) => b[1] - a[1])) if (t > 0) console.log(`| ${s} | ${pct(t)} |`);
console.log("\n| function | share of samples |\n|---|---:|");
for (const [fn, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`| ${fn} | ${pct(t)} |`);
