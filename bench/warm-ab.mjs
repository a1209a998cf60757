// Bench-only: the CPU of two checkouts' document stages in one process, warm, in alternated blocks of 100 BBC articles,
// so a load that changes during the run weighs on both alike (whole-process times on a busy machine vary far more than
// the difference sought). Checks first that both give the same records; the CPU is the whole process's (V8's helper
// threads included) while each block runs.
// Usage: node bench/warm-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=2]
import path from "node:path";
import { alternatedCpu, bbcArticles, blocksOf, loadAverage } from "./ab.mjs";

const [a, b, rounds = "2"] = process.argv.slice(2);
if (!a || !b) throw new Error("bench/warm-ab.mjs: name two checkouts with compiled packages (pnpm build in each)");
const builds = [];
for (const root of [a, b]) {
  const core = await import(path.join(path.resolve(root), "packages/core/dist/index.js"));
  const { loadDefaultResources } = await import(path.join(path.resolve(root), "packages/cli/dist/resources.js"));
  builds.push({ core, res: loadDefaultResources() });
}
const docs = bbcArticles();
const blocks = blocksOf(docs);
const run = (build, block) =>
  block.map((d) => JSON.stringify(build.core.extractDocument(d, build.res, { withText: false }))).join("\n");

// the first pass warms both and compares them
for (const block of blocks)
  if (run(builds[0], block) !== run(builds[1], block))
    throw new Error(`bench/warm-ab.mjs: the two checkouts give different records (block from ${block[0].id})`);
const cpu = alternatedCpu(blocks, Number(rounds), (i, block) => run(builds[i], block));
const load = loadAverage();
console.log(
  `A ${cpu[0].toFixed(2)} s, B ${cpu[1].toFixed(2)} s of CPU, B/A ${(cpu[1] / cpu[0]).toFixed(3)} (${rounds} rounds over ${docs.length} articles, load average ${load} at the end)`,
);
