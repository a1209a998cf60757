// Bench-only: the NER tagger's CPU in two checkouts, warm, in one process: BBC segmented once, then
// tagDocumentClasses of A and B alternated in blocks of 100 articles (so a changing machine load weighs on both
// alike). Checks first that both give the same classes. A narrower view than bench/warm-ab.mjs (every document stage).
// Usage: node bench/ner-ab.mjs CHECKOUT_A CHECKOUT_B [ROUNDS=3]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [a, b, rounds = "3"] = process.argv.slice(2);
if (!a || !b) throw new Error("bench/ner-ab.mjs: name two checkouts with compiled packages (pnpm build in each)");
const builds = [];
for (const root of [a, b]) {
  const core = await import(path.join(path.resolve(root), "packages/core/dist/index.js"));
  const tagger = await import(path.join(path.resolve(root), "packages/core/dist/ner/tagger.js"));
  const { loadDefaultResources } = await import(path.join(path.resolve(root), "packages/cli/dist/resources.js"));
  builds.push({ core, tagger, res: loadDefaultResources() });
}
const bbc = path.resolve(import.meta.dirname, "../../shared/corpus/bbc");
const docs = [];
for (const topic of readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()))
  for (const f of readdirSync(path.join(bbc, topic.name)).sort()) {
    const text = readFileSync(path.join(bbc, topic.name, f), "utf8");
    const seg = builds[0].core.segment(text);
    docs.push(seg.sentences.map((s) => seg.tokens.slice(s.firstToken, s.lastToken + 1).map((t) => t.text)));
  }
const blocks = [];
for (let i = 0; i < docs.length; i += 100) blocks.push(docs.slice(i, i + 100));
const run = (build, block) => block.map((d) => build.tagger.tagDocumentClasses(build.res.ner, d));
for (const block of blocks) {
  const x = JSON.stringify(run(builds[0], block).map((d) => d.map((s) => Array.from(s))));
  const y = JSON.stringify(run(builds[1], block).map((d) => d.map((s) => Array.from(s))));
  if (x !== y) throw new Error("bench/ner-ab.mjs: the two checkouts tag differently");
}
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
  `NER: A ${cpu[0].toFixed(2)} s, B ${cpu[1].toFixed(2)} s of CPU, B/A ${(cpu[1] / cpu[0]).toFixed(3)} (${rounds} rounds, load average ${load} at the end)`,
);
