// npx tsx --conditions=development scripts/attribution/inner-sites.ts DUMP [--all] [--top N]: every word inside one of our contents (cue-lexicon words; --all: any word) and how often PolNeAR has a cue starting there, by word and by our rule.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { CUES } from "../../packages/core/src/statements/lexicon.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const all = args.includes("--all");
const top = args.includes("--top") ? Number(args[args.indexOf("--top") + 1]) : 40;
const byWord = new Map<string, [number, number]>();
const byRule = new Map<string, [number, number]>();
const bump = (m: Map<string, [number, number]>, k: string, pos: boolean) => {
  const v = m.get(k) ?? [0, 0];
  v[0] += pos ? 1 : 0;
  v[1]++;
  m.set(k, v);
};
let pos = 0,
  n = 0;
for (const d of pairs) {
  const goldCueStarts = new Set<number>();
  for (const g of d.gold) for (const c of g.cue) goldCueStarts.add(c.start);
  for (const p of d.pred) {
    for (const f of p.content) {
      const re = /[\p{L}’'-]+/gu;
      re.lastIndex = f.start;
      const seg = d.text.slice(0, f.end);
      let m: RegExpExecArray | null;
      let i = 0;
      while ((m = re.exec(seg))) {
        const w = m[0].toLowerCase();
        const at = m.index;
        i++;
        if (i <= 1) continue;
        if (!all && !CUES.has(w)) continue;
        if (p.cue.some((c) => c.start <= at && at < c.end)) continue;
        const hit = goldCueStarts.has(at);
        pos += hit ? 1 : 0;
        n++;
        bump(byWord, w, hit);
        bump(byRule, (p.rule ?? "").replace(/\+.*/, ""), hit);
      }
    }
  }
}
console.log(`sites ${n}, a gold cue starts there ${pos}`);
const list = (m: Map<string, [number, number]>) =>
  [...m]
    .sort((a, b) => (args.includes("--by-pos") ? b[1][0] - a[1][0] : 0) || b[1][1] - a[1][1])
    .slice(0, top)
    .map(([k, [p, t]]) => `${String(p).padStart(5)} / ${String(t).padEnd(6)} ${k}`)
    .join("\n");
console.log(`\nby word (gold cue / sites):\n${list(byWord)}\n\nby our rule:\n${list(byRule)}`);
