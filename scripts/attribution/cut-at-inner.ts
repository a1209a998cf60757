// npx tsx scripts/attribution/cut-at-inner.ts DUMP [--by outer|inner|shape] [--show KEY N]: our outer contents that stop right before another statement of ours: does PolNeAR run the outer content on over that frame (merge) or frame it apart (split), and what running on would gain.
import { readFileSync } from "node:fs";
import type { Attribution, Frag } from "./brat.ts";
import type { DocPair } from "../eval/attribution/score.ts";
import { fragOverlap, fragLength } from "../eval/attribution/score.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const by = args.includes("--by") ? args[args.indexOf("--by") + 1]! : "outer";
const show = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
const nShow = Number(args[args.indexOf("--show") + 2] ?? 0);
const lo = (fs: Frag[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: Frag[]) => Math.max(...fs.map((f) => f.end));
const strict = (a: Frag[], b: Frag[]) => {
  const ov = fragOverlap(a, b);
  return ov >= 0.8 * fragLength(a) && ov >= 0.8 * fragLength(b);
};
const rule = (a: Attribution) => (a.rule ?? "").replace(/\+.*/, "");
const span = (t: string, fs: Frag[]) => (fs.length ? t.slice(lo(fs), hi(fs)) : "");

/** The shape between the two frames: whose source the inner frame has, and the first word of the gap. */
function shape(t: string, o: Attribution, i: Attribution, gap: string): string {
  const src = span(t, i.source).toLowerCase();
  const w = gap.toLowerCase().match(/[\p{L}’']+|[^\s\p{L}]/gu) ?? [];
  const who = /^(who|which|that|whom)\b/.test(src)
    ? "relative"
    : !i.source.length
      ? "no-src"
      : o.source.length && span(t, o.source) === span(t, i.source)
        ? "same-src"
        : /^(he|she|they|it|i|we|you)$/.test(src)
          ? "pronoun-src"
          : "other-src";
  return `${who} gap[${w[0] ?? "∅"}]`;
}

type Row = { n: number; merge: number; split: number; none: number; gain: number; loss: number };
const rows = new Map<string, Row>();
const shown = new Map<string, number>();
for (const d of pairs) {
  const t = d.text;
  for (const o of d.pred) {
    if (!o.cue.length || !o.content.length || lo(o.content) < hi(o.cue)) continue;
    const end = hi(o.content);
    // the first statement of ours framed after the outer content's end, in the same sentence and close to it
    const inner = d.pred
      .filter((i) => i !== o && i.cue.length && lo(i.cue) >= end)
      .sort((a, b) => lo(a.cue) - lo(b.cue))[0];
    if (!inner) continue;
    const gap = t.slice(end, lo(inner.cue));
    if (gap.length > 40 || gap.includes("\n") || /[.!?]["”’]?\s/.test(gap)) continue;
    const gOuter = d.gold.filter((g) => g.cue.length && fragOverlap(g.cue, o.cue) > 0);
    const merge = gOuter.some((g) => fragOverlap(g.content, inner.cue) > 0);
    const split = d.gold.some((g) => g.cue.length && fragOverlap(g.cue, inner.cue) > 0);
    // running on: the outer content to the inner content's end (the inner statement kept)
    const run: Frag[] = [{ start: lo(o.content), end: Math.max(end, hi(inner.content)) }];
    const before = gOuter.some((g) => strict(g.content, o.content));
    const after = gOuter.some((g) => strict(g.content, run));
    const key = by === "inner" ? rule(inner) : by === "shape" ? shape(t, o, inner, gap) : `${rule(o)} > ${rule(inner)}`;
    const r = rows.get(key) ?? { n: 0, merge: 0, split: 0, none: 0, gain: 0, loss: 0 };
    r.n++;
    if (merge && !split) r.merge++;
    else if (split) r.split++;
    else r.none++;
    if (after && !before) r.gain++;
    if (before && !after) r.loss++;
    rows.set(key, r);
    if (show && key.startsWith(show) && merge && (shown.get(key) ?? 0) < nShow) {
      shown.set(key, (shown.get(key) ?? 0) + 1);
      console.log(`[${key}] ${t.slice(lo(o.cue), hi(inner.content)).replace(/\s+/g, " ").slice(0, 240)}`);
    }
  }
}
const all: Row = { n: 0, merge: 0, split: 0, none: 0, gain: 0, loss: 0 };
console.log("pairs  merge split none  run-on: +strict −strict  key");
for (const [k, r] of [...rows].sort((a, b) => b[1].n - a[1].n)) {
  for (const f of Object.keys(all) as (keyof Row)[]) all[f] += r[f];
  if (r.n >= 8) console.log(`${r.n}  ${r.merge} ${r.split} ${r.none}  +${r.gain} −${r.loss}  ${k}`);
}
console.log(`${all.n}  ${all.merge} ${all.split} ${all.none}  +${all.gain} −${all.loss}  (all)`);
