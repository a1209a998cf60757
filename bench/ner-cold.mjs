// Bench-only: one cold NER pass over BBC in this process: a fresh model and word memo on cold code, the tagging's CPU
// printed (BBC is segmented first, outside the timing). Run it for two checkouts in turn, several times, to compare
// what a new thread pays. Usage: node bench/ner-cold.mjs CHECKOUT
import path from "node:path";
import { bbcArticles } from "./ab.mjs";

const root = path.resolve(process.argv[2] ?? ".");
const core = await import(path.join(root, "packages/core/dist/index.js"));
const tagger = await import(path.join(root, "packages/core/dist/ner/tagger.js"));
const { readModelBytes } = await import(path.join(root, "packages/cli/dist/resources.js"));
const bytes = readModelBytes().ner;
const docs = bbcArticles().map(({ text }) => {
  const seg = core.segment(text);
  return seg.sentences.map((s) => seg.tokens.slice(s.firstToken, s.lastToken + 1).map((t) => t.text));
});
const model = core.parseNerModel(bytes);
const t = process.cpuUsage();
for (const d of docs) tagger.tagDocumentClasses(model, d);
const u = process.cpuUsage(t);
console.log(`${root}: ${((u.user + u.system) / 1e6).toFixed(2)} s of CPU tagging BBC once, cold`);
