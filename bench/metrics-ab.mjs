// Bench-only: the metrics' entity network and PageRank of two checkouts on one written graph.json, alternated in one
// process, main-thread CPU per step. The corpus graph is rebuilt from the file's entity nodes and edges (kind and
// weight only), as the metrics see it. Each checkout's compiled core is imported from its dist.
// Usage: node bench/metrics-ab.mjs BASE_CHECKOUT THIS_CHECKOUT GRAPH_JSON [ROUNDS=4]
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { threadCpu } from "./cpu-clock.mjs";

const [base, mine, file, rounds = "4"] = process.argv.slice(2);
if (!file) throw new Error("bench/metrics-ab.mjs: give BASE_CHECKOUT THIS_CHECKOUT GRAPH_JSON [ROUNDS]");
const load = async (dir) => {
  const core = pathToFileURL(path.resolve(dir, "packages/core/dist/index.js")).href;
  const mod = await import(core);
  const req = (await import("node:module")).createRequire(path.resolve(dir, "packages/core/package.json"));
  return { ...mod, Graph: req("graphology") };
};
const A = await load(base),
  B = await load(mine);

// entity nodes and entity edges of the file, one JSON line each
const lines = readFileSync(file, "utf8").split("\n");
const nodes = [],
  edges = [];
for (const l of lines) {
  if (!l.startsWith('{"key":')) continue;
  const o = JSON.parse(l.endsWith(",") ? l.slice(0, -1) : l);
  if (o.source === undefined) {
    if (o.attributes.kind !== "statement") nodes.push([o.key, o.attributes.kind]);
  } else if (A.ENTITY_EDGE_KINDS.has(o.attributes.kind))
    edges.push([o.source, o.target, o.attributes.kind, o.attributes.weight]);
}
const graphFor = (m) => {
  const g = new m.Graph({ type: "directed", multi: true, allowSelfLoops: false });
  for (const [k, kind] of nodes) g.addNode(k, { kind });
  for (const [s, t, kind, weight] of edges) if (g.hasNode(s) && g.hasNode(t)) g.addEdge(s, t, { kind, weight });
  return g;
};
console.log(`${nodes.length} entity nodes, ${edges.length} entity edges`);
const ga = graphFor(A),
  gb = graphFor(B);
const step = (m, g) => {
  const c0 = threadCpu();
  const net = m.entityNetwork(g);
  const c1 = threadCpu();
  m.assignMetrics(g, { previous: new Map(net.nodes().map((k) => [k, 0])) }, net);
  const c2 = threadCpu();
  const pr = [];
  g.forEachNode((_k, a) => pr.push(a.pagerank, a.weightedDegree));
  return { network: c1 - c0, metrics: c2 - c1, out: JSON.stringify(pr) };
};
for (let r = 0; r < Number(rounds); r++) {
  const order =
    r % 2
      ? [
          ["this", B, gb],
          ["base", A, ga],
        ]
      : [
          ["base", A, ga],
          ["this", B, gb],
        ];
  const got = {};
  for (const [name, m, g] of order) got[name] = step(m, g);
  const f = (x) => (1000 * x).toFixed(0).padStart(5);
  console.log(
    `round ${r + 1}: network ${f(got.base.network)} → ${f(got.this.network)} ms, metrics ${f(got.base.metrics)} → ${f(got.this.metrics)} ms, same scores: ${got.base.out === got.this.out}`,
  );
}
