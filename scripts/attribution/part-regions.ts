// npx tsx scripts/attribution/part-regions.ts BEFORE AFTER: how the golds fare around the two-part statements (interrupted.ts) AFTER has and BEFORE lacks (two dumps of `pnpm eval:attribution --split train --dump FILE`).
import { readFileSync } from "node:fs";
import type { Attribution, Frag } from "./brat.ts";
import { fragOverlap, greedyMatch, type DocPair } from "../eval/attribution/score.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "part-regions", []);
const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile)
  throw new Error("newsgraph/part-regions: give two dumps of `pnpm eval:attribution --split train --dump FILE`");
const before = JSON.parse(readFileSync(beforeFile, "utf8")) as DocPair[];
const after = JSON.parse(readFileSync(afterFile, "utf8")) as DocPair[];

const lo = (fs: Frag[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: Frag[]) => Math.max(...fs.map((f) => f.end));
const len = (fs: Frag[]) => fs.reduce((s, f) => s + f.end - f.start, 0);
const key = (p: Attribution) => JSON.stringify([p.content, p.cue]);
/** The scorer's strict match: 80 % of each content covered by the other. */
const strict = (g: Attribution, p: Attribution) => {
  const ov = fragOverlap(g.content, p.content);
  return ov >= 0.8 * len(g.content) && ov >= 0.8 * len(p.content);
};

type Tally = { matched: number; cue: number; source: number; strict: number; ours: number; unmatched: number };
const zero = (): Tally => ({ matched: 0, cue: 0, source: 0, strict: 0, ours: 0, unmatched: 0 });
const tally = { before: zero(), after: zero() };
let regions = 0;
before.forEach((db, i) => {
  const da = after[i]!;
  const old = new Set(db.pred.map(key));
  // a new statement of two parts with its frame between them: the region it spans
  const regs = da.pred
    .filter(
      (p) =>
        p.content.length === 2 &&
        p.cue.length > 0 &&
        !old.has(key(p)) &&
        lo(p.cue) >= p.content[0]!.end &&
        hi(p.cue) <= p.content[1]!.start,
    )
    .map((p) => ({ start: lo(p.content), end: hi(p.content) }));
  if (!regs.length) return;
  regions += regs.length;
  const inRegion = (x: Attribution) => x.content.some((f) => regs.some((r) => f.start < r.end && r.start < f.end));
  for (const [name, d] of [
    ["before", db],
    ["after", da],
  ] as const) {
    const t = tally[name];
    const matched = new Map<number, number>();
    for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) matched.set(pi, gi);
    d.pred.forEach((p, pi) => {
      if (!inRegion(p)) return;
      t.ours++;
      if (!matched.has(pi)) t.unmatched++;
    });
    for (const [pi, gi] of matched) {
      const g = d.gold[gi]!;
      const p = d.pred[pi]!;
      if (!inRegion(g)) continue;
      t.matched++;
      if (g.cue.length && fragOverlap(g.cue, p.cue) > 0) t.cue++;
      if (fragOverlap(g.source, p.source) > 0) t.source++;
      if (strict(g, p)) t.strict++;
    }
  }
});
console.log(`${regions} new two-part statements; golds and ours overlapping them, before → after:`);
for (const k of Object.keys(tally.before) as (keyof Tally)[])
  console.log(`${k.padEnd(10)} ${String(tally.before[k]).padStart(6)} → ${tally.after[k]}`);
