// npx tsx scripts/attribution/cue-errors.ts DUMP [--show CLASS N] [--rule REGEX]: the cue misses of matched attributions, by kind (extent, missing, level, wrong word, spurious).
import { readFileSync } from "node:fs";
import type { Attribution, Frag } from "./brat.ts";
import { fragOverlap, greedyMatch, type DocPair } from "../eval/attribution/score.ts";
import { checkOptions } from "../options.ts";
import { levelClass } from "./level-classes.ts";

checkOptions(import.meta.url, "cue-errors", ["--show", "--rule"]);
const args = process.argv.slice(2);
const dump = args[0];
if (!dump || dump.startsWith("--"))
  throw new Error("newsgraph/cue-errors: give the file of `pnpm eval:attribution --split train --dump FILE` first");
const showClass = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
const showN = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) || 20 : 0;
const ruleRe = args.includes("--rule") ? new RegExp(args[args.indexOf("--rule") + 1]!) : null;
const docs = JSON.parse(readFileSync(dump, "utf8")) as DocPair[];

const lo = (fs: Frag[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: Frag[]) => Math.max(...fs.map((f) => f.end));
/** The words between two disjoint cue spans (0: they touch, only spaces between). */
function gapWords(text: string, a: Frag[], b: Frag[]): number {
  const [x, y] = hi(a) <= lo(b) ? [hi(a), lo(b)] : [hi(b), lo(a)];
  if (y < x) return 0;
  return text.slice(x, y).split(/\s+/).filter(Boolean).length;
}
const inSentence = (text: string, a: number, b: number) => !/[.!?]["”’]?\s+[A-Z“"]/.test(text.slice(a, b));

/**
 * The kind of a cue miss, from the span geometry alone:
 * - `missing`: ours has no cue;
 * - `extent`: our cue and PolNeAR's are disjoint but at most one word apart (the same frame cut at another place);
 * - `level …` (level-classes.ts): one cue lies in the other's content (a nested attribution, PolNeAR marks one level);
 * - `wrong word`: PolNeAR's cue is elsewhere in the same sentence, neither in its content nor ours;
 * - `spurious`: anything else (ours far from the gold frame, another sentence).
 */
function kind(d: DocPair, g: Attribution, p: Attribution): string {
  if (!p.cue.length) return "missing";
  if (gapWords(d.text, g.cue, p.cue) <= 1) return "extent";
  const lvl = levelClass(d, g, p);
  if (lvl) return `level ${lvl}`;
  const a = Math.min(lo(g.cue), lo(p.cue));
  const b = Math.max(hi(g.cue), hi(p.cue));
  const other = d.gold.some((h) => h !== g && fragOverlap(h.cue, p.cue) > 0);
  if (inSentence(d.text, a, b)) return other ? "wrong word · another gold's cue" : "wrong word · no gold's cue";
  return other ? "spurious · another gold's cue" : "spurious · no gold's cue";
}

const one = (s: string) => s.replace(/\s+/g, " ");
const spans = (t: string, fs: Frag[]) => one(fs.map((f) => t.slice(f.start, f.end)).join(" | "));
const counts = new Map<string, { n: number; rules: Map<string, number>; pairs: Map<string, number> }>();
let scored = 0;
let shown = 0;
docs.forEach((d, di) => {
  for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) {
    const g = d.gold[gi]!;
    const p = d.pred[pi]!;
    if (!g.cue.length) continue;
    scored++;
    if (fragOverlap(g.cue, p.cue) > 0) continue;
    if (ruleRe && !ruleRe.test(p.rule ?? "")) continue;
    const k = kind(d, g, p);
    const c = counts.get(k) ?? { n: 0, rules: new Map(), pairs: new Map() };
    c.n++;
    const fam = (p.rule ?? "").replace(/^[a-z]+:/, "").split(/[+:]/)[0]!;
    c.rules.set(fam, (c.rules.get(fam) ?? 0) + 1);
    const pair = `${spans(d.text, g.cue).toLowerCase()} ← ${spans(d.text, p.cue).toLowerCase()}`;
    c.pairs.set(pair, (c.pairs.get(pair) ?? 0) + 1);
    counts.set(k, c);
    if (showClass && k.startsWith(showClass) && shown++ < showN) {
      const all = [...g.content, ...g.cue, ...g.source, ...p.content, ...p.cue];
      const a = Math.max(0, lo(all) - 40);
      const b = Math.min(d.text.length, hi(all) + 20);
      const row = (x: Attribution) =>
        `${spans(d.text, x.source)} / ${spans(d.text, x.cue)} / ${spans(d.text, x.content).slice(0, 100)}`;
      console.log(`\n[${k}] doc ${di}\n  ${one(d.text.slice(a, b)).slice(0, 400)}`);
      console.log(`  gold: ${row(g)}\n  ours (${p.rule}): ${row(p)}`);
    }
  }
});
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
const total = [...counts.values()].reduce((s, c) => s + c.n, 0);
console.log(`\ncue misses: ${total} of ${scored} matched attributions with a gold cue`);
for (const [k, c] of [...counts].sort((x, y) => y[1].n - x[1].n)) {
  console.log(`${String(c.n).padStart(6)}  ${k}`);
  console.log(`          ours by rule: ${top(c.rules, 6)}`);
  console.log(`          gold ← ours: ${top(c.pairs, 8)}`);
}
