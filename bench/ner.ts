// NER benchmark: model load time, tagger tokens/s on tokenised text (one core), peak memory, and compromise's
// people/organizations/places words/s over the same sentences in the same run. `pnpm bench ner`.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { loadNerModel } from "../packages/core/src/node/load-ner.ts";
import { parseConll } from "../packages/core/src/ner/conll.ts";
import { tagDocumentClasses } from "../packages/core/src/ner/tagger.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TESTA = path.resolve(REPO_ROOT, "../shared/ner/conll2003/eng.testa");
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const cpuSeconds = (since: NodeJS.CpuUsage) => process.cpuUsage(since).user / 1e6;

export function runNerBench(): void {
  if (!existsSync(TESTA)) {
    console.log(`ner: skipped, ${TESTA} is absent (the shared data folder must sit beside the repo)`);
    return;
  }
  const loads: number[] = [];
  let model = loadNerModel();
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    model = loadNerModel();
    loads.push(performance.now() - t0);
  }
  const docs = parseConll(readFileSync(TESTA, "utf8")).docs.map((d) => d.sentences.map((s) => s.words));
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  for (const d of docs) tagDocumentClasses(model, d); // JIT warm-up
  let peak = process.memoryUsage().rss;
  const rounds = 5;
  const t0 = performance.now();
  const u0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) tagDocumentClasses(model, d);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ours = (rounds * tokens) / ((performance.now() - t0) / 1000);
  const oursCpu = (rounds * tokens) / (cpuSeconds(u0));

  const sentences = docs.flat().map((s) => s.join(" "));
  const c0 = performance.now();
  const cu0 = process.cpuUsage();
  for (const s of sentences) {
    const doc = nlp(s);
    doc.people().out("array");
    doc.organizations().out("array");
    doc.places().out("array");
  }
  const theirs = tokens / ((performance.now() - c0) / 1000);
  const theirsCpu = tokens / cpuSeconds(cu0);
  peak = Math.max(peak, process.memoryUsage().rss);

  console.log(`text: CoNLL-2003 eng.testa, ${fmt(tokens)} tokens in ${docs.length} documents (tokenised input, tags out)`);
  console.log(`model load (gunzip + parse), best of 3: ${Math.min(...loads).toFixed(0)} ms  (all: ${loads.map((x) => x.toFixed(0)).join(", ")} ms)`);
  // wall clock is what a user sees; CPU time (user) is the one-core figure when other processes share the machine
  console.log(`newsgraph NER (${model.passes} passes, ${rounds} rounds, one thread): ${fmt(ours)} tokens/s wall, ${fmt(oursCpu)} tokens/s per CPU-second`);
  console.log(`compromise people/organizations/places:  ${fmt(theirs)} words/s wall, ${fmt(theirsCpu)} words/s per CPU-second`);
  console.log(`speed-up: ${(ours / theirs).toFixed(1)}× wall, ${(oursCpu / theirsCpu).toFixed(1)}× CPU`);
  console.log(`peak RSS during the section: ${(peak / 1e6).toFixed(0)} MB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runNerBench();
