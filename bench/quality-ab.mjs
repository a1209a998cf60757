// Bench-only: the layout quality score of a corpus graph, checkout A against B in one process, alternated (CPU each).
// GRAPH is a graph.json (e.g. a BBC + Reuters build); both must give the same score. Each checkout's core is built.
// Usage: node bench/quality-ab.mjs A B GRAPH [ROUNDS]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
const [A, B, GRAPH, R = "5"] = process.argv.slice(2);
if (!GRAPH) throw new Error("bench/quality-ab: usage: node bench/quality-ab.mjs A B GRAPH [ROUNDS]");
const dist = (co, f) => path.join(path.resolve(co), "packages/core/dist/graph", f);
const qa = (await import(dist(A, "quality.js"))).corpusLayoutQuality;
const qb = (await import(dist(B, "quality.js"))).corpusLayoutQuality;
// each checkout scores the corpus form its own code splits (B's table may hold more than A's)
const Graph = createRequire(dist(B, "quality.js"))("graphology");
const whole = Graph.from(JSON.parse(readFileSync(GRAPH, "utf8")));
const ca = (await import(dist(A, "corpus-graph.js"))).splitGraph(whole);
const cb = (await import(dist(B, "corpus-graph.js"))).splitGraph(whole);
console.log("nodes", whole.order, "edges", whole.size);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const runs = { A: [], B: [] };
for (let r = 0; r < Number(R); r++)
  for (const [s, q, c] of r % 2
    ? [
        ["B", qb, cb],
        ["A", qa, ca],
      ]
    : [
        ["A", qa, ca],
        ["B", qb, cb],
      ]) {
    const t = cpu();
    const v = q(c);
    runs[s].push([cpu() - t, v]);
  }
const scores = new Set([...runs.A, ...runs.B].map((x) => x[1]));
console.log(scores.size === 1 ? `same score ${[...scores][0]}` : `SCORES DIFFER: ${[...scores]}`);
for (const s of ["A", "B"]) console.log(s, runs[s].map((x) => x[0].toFixed(3)).join(" "), "s CPU");
