// Bench-only: a `node --cpu-prof --cpu-prof-dir DIR …` run read below one function (default extractStatements): self
// time by function, or (`children`) the inclusive time of its direct callees, or (`lines`) its self time by source line
// of the compiled file (where in a hot loop the samples fall: a load that misses, an index read).
// Usage: node bench/profile-under.mjs DIR [FN=extractStatements] [self|children|lines] [TOP=30]
import { readdirSync, readFileSync } from "node:fs";

const [dir, fn = "extractStatements", mode = "self", top = "30"] = process.argv.slice(2);
if (!dir) throw new Error("bench/profile-under.mjs: name the folder given to node --cpu-prof-dir");
const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
if (files.length === 0) throw new Error(`bench/profile-under.mjs: no .cpuprofile files in ${dir}`);
const by = new Map();
let total = 0;
const add = (k, v) => {
  by.set(k, (by.get(k) ?? 0) + v);
  total += v;
};
const where = (n) => `${n.callFrame.url.replace(/.*\/(core|cli)\/dist\//, "")}:${n.callFrame.lineNumber + 1}`;
for (const f of files) {
  const p = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  if (mode === "lines") {
    for (const n of p.nodes)
      if (n.callFrame.functionName === fn) for (const t of n.positionTicks ?? []) add(`line ${t.line}`, t.ticks);
    continue;
  }
  p.samples.forEach((id, i) => {
    // the sampled frame's ancestor named fn, and the frame just below it on the way
    let c = id;
    let below = null;
    while (c !== undefined && nodes.get(c).callFrame.functionName !== fn) {
      below = nodes.get(c);
      c = parent.get(c);
    }
    if (c === undefined) return;
    const n = mode === "children" ? below : nodes.get(id);
    add(n ? `${n.callFrame.functionName || "(anonymous)"} ${where(n)}` : "(self)", (p.timeDeltas[i + 1] ?? 0) / 1000);
  });
}
const unit = mode === "lines" ? "ticks" : "ms";
console.log(`${fn} (${mode}): ${total.toFixed(0)} ${unit} in ${files.length} profile(s)`);
const rows = [...by].sort((a, b) => (mode === "lines" ? Number(a[0].slice(5)) - Number(b[0].slice(5)) : b[1] - a[1]));
for (const [k, v] of rows.slice(0, mode === "lines" ? rows.length : Number(top)))
  if (mode !== "lines" || v >= total / 100) console.log(`${((100 * v) / total).toFixed(1).padStart(6)} %  ${k}`);
