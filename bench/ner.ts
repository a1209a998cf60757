// NER benchmark: model load time, tagger tokens/s on tokenised text (one core), peak memory, and compromise's
// people/organizations/places words/s over the same sentences in the same run. `pnpm bench ner`.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { loadNerModel } from "../packages/cli/src/load-ner.ts";
import { parseConll } from "../packages/core/src/ner/conll.ts";
import { tagDocumentClasses } from "../packages/core/src/ner/tagger.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TESTA = path.resolve(REPO_ROOT, "../shared/ner/conll2003/eng.testa");
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

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
  // Each round is timed on its own; the best round is the least disturbed by other processes on the machine.
  const ours = timeRounds(7, tokens, () => {
    for (const d of docs) tagDocumentClasses(model, d);
    peak = Math.max(peak, process.memoryUsage().rss);
  });
  const sentences = docs.flat().map((s) => s.join(" "));
  const theirs = timeRounds(3, tokens, () => {
    for (const s of sentences) {
      const doc = nlp(s);
      doc.people().out("array");
      doc.organizations().out("array");
      doc.places().out("array");
    }
  });
  peak = Math.max(peak, process.memoryUsage().rss);

  console.log(
    `text: CoNLL-2003 eng.testa, ${fmt(tokens)} tokens in ${docs.length} documents (tokenised input, tags out)`,
  );
  console.log(
    `model load (gunzip + parse), best of 3: ${Math.min(...loads).toFixed(0)} ms wall (all: ${loads.map((x) => x.toFixed(0)).join(", ")} ms)`,
  );
  console.log(`newsgraph NER (${model.passes} passes, one thread): ${row(ours, "tokens")}`);
  console.log(`compromise people/organizations/places: ${row(theirs, "words")}`);
  console.log(
    `speed-up: ${(ours.best / theirs.best).toFixed(1)}× (best rounds), ${(ours.median / theirs.median).toFixed(1)}× (medians), ${(ours.cpu / theirs.cpu).toFixed(1)}× (CPU time)`,
  );
  console.log(`peak RSS during the section: ${(peak / 1e6).toFixed(0)} MB`);
}

interface Rate {
  best: number;
  median: number;
  cpu: number;
}

/** Per-round wall-clock rates (best and median) and the rate per CPU-second over all rounds. */
function timeRounds(rounds: number, units: number, fn: () => void): Rate {
  const rates: number[] = [];
  const u0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    rates.push(units / ((performance.now() - t0) / 1000));
  }
  const cpu = (rounds * units) / (process.cpuUsage(u0).user / 1e6);
  rates.sort((a, b) => a - b);
  return { best: rates[rates.length - 1]!, median: rates[Math.floor(rates.length / 2)]!, cpu };
}

const row = (r: Rate, unit: string) =>
  `${fmt(r.best)} ${unit}/s best round, ${fmt(r.median)} median, ${fmt(r.cpu)} per CPU-second`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runNerBench();
