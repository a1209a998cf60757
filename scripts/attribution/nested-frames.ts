// npx tsx --conditions=development scripts/attribution/nested-frames.ts DUMP: the "nested-out" strict misses whose gold cue lies deeper in our content than our cue, by whether a statement of ours holds the gold (inner) cue and whether an unmatched gold has our (outer) cue.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { greedyMatch, fragOverlap, fragLength } from "../eval/attribution/score.ts";
const pairs = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as DocPair[];
const cnt = new Map<string, number>();
for (const d of pairs) {
  const m = greedyMatch(d.gold, d.pred, false);
  const usedP = new Set(m.values());
  const usedG = new Set(m.keys());
  for (const [gi, pi] of m) {
    const g = d.gold[gi]!,
      p = d.pred[pi]!;
    const ov = fragOverlap(g.content, p.content);
    if (ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content)) continue;
    if (!(g.cue.length && fragOverlap(g.cue, p.content) > 0)) continue;
    if (p.cue.length && fragOverlap(g.cue, p.cue) > 0) continue; // run-on, not deep
    // another statement of ours with gold's cue?
    const other = d.pred.findIndex((q, j) => j !== pi && q.cue.length && fragOverlap(q.cue, g.cue) > 0);
    // an unmatched gold whose cue is ours (outer gold we should have matched)?
    const outer = d.gold.findIndex((h, j) => j !== gi && h.cue.length && p.cue.length && fragOverlap(h.cue, p.cue) > 0);
    const k = `inner-ours:${other < 0 ? "none" : usedP.has(other) ? "matched-elsewhere" : "unmatched"} outer-gold:${outer < 0 ? "none" : usedG.has(outer) ? "matched" : "unmatched"}`;
    cnt.set(k, (cnt.get(k) ?? 0) + 1);
  }
}
for (const [k, n] of [...cnt].sort((a, b) => b[1] - a[1])) console.log(n, k);
