// Bench-only: CPU of each document stage over BBC in one process, a cold pass (fresh models, cold code) then a warm one.
// What a build's first pass pays beyond steady state, stage by stage (V8's helper threads included: process CPU).
// Usage: node bench/stage-split.mjs [CHECKOUT]
import path from "node:path";
import { bbcArticles, loadAverage } from "./ab.mjs";

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, ".."));
const { DOCUMENT_STAGES } = await import(path.join(root, "packages/core/dist/pipeline/pipeline.js"));
const { loadDefaultResources } = await import(path.join(root, "packages/cli/dist/resources.js"));
const res = loadDefaultResources();
const docs = bbcArticles();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
for (const pass of ["cold", "warm"]) {
  const t = DOCUMENT_STAGES.map(() => 0);
  for (const doc of docs) {
    let s = { doc };
    DOCUMENT_STAGES.forEach((stage, i) => {
      const a = cpu();
      s = stage.run(s, res);
      t[i] += cpu() - a;
    });
  }
  const parts = DOCUMENT_STAGES.map((stage, i) => `${stage.name} ${t[i].toFixed(2)} s`).join(", ");
  console.log(`${pass}: ${parts}; total ${t.reduce((a, b) => a + b).toFixed(2)} s (load average ${loadAverage()})`);
}
