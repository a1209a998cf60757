// npx tsx scripts/attribution/levels.ts DUMP [--show CLASS N]: nested levels — PolNeAR's gold nests none; ours against it, and what each fix could reach.
import { readFileSync } from "node:fs";
import type { Frag } from "./brat.ts";
import { fragOverlap, greedyMatch, score, type DocPair, type Scores } from "../eval/attribution/score.ts";
import { checkOptions } from "../options.ts";
import {
  cueFirstMatch,
  levelClass,
  levelMisses,
  nestedPairs,
  pairingFigures,
  withCutBeforeGold,
  withGoldLevel,
} from "./level-classes.ts";

checkOptions(import.meta.url, "levels", ["--show"]);
const args = process.argv.slice(2);
const dump = args[0];
if (!dump || dump.startsWith("--"))
  throw new Error("newsgraph/levels: give the file of `pnpm eval:attribution --split train --dump FILE` first");
const showClass = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
const showN = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) || 20 : 0;
const docs = JSON.parse(readFileSync(dump, "utf8")) as DocPair[];

const sum = (f: (d: DocPair) => number) => docs.reduce((n, d) => n + f(d), 0);
console.log(
  `gold: ${sum((d) => d.gold.length)} attributions, ${sum((d) => nestedPairs(d.gold))} nested pairs (one's content holding another's cue)`,
);
console.log(`ours: ${sum((d) => d.pred.length)} attributions, ${sum((d) => nestedPairs(d.pred))} nested pairs`);

const misses = levelMisses(docs);
const counts = new Map<string, number>();
for (const m of misses) counts.set(m.cls, (counts.get(m.cls) ?? 0) + 1);
console.log(`\nmatched attributions whose cue misses at another level (${misses.length}):`);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);

// the wrong sources of matched attributions, by the same classes (the rest: right cue with another source, or no cue)
const srcCounts = new Map<string, number>();
let srcMiss = 0;
for (const d of docs)
  for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) {
    const g = d.gold[gi]!;
    const p = d.pred[pi]!;
    if (!g.source.length || fragOverlap(g.source, p.source) > 0) continue;
    srcMiss++;
    const k =
      levelClass(d, g, p) ??
      (!p.cue.length || !g.cue.length
        ? "no cue"
        : fragOverlap(g.cue, p.cue) > 0
          ? "the right cue, another source"
          : "another cue miss");
    srcCounts.set(k, (srcCounts.get(k) ?? 0) + 1);
  }
console.log(`\nmatched attributions whose source misses (${srcMiss}), by class:`);
for (const [k, n] of [...srcCounts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);

const fmt = (s: Scores) =>
  [
    `overlap F1 ${(100 * s.overlap.f1).toFixed(1)} (P ${(100 * s.overlap.p).toFixed(1)})`,
    `strict F1 ${(100 * s.strict.f1).toFixed(1)}`,
    `source ${(100 * s.source.acc).toFixed(1)}`,
    `cue ${(100 * s.cue.acc).toFixed(1)}`,
    `predicted ${s.pred}`,
  ].join(", ");
console.log(`\nupper bounds: PolNeAR's own attribution for each miss, added beside ours or in its place`);
console.log(`  ${"as scored".padEnd(22)}${fmt(score(docs))}`);
for (const [name, re] of [
  ["inner", /^inner/],
  ["outer", /^outer/],
  ["both", /./],
] as const)
  for (const mode of ["add", "replace"] as const)
    console.log(`  ${`${mode} ${name}`.padEnd(22)}${fmt(score(withGoldLevel(docs, mode, re)))}`);

console.log(
  `  ${"cut, another gold's".padEnd(22)}${fmt(score(withCutBeforeGold(docs, /another gold/)))} (ours ended before the frame it ran over)`,
);

// the scorer's pairing against one that tries ours with the gold cue first (the scorer is unchanged: this is a measure)
const pct = ([ok, n]: [number, number]) => `${((100 * ok) / n).toFixed(1)} (${ok}/${n})`;
console.log(`\npairing ours with gold (the same overlapping pairs, one to one):`);
for (const [name, f] of [
  ["greedy by overlap (score.ts)", (g: DocPair["gold"], p: DocPair["pred"]) => greedyMatch(g, p, false)],
  ["our cue first (maximum matching)", cueFirstMatch],
] as const) {
  const x = pairingFigures(docs, f);
  console.log(`  ${name.padEnd(34)}matched ${x.matched}, cue ${pct(x.cue)}, source ${pct(x.source)}`);
}

// `--show CLASS N`: examples of one class (its name's start), with our attributions around the gold one
const one = (s: string) => s.replace(/\s+/g, " ");
const spans = (t: string, fs: Frag[]) => one(fs.map((f) => t.slice(f.start, f.end)).join(" | "));
let shown = 0;
for (const m of misses) {
  if (!showClass || !m.cls.startsWith(showClass) || shown++ >= showN) continue;
  const d = docs[m.doc]!;
  const all = [...m.g.content, ...m.g.cue, ...m.g.source, ...m.p.content, ...m.p.cue];
  const lo = Math.min(...all.map((f) => f.start));
  const hi = Math.max(...all.map((f) => f.end));
  console.log(`\n[${m.cls}] doc ${m.doc}\n  ${one(d.text.slice(lo, hi)).slice(0, 300)}`);
  const row = (a: typeof m.g) =>
    `${spans(d.text, a.source)} / ${spans(d.text, a.cue)} / ${spans(d.text, a.content).slice(0, 110)}`;
  console.log(`  gold: ${row(m.g)}\n  ours (${m.p.rule}): ${row(m.p)}`);
  for (const q of d.pred)
    if (q !== m.p && q.content.some((f) => f.end > lo && f.start < hi))
      console.log(`  also ours (${q.rule}): ${row(q)}`);
}
