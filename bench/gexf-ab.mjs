// Bench-only: the GEXF writer of two checkouts on one written graph.json, alternated in one process, main-thread
// CPU per document written (the chunks joined, as a file would get them). Checks first that both give the same bytes.
// Usage: node bench/gexf-ab.mjs CHECKOUT_A CHECKOUT_B GRAPH_JSON [ROUNDS=6]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { threadCpu } from "./cpu-clock.mjs";
import { loadAverage } from "./ab.mjs";
import { alternated } from "./alternate.mjs";

const [a, b, file, rounds = "6"] = process.argv.slice(2);
if (!file) throw new Error("bench/gexf-ab.mjs: give CHECKOUT_A CHECKOUT_B GRAPH_JSON [ROUNDS]");
const load = async (dir) => {
  const core = await import(pathToFileURL(path.resolve(dir, "packages/core/dist/index.js")).href);
  const Graph = createRequire(path.resolve(dir, "packages/core/package.json"))("graphology");
  return { core, Graph };
};
const sides = [await load(a), await load(b)];
// the chunks go where a build sends them: encoded into one reused buffer (A's writer of the CLI for both sides)
const { writeGathered } = await import(pathToFileURL(path.resolve(a, "packages/cli/dist/io.js")).href);
const data = JSON.parse(readFileSync(file, "utf8"));
const graph = sides[0].Graph.from(data);
const write = (side, keep) => {
  const parts = [];
  writeGathered(side.core.gexfChunks(graph), (b) => keep && parts.push(Buffer.from(b)));
  return keep ? Buffer.concat(parts) : null;
};
const x = write(sides[0], true),
  y = write(sides[1], true);
if (!x.equals(y)) throw new Error("bench/gexf-ab.mjs: the two checkouts write different GEXF");
console.log(`${graph.order} nodes, ${graph.size} edges, ${x.length} bytes`);
const { took } = alternated(Number(rounds), (s) => write(sides[s === "A" ? 0 : 1]), threadCpu);
const cpu = [took.A, took.B].map((l) => l.reduce((x, y) => x + y, 0));
console.log(
  `GEXF: A ${cpu[0].toFixed(2)} s, B ${cpu[1].toFixed(2)} s of CPU, B/A ${(cpu[1] / cpu[0]).toFixed(3)} (${rounds} rounds, load average ${loadAverage()} at the end)`,
);
