// npx tsx scripts/attribution/nested-pairs.ts DUMP [--gap N]: can a learned decision join an inner frame into the outer one it cut? (DUMP: eval:attribution --dump)
import { readFileSync } from "node:fs";
import type { Attribution, Frag } from "./brat.ts";
import { fragOverlap, type DocPair } from "../eval/attribution/score.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "nested-pairs", ["--gap"]);
const args = process.argv.slice(2);
const dump = args[0];
if (!dump || dump.startsWith("--"))
  throw new Error("newsgraph/nested-pairs: give the file of `pnpm eval:attribution --split train --dump FILE` first");
const maxGap = args.includes("--gap") ? Number(args[args.indexOf("--gap") + 1]) : 60;
const docs = JSON.parse(readFileSync(dump, "utf8")) as DocPair[];
const FOLDS = 5;

/**
 * A pair: our statement A with its cue before its content, and another of ours, B, whose cue opens at most `maxGap`
 * characters after A's content ends, in the same sentence. Joining B into A is right when PolNeAR's attribution with
 * A's cue reaches into B's content and no gold attribution has B's cue (+1); wrong when one has B's cue (−1); else 0.
 */
interface Pair {
  doc: number;
  feats: string[];
  y: -1 | 0 | 1;
}

const low = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const endOf = (fs: Frag[]) => Math.max(...fs.map((f) => f.end));
const SENTENCE_END = /[.!?]["”’]?\s|\n/;

function pairFeatures(text: string, A: Attribution, B: Attribution, aEnd: number): string[] {
  const b = B.cue[0]!.start;
  const gap = low(text.slice(aEnd, b)).match(/[\p{L}\p{N}']+|[^\s\p{L}\p{N}]/gu) ?? [];
  const rule = (x: Attribution) => (x.rule ?? "").replace(/^\w+:/, "");
  const cue = (x: Attribution) => low(text.slice(x.cue[0]!.start, x.cue[0]!.end));
  const src = (x: Attribution) => (x.source[0] ? low(text.slice(x.source[0].start, x.source[0].end)) : "");
  const bs = B.source[0];
  const quoted = (x: Attribution) => /["“”]/.test(x.content.map((f) => text.slice(f.start, f.end)).join(""));
  return [
    "bias",
    `glen=${Math.min(gap.length, 6)}`,
    ...gap.map((w) => `gw=${w}`),
    `g0=${gap[0] ?? "-"}`,
    `gl=${gap[gap.length - 1] ?? "-"}`,
    `ra=${rule(A)}`,
    `rb=${rule(B)}`,
    `rab=${rule(A)}|${rule(B)}`,
    `ca=${cue(A)}`,
    `cb=${cue(B)}`,
    `bsrc=${!bs ? "none" : bs.start >= aEnd && bs.end <= b ? "gap" : bs.end <= aEnd ? "before" : "after"}`,
    `same=${src(A) !== "" && src(A) === src(B)}`,
    `bq=${quoted(B)}`,
    `aq=${quoted(A)}`,
  ];
}

const pairs: Pair[] = [];
docs.forEach((d, doc) => {
  for (const A of d.pred) {
    if (!A.cue.length || A.cue[0]!.start > A.content[0]!.start) continue;
    const aEnd = endOf(A.content);
    for (const B of d.pred) {
      if (B === A || !B.cue.length) continue;
      const b = B.cue[0]!.start;
      if (b < aEnd || b - aEnd > maxGap || SENTENCE_END.test(d.text.slice(aEnd, b))) continue;
      const gA = d.gold.find((g) => fragOverlap(g.cue, A.cue) > 0);
      const gB = d.gold.find((g) => fragOverlap(g.cue, B.cue) > 0);
      const y = gB ? -1 : gA && fragOverlap(gA.content, B.content) > 0 ? 1 : 0;
      pairs.push({ doc, feats: pairFeatures(d.text, A, B, aEnd), y });
    }
  }
});

/** An averaged perceptron over the pairs that matter (y ≠ 0). */
function train(items: Pair[], epochs = 10): Map<string, number> {
  const w = new Map<string, number>();
  const u = new Map<string, number>();
  let c = 1;
  for (let e = 0; e < epochs; e++)
    for (const it of items) {
      if (it.y === 0) continue;
      let s = 0;
      for (const k of it.feats) s += w.get(k) ?? 0;
      if ((s > 0 ? 1 : -1) !== it.y)
        for (const k of it.feats) {
          w.set(k, (w.get(k) ?? 0) + it.y);
          u.set(k, (u.get(k) ?? 0) + it.y * c);
        }
      c++;
    }
  const avg = new Map<string, number>();
  for (const [k, v] of w) avg.set(k, v - (u.get(k) ?? 0) / c);
  return avg;
}

// 5 folds by article, as eval:attribution's (article i in fold i mod 5)
const scored: { s: number; y: number }[] = [];
for (let f = 0; f < FOLDS; f++) {
  const w = train(pairs.filter((p) => p.doc % FOLDS !== f));
  for (const p of pairs.filter((p) => p.doc % FOLDS === f))
    scored.push({ s: p.feats.reduce((s, k) => s + (w.get(k) ?? 0), 0), y: p.y });
}
const n = (y: number) => pairs.filter((p) => p.y === y).length;
console.log(`${pairs.length} pairs: join right ${n(1)}, join wrong ${n(-1)}, neither gold ${n(0)}`);
for (const th of [0, 0.5, 1, 2, 5]) {
  const sel = scored.filter((x) => x.s > th);
  const k = (y: number) => sel.filter((x) => x.y === y).length;
  console.log(`  joined above ${th}: ${sel.length}, right ${k(1)}, wrong ${k(-1)}, neither ${k(0)}`);
}
