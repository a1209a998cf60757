// Bench-only: the CPU of two checkouts' document stages in one process, warm, in alternated blocks of 100 BBC articles,
// so a load that changes during the run weighs on both alike (whole-process times on a busy machine vary far more than
// the difference sought). Checks first that both give the same records; the CPU is the whole process's (V8's helper
// threads included) while each block runs.
// Usage: node bench/warm-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=2]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [a, b, rounds = "2"] = process.argv.slice(2);
if (!a || !b) throw new Error("bench/warm-ab.mjs: name two checkouts with compiled packages (pnpm build in each)");
const builds = [];
for (const root of [a, b]) {
  const core = await import(path.join(path.resolve(root), "packages/core/dist/index.js"));
  const { loadDefaultResources } = await import(path.join(path.resolve(root), "packages/cli/dist/resources.js"));
  builds.push({ core, res: loadDefaultResources() });
}
const bbc = path.resolve(import.meta.dirname, "../../shared/corpus/bbc");
const docs = [];
for (const topic of readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()))
  for (const f of readdirSync(path.join(bbc, topic.name)).sort())
    docs.push({ id: `${topic.name}/${f}`, text: readFileSync(path.join(bbc, topic.name, f), "utf8") });
const blocks = [];
for (let i = 0; i < docs.length; i += 100) blocks.push(docs.slice(i, i + 100));
const run = (build, block) =>
  block.map((d) => JSON.stringify(build.core.extractDocument(d, build.res, { withText: false }))).join("\n");

// the first pass warms both and compares them
for (const block of blocks)
  if (run(builds[0], block) !== run(builds[1], block))
    throw new Error(`bench/warm-ab.mjs: the two checkouts give different records (block from ${block[0].id})`);
const cpu = [0, 0];
for (let r = 0; r < Number(rounds); r++)
  blocks.forEach((block, k) => {
    for (const i of (k + r) % 2 ? [1, 0] : [0, 1]) {
      const t = process.cpuUsage();
      run(builds[i], block);
      const d = process.cpuUsage(t);
      cpu[i] += (d.user + d.system) / 1e6;
    }
  });
const load = readFileSync("/proc/loadavg", "utf8").split(" ")[0];
console.log(
  `A ${cpu[0].toFixed(2)} s, B ${cpu[1].toFixed(2)} s of CPU, B/A ${(cpu[1] / cpu[0]).toFixed(3)} (${rounds} rounds over ${docs.length} articles, load average ${load} at the end)`,
);
