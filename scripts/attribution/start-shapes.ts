// npx tsx --conditions=development scripts/attribution/start-shapes.ts DUMP [--show KEY N]: strict misses whose start side is off (nested-out, nested-in, starts late/early), split by shape, with the ceiling of fixing each.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { fragLength, fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import type { Attribution } from "./brat.ts";
import { strictClass } from "./strict-classes.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const show = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
let nShow = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) : 0;
const lo = (fs: { start: number }[]) => Math.min(...fs.map((f) => f.start));
const hi = (fs: { end: number }[]) => Math.max(...fs.map((f) => f.end));
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 90);
const strictOk = (g: Attribution, p: Attribution) => {
  const ov = fragOverlap(g.content, p.content);
  return ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content);
};
const PREP = new Set("for about of on in with at from over against into to by as".split(" "));
const PART = new Set("up out off down back away".split(" "));
const counts = new Map<string, { n: number; fix: number }>();
for (const d of pairs) {
  for (const [gi, pi] of greedyMatch(d.gold, d.pred, false)) {
    const g = d.gold[gi]!;
    const p = d.pred[pi]!;
    if (strictOk(g, p)) continue;
    const cls = strictClass(d.text, g, p, p.rule ?? "?").key.split(" ")[0]!;
    if (!/nested|start/.test(cls)) continue;
    const [gs, ps] = [lo(g.content), lo(p.content)];
    const gcs = g.cue.length ? lo(g.cue) : -1;
    const gce = g.cue.length ? hi(g.cue) : -1;
    const pcs = p.cue.length ? lo(p.cue) : -1;
    const pce = p.cue.length ? hi(p.cue) : -1;
    let shape: string;
    if (cls === "nested-out") {
      const touches = pcs >= 0 && gcs < pce + 2 && gce > pcs;
      if (touches && gce > pce) {
        // gold cue runs on past ours into our content: name the first run-on word
        const run = d.text.slice(Math.max(pce, ps), gce).trim();
        const w = (run.split(/\s+/)[0] ?? "").toLowerCase();
        shape =
          "runon:" +
          (w === "to"
            ? "to"
            : PREP.has(w)
              ? "prep"
              : PART.has(w)
                ? "particle"
                : /^(that|whether|if|how|what|why)$/.test(w)
                  ? "comp"
                  : "word");
      } else if (gcs >= ps) {
        const before = d.text.slice(ps, gcs).trim().split(/\s+/).filter(Boolean).length;
        shape = before <= 3 ? "deep:<=3w" : before <= 8 ? "deep:<=8w" : "deep:>8w";
      } else shape = "deep:cue-before";
    } else if (cls === "nested-in") {
      shape = pcs >= 0 && gs <= pcs ? (ps > pce ? "in:content-after" : "in:content-around") : "in:other";
    } else shape = cls;
    // ceiling: our content starting where gold's starts (same end)
    const q: Attribution = { ...p, content: [{ start: gs, end: hi(p.content) }] };
    const fix = gs < hi(p.content) && strictOk(g, q) ? 1 : 0;
    const key = `${cls} ${shape}`;
    const c = counts.get(key) ?? { n: 0, fix: 0 };
    c.n++;
    c.fix += fix;
    counts.set(key, c);
    if (show && new RegExp(show).test(key) && nShow-- > 0)
      console.log(
        `${key} {${p.rule}} fix=${fix}\n  gold cue [${g.cue.map((f) => d.text.slice(f.start, f.end)).join("|")}] ours [${p.cue.map((f) => d.text.slice(f.start, f.end)).join("|")}]\n  gold: ${clip(d.text.slice(gs, hi(g.content)))}\n  ours: ${clip(d.text.slice(ps, hi(p.content)))}`,
      );
  }
}
for (const [k, c] of [...counts].sort((a, b) => b[1].n - a[1].n))
  console.log(`${String(c.n).padStart(5)} ${String(c.fix).padStart(5)} ${k}`);
