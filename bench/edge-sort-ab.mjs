// Bench-only: the graph stage's edge table drained in order (EdgeTable.sorted, core graph/edges.ts) by two checkouts,
// alternated in one process, main-thread CPU each. The table holds one aggregate per entity edge of a written
// graph.json (source, target, kind, one occurrence), as a rebuild's table does once the statements are dropped; both
// must yield the same order (checked). Each checkout's compiled core is imported from its dist.
// Usage: node bench/edge-sort-ab.mjs BASE_CHECKOUT THIS_CHECKOUT GRAPH_JSON [ROUNDS=6]
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { threadCpu } from "./cpu-clock.mjs";
import { alternated, secondsList as f } from "./alternate.mjs";

const [base, mine, file, rounds = "6"] = process.argv.slice(2);
if (!file) throw new Error("bench/edge-sort-ab.mjs: give BASE_CHECKOUT THIS_CHECKOUT GRAPH_JSON [ROUNDS]");
const load = async (dir) => import(pathToFileURL(path.resolve(dir, "packages/core/dist/graph/edges.js")).href);
const impl = { A: await load(base), B: await load(mine) };

const edges = [];
for (const l of readFileSync(file, "utf8").split("\n")) {
  if (!l.startsWith('{"key":') || !l.includes('"source":')) continue;
  const o = JSON.parse(l.endsWith(",") ? l.slice(0, -1) : l);
  if (!o.source.startsWith("statement:") && !o.target.startsWith("statement:"))
    edges.push([o.source, o.target, o.attributes.kind]);
}
// gathered in a fixed shuffled order (a build adds them document by document, not sorted)
let seed = 17;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let i = edges.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [edges[i], edges[j]] = [edges[j], edges[i]];
}
console.log(`${edges.length} entity edges`);
const table = (s) => {
  const t = new impl[s].EdgeTable();
  edges.forEach(([a, b, k], i) => t.add(a, b, k, { document: "d", start: i, end: i + 1 }));
  return t;
};
const { took, results } = alternated(
  +rounds,
  (_s, _r, t) => {
    let h = 0;
    for (const e of t.sorted(() => true))
      h = (h * 31 + e.source.length + 7 * e.target.length + e.attributes.start) % 1e9;
    return h;
  },
  threadCpu,
  table,
);
console.log(`A ${f(took.A)} s\nB ${f(took.B)} s\nsame order: ${results.size === 1}`);
