// Bench-only: the statements stage's CPU in two checkouts, warm, in one process: BBC run through the stages before it
// once (by A), then A's and B's statements stage alternated in blocks of 100 articles (a changing load weighs on both
// alike). Checks first that both give the same statements, byte for byte (`--differ`: counts the blocks that differ
// instead, for a change that is meant to change statements). `--prof` runs B alone (for --cpu-prof).
// Usage: node bench/statements-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=3] [--prof] [--differ]
import path from "node:path";
import { alternatedCpu, bbcArticles, blocksOf, loadAverage } from "./ab.mjs";

const args = process.argv.slice(2).filter((x) => !x.startsWith("--"));
const prof = process.argv.includes("--prof");
const differ = process.argv.includes("--differ");
const [a, b, rounds = "3"] = args;
if (!a || !b)
  throw new Error("bench/statements-ab.mjs: name two checkouts with compiled packages (pnpm build in each)");
const builds = [];
for (const root of [a, b]) {
  const { DOCUMENT_STAGES } = await import(path.join(path.resolve(root), "packages/core/dist/pipeline/pipeline.js"));
  const { loadDefaultResources } = await import(path.join(path.resolve(root), "packages/cli/dist/resources.js"));
  builds.push({ stages: DOCUMENT_STAGES, res: loadDefaultResources() });
}
const pre = builds[0].stages.slice(0, 3);
const docs = bbcArticles().map((doc) => pre.reduce((s, stage) => stage.run(s, builds[0].res), { doc }));
const blocks = blocksOf(docs);
const run = (build, block) => block.map((s) => build.stages[3].run(s, build.res).statements);
if (prof) {
  for (let r = 0; r < Number(rounds); r++) for (const block of blocks) run(builds[1], block);
  process.exit(0);
}
let differing = 0;
for (const block of blocks) {
  const x = JSON.stringify(run(builds[0], block));
  const y = JSON.stringify(run(builds[1], block));
  if (x !== y && !differ)
    throw new Error(
      "bench/statements-ab.mjs: the two checkouts give different statements (--differ to time them anyway)",
    );
  if (x !== y) differing++;
}
if (differ) console.log(`blocks whose statements differ: ${differing} of ${blocks.length}`);
const cpu = alternatedCpu(blocks, Number(rounds), (i, block) => run(builds[i], block));
console.log(
  `statements: A ${cpu[0].toFixed(2)} s, B ${cpu[1].toFixed(2)} s of CPU, B/A ${(cpu[1] / cpu[0]).toFixed(3)} (${rounds} rounds, load average ${loadAverage()} at the end)`,
);
