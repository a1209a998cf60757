// pnpm eval:attribution [--split dev|train] [--errors N] [--misses N] [--wrong source|cue N]: score the statements stage on PolNeAR with our scorer, beside a naive baseline.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runDocumentStages } from "../packages/core/src/pipeline/pipeline.ts";
import { loadDefaultResources } from "../packages/cli/src/resources.ts";
import { parseAnn, type Attribution } from "./attribution/brat.ts";
import { baseline } from "./attribution/baseline.ts";
import { score, type DocPair, type Scores } from "./attribution/score.ts";
import { toAttributions } from "./attribution/adapt.ts";
import { printMisses, printWrong } from "./attribution/misses.ts";
import { extractStatements } from "../packages/core/src/statements/extract.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const split = args.includes("--split") ? args[args.indexOf("--split") + 1]! : "dev";
const dir = path.resolve(repoRoot, "../shared/attribution/polnear", split);
if (!existsSync(dir)) {
  console.error(`newsgraph/eval-attribution: PolNeAR ${split} not found at ${dir}; put the shared data next to the repo (../shared).`);
  process.exit(1);
}

const annFiles = readdirSync(path.join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
const res = loadDefaultResources();
const ours: DocPair[] = [];
const base: DocPair[] = [];
let statementMs = 0;
let totalMs = 0;
for (const txt of readdirSync(path.join(dir, "text")).filter((f) => f.endsWith(".txt")).sort()) {
  const stem = txt.slice(0, -4);
  // several annotators may have marked one article: the first file in sorted order is the gold
  const ann = annFiles.find((f) => f.startsWith(stem + "_") && /^_[0-9a-f]+\.ann$/.test(f.slice(stem.length)));
  if (!ann) continue;
  const text = readFileSync(path.join(dir, "text", txt), "utf8");
  const gold = parseAnn(readFileSync(path.join(dir, "attributions", ann), "utf8"));
  const t0 = performance.now();
  const state = runDocumentStages({ id: stem, text }, res);
  totalMs += performance.now() - t0;
  statementMs += timeStatements(state);
  ours.push({ text, gold, pred: toAttributions(state.statements!.statements, text) });
  base.push({ text, gold, pred: baseline(text) });
}

const a = score(ours);
const b = score(base);
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const row = (name: string, f: (s: Scores) => string) => console.log(`${name.padEnd(34)}${f(a).padStart(20)}${f(b).padStart(20)}`);
console.log(`PolNeAR ${split}: ${ours.length} articles, ${a.gold} gold attributions\n`);
console.log(`${"measure".padEnd(34)}${"newsgraph".padStart(20)}${"baseline".padStart(20)}`);
row("predicted attributions", (s) => String(s.pred));
row("overlap P / R / F1", (s) => `${pct(s.overlap.p)}${pct(s.overlap.r)}${pct(s.overlap.f1)}`.replace(/\s+/g, " ").trim());
row("strict (>=80% both) P / R / F1", (s) => `${pct(s.strict.p)}${pct(s.strict.r)}${pct(s.strict.f1)}`.replace(/\s+/g, " ").trim());
row("direct-quote recall", (s) => `${pct(s.directQuotes.recall).trim()} (${s.directQuotes.found}/${s.directQuotes.gold})`);
row("source accuracy (matched)", (s) => `${pct(s.source.acc).trim()} (${s.source.correct}/${s.source.scored})`);
row("cue accuracy (matched)", (s) => `${pct(s.cue.acc).trim()} (${s.cue.correct}/${s.cue.scored})`);
console.log(`\nstatements stage: ${statementMs.toFixed(0)} ms of ${totalMs.toFixed(0)} ms document pipeline time`);

const nErr = args.includes("--errors") ? Number(args[args.indexOf("--errors") + 1]) : 0;
if (nErr > 0) printErrors(ours, nErr);
if (args.includes("--misses")) printMisses(ours, Number(args[args.indexOf("--misses") + 1]) || 100);
if (args.includes("--wrong")) {
  const i = args.indexOf("--wrong");
  printWrong(ours, args[i + 1] === "cue" ? "cue" : "source", Number(args[i + 2]) || 100);
}

/** Re-run only the statements stage on a finished state, to time it apart from the other stages. */
function timeStatements(state: ReturnType<typeof runDocumentStages>): number {
  const t = performance.now();
  for (let i = 0; i < 3; i++) extractStatements(state.doc, state.seg!, state.ents!, res);
  return (performance.now() - t) / 3;
}

function printErrors(docs: DocPair[], n: number) {
  const show = (t: string, a: Attribution) => a.content.map((f) => t.slice(f.start, f.end)).join(" … ").slice(0, 140).replace(/\n/g, " ");
  let fn = 0;
  let fp = 0;
  for (const d of docs) {
    const matchedP = new Set<number>();
    const matchedG = new Set<number>();
    d.gold.forEach((g, gi) => d.pred.forEach((p, pi) => {
      if (g.content.some((x) => p.content.some((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start)))) { matchedG.add(gi); matchedP.add(pi); }
    }));
    d.gold.forEach((g, gi) => { if (!matchedG.has(gi) && fn++ < n) console.log(`MISS  [${g.source.map((c) => d.text.slice(c.start, c.end)).join(" ")} / ${g.cue.map((c) => d.text.slice(c.start, c.end)).join(" ")}] ${show(d.text, g)}`); });
    d.pred.forEach((p, pi) => { if (!matchedP.has(pi) && fp++ < n) console.log(`EXTRA [${p.cue.map((c) => d.text.slice(c.start, c.end)).join(" ")}] ${show(d.text, p)}`); });
  }
}
