// Bench-only: the NER tagger's CPU in two checkouts, warm, in one process: BBC segmented once, then
// tagDocumentClasses of A and B alternated in blocks of 100 articles (so a changing machine load weighs on both
// alike). Checks first that both give the same classes. A narrower view than bench/warm-ab.mjs (every document stage).
// Usage: node bench/ner-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=3]
import path from "node:path";
import { alternatedCpu, bbcArticles, blocksOf, loadAverage } from "./ab.mjs";

const [a, b, rounds = "3"] = process.argv.slice(2);
if (!a || !b) throw new Error("bench/ner-ab.mjs: name two checkouts with compiled packages (pnpm build in each)");
const builds = [];
for (const root of [a, b]) {
  const core = await import(path.join(path.resolve(root), "packages/core/dist/index.js"));
  const tagger = await import(path.join(path.resolve(root), "packages/core/dist/ner/tagger.js"));
  const { loadDefaultResources } = await import(path.join(path.resolve(root), "packages/cli/dist/resources.js"));
  builds.push({ core, tagger, res: loadDefaultResources() });
}
const docs = bbcArticles().map(({ text }) => {
  const seg = builds[0].core.segment(text);
  return seg.sentences.map((s) => seg.tokens.slice(s.firstToken, s.lastToken + 1).map((t) => t.text));
});
const blocks = blocksOf(docs);
const run = (build, block) => block.map((d) => build.tagger.tagDocumentClasses(build.res.ner, d));
for (const block of blocks) {
  const x = JSON.stringify(run(builds[0], block).map((d) => d.map((s) => Array.from(s))));
  const y = JSON.stringify(run(builds[1], block).map((d) => d.map((s) => Array.from(s))));
  if (x !== y) throw new Error("bench/ner-ab.mjs: the two checkouts tag differently");
}
const cpu = alternatedCpu(blocks, Number(rounds), (i, block) => run(builds[i], block));
const load = loadAverage();
console.log(
  `NER: A ${cpu[0].toFixed(2)} s, B ${cpu[1].toFixed(2)} s of CPU, B/A ${(cpu[1] / cpu[0]).toFixed(3)} (${rounds} rounds, load average ${load} at the end)`,
);
