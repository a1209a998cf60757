// npx tsx scripts/attribution/outer-missing.ts DUMP [--show N] [--shape REGEX]: the `inner · outer missing` cue misses, by the shape between the gold's outer frame and ours.
import { readFileSync } from "node:fs";
import type { Frag } from "./brat.ts";
import type { DocPair } from "../eval/attribution/score.ts";
import { levelMisses } from "./level-classes.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "outer-missing", ["--show", "--shape"]);

const args = process.argv.slice(2);
const dump = args[0];
if (!dump || dump.startsWith("--"))
  throw new Error("newsgraph/outer-missing: give the file of `pnpm eval:attribution --split train --dump FILE` first");
const showN = args.includes("--show") ? Number(args[args.indexOf("--show") + 1]) || 40 : 0;
const shapeRe = args.includes("--shape") ? new RegExp(args[args.indexOf("--shape") + 1]!) : null;
const docs = JSON.parse(readFileSync(dump, "utf8")) as DocPair[];
const lo = (fs: Frag[]) => (fs.length ? Math.min(...fs.map((f) => f.start)) : Infinity);
const hi = (fs: Frag[]) => (fs.length ? Math.max(...fs.map((f) => f.end)) : -Infinity);
const one = (s: string) => s.replace(/\s+/g, " ");
const counts = new Map<string, number>();
let shown = 0;
for (const m of levelMisses(docs)) {
  if (m.cls !== "inner · outer missing") continue;
  const t = docs[m.doc]!.text;
  const gFrame = [...m.g.cue, ...m.g.source];
  const pFrame = [...m.p.cue, ...m.p.source];
  const pStart = Math.min(lo(pFrame), lo(m.p.content));
  let shape: string;
  const sameSrc = m.p.source.some((f) => m.g.source.some((h) => f.start < h.end && f.end > h.start));
  if (sameSrc && lo(m.g.cue) >= hi(m.p.source) && hi(m.g.cue) <= lo(m.p.cue)) shape = "same source · gold cue between";
  else if (hi(m.g.cue) <= pStart) {
    const gap = one(t.slice(hi(m.g.cue), pStart));
    const sameSentence = !/[.!?]["”’]?\s+[A-Z“"]/.test(gap);
    if (!sameSentence) shape = "left · other sentence";
    else {
      const w = gap.trim().split(" ").filter(Boolean);
      shape = `left · ${w.length > 3 ? "4+ words" : w.length + " words"}${/\bthat\s*$/.test(gap) ? " · that" : ""}`;
    }
  } else if (lo(m.g.cue) >= hi(m.p.content)) shape = "right of our content";
  else if (hi(m.g.cue) <= lo(m.p.cue)) shape = `gold cue before our cue${sameSrc ? " · same source" : ""}`;
  else shape = "gold cue after our cue";
  counts.set(shape, (counts.get(shape) ?? 0) + 1);
  if (showN && shown < showN && (!shapeRe || shapeRe.test(shape))) {
    shown++;
    const marks: [number, string][] = [];
    for (const f of m.g.cue) marks.push([f.start, "[["], [f.end, "]]"]);
    for (const f of m.g.source) marks.push([f.start, "{"], [f.end, "}"]);
    for (const f of m.p.cue) marks.push([f.start, "<<"], [f.end, ">>"]);
    for (const f of m.p.source) marks.push([f.start, "(("], [f.end, "))"]);
    const a = Math.max(0, Math.min(lo(gFrame), pStart, lo(m.g.content)) - 60);
    const b = Math.min(t.length, Math.max(hi(m.p.content), hi(m.g.content)) + 20);
    marks.sort((x, y) => y[0] - x[0]);
    let s = t.slice(a, b);
    for (const [at, mk] of marks) if (at >= a && at <= b) s = s.slice(0, at - a) + mk + s.slice(at - a);
    console.log(`[${shape}] ${m.p.rule}\n  ${one(s)}\n`);
  }
}
for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(String(n).padStart(6), k);
