// Bench-only: what each model costs the statements stage, warm, in one process: BBC run through the stages before it
// once, then the stage with every model and with each one left out (null) in turn, alternated in blocks of 100
// articles. A model left out also changes what the later passes see, so each difference is that model's cost roughly.
// Usage: node bench/statements-models.mjs [CHECKOUT=.] [ROUNDS=2]
import path from "node:path";
import { bbcArticles, blocksOf, loadAverage } from "./ab.mjs";

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, ".."));
const rounds = Number(process.argv[3] ?? 2);
const { DOCUMENT_STAGES } = await import(path.join(root, "packages/core/dist/pipeline/pipeline.js"));
const { loadDefaultResources } = await import(path.join(root, "packages/cli/dist/resources.js"));
const res = loadDefaultResources();
const docs = bbcArticles().map((doc) => DOCUMENT_STAGES.slice(0, 3).reduce((s, st) => st.run(s, res), { doc }));
const variants = {
  all: res,
  "no content-ends": { ...res, contentEnds: null },
  "no statement-keep": { ...res, statementKeep: null },
  "no quote-keep": { ...res, quoteKeep: null },
  "no chooser": { ...res, sourceChooser: null },
  "no tagger": { ...res, attribution: null },
};
const names = Object.keys(variants);
const cpu = Object.fromEntries(names.map((n) => [n, 0]));
for (let r = 0; r < rounds; r++)
  blocksOf(docs).forEach((block, k) => {
    for (const n of (k + r) % 2 ? [...names].reverse() : names) {
      const t = process.cpuUsage();
      for (const s of block) DOCUMENT_STAGES[3].run(s, variants[n]);
      const d = process.cpuUsage(t);
      cpu[n] += (d.user + d.system) / 1e6;
    }
  });
console.log(
  `statements stage CPU over BBC (${rounds} rounds): ${names.map((n) => `${n} ${cpu[n].toFixed(2)} s`).join(", ")}; load average ${loadAverage()}`,
);
