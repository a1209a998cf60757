// Bench-only: ForceAtlas2 (Barnes-Hut, the build's settings) of two checkouts on the entity network of a built
// graph.json, in one process, alternated; checks the two give the same position bits. The layout's share of a build
// is measured here without the rest of the build's noise.
// Usage: node bench/fa2-ab.mjs CHECKOUT_A CHECKOUT_B GRAPH_JSON [ITERATIONS=100] [ROUNDS=4]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [a, b, file, iterations = "100", rounds = "4"] = process.argv.slice(2);
if (!a || !b || !file)
  throw new Error(
    "bench/fa2-ab.mjs: name two checkouts (pnpm install done in each) and a graph.json from newsgraph build",
  );
const impls = [a, b].map((root) => {
  const fromCore = createRequire(path.join(path.resolve(root), "packages/core/package.json"));
  const pkg = path.dirname(fromCore.resolve("graphology-layout-forceatlas2"));
  const req = createRequire(path.join(pkg, "index.js"));
  return {
    fa2: req("./index.js"),
    defaults: req("./defaults.js"),
    helpers: req("./helpers.js"),
    iterate: req("./iterate.js"),
    Graph: fromCore("graphology"),
  };
});
// the connected entity network, in the file's edge order, seeded positions from a fixed generator
const data = JSON.parse(readFileSync(file, "utf8"));
const g = new impls[0].Graph({ type: "undirected", multi: false, allowSelfLoops: false });
const entity = new Set(data.nodes.filter((n) => n.attributes.kind !== "statement").map((n) => n.key));
let seed = 1;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
for (const e of data.edges) {
  if (!entity.has(e.source) || !entity.has(e.target) || e.source === e.target) continue;
  for (const k of [e.source, e.target])
    if (!g.hasNode(k)) g.addNode(k, { x: 100 * (rnd() - 0.5), y: 100 * (rnd() - 0.5) });
  if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.attributes.weight ?? 1 });
}
const settings = {
  ...impls[0].fa2.inferSettings(g),
  barnesHutOptimize: true,
  barnesHutTheta: 1.2,
  adjustSizes: false,
};
const cpu = [0, 0];
const bits = [];
for (let r = 0; r < Number(rounds); r++)
  for (const i of r % 2 ? [1, 0] : [0, 1]) {
    const { helpers, iterate } = impls[i];
    const full = helpers.assign({}, impls[i].defaults, settings);
    const m = helpers.graphToByteArrays(g, (_, attr) => attr.weight);
    const t = process.cpuUsage();
    for (let k = 0; k < Number(iterations); k++) iterate(full, m.nodes, m.edges);
    const d = process.cpuUsage(t);
    cpu[i] += (d.user + d.system) / 1e6;
    bits[i] = Buffer.from(m.nodes.buffer);
  }
if (!bits[0].equals(bits[1])) throw new Error("bench/fa2-ab.mjs: the two checkouts' layouts differ");
const load = readFileSync("/proc/loadavg", "utf8").split(" ")[0];
console.log(
  `ForceAtlas2, ${g.order} nodes, ${g.size} edges, ${iterations} iterations: A ${cpu[0].toFixed(2)} s, B ${cpu[1].toFixed(2)} s of CPU, B/A ${(cpu[1] / cpu[0]).toFixed(3)}, same positions (${rounds} rounds, load average ${load} at the end)`,
);
