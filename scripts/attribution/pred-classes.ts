// npx tsx --conditions=development scripts/attribution/pred-classes.ts DUMP.json: every statement we made by rule and outcome (strict, overlap only, unmatched), from an eval:attribution --dump file.
import { readFileSync } from "node:fs";
import { greedyMatch, QUOTE_MARK, type DocPair } from "../eval/attribution/score.ts";

const docs = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as DocPair[];
const by = new Map<string, { n: number; strict: number; overlap: number; none: number }>();
const add = (k: string, o: "strict" | "overlap" | "none") => {
  const r = by.get(k) ?? { n: 0, strict: 0, overlap: 0, none: 0 };
  r.n++;
  r[o]++;
  by.set(k, r);
};
for (const d of docs) {
  const ov = new Set(greedyMatch(d.gold, d.pred, false).values());
  const st = new Set(greedyMatch(d.gold, d.pred, true).values());
  d.pred.forEach((p, i) => {
    const direct = p.content.some((f) => QUOTE_MARK.test(d.text.slice(f.start, f.end)));
    const o = st.has(i) ? "strict" : ov.has(i) ? "overlap" : "none";
    add(`${p.rule ?? "?"} ${direct ? "direct" : "indirect"}`, o);
    add(`ALL`, o);
  });
}
const rows = [...by].sort((a, b) => b[1].n - a[1].n);
console.log("rule kind".padEnd(44), "n", "strict", "overlap-only", "unmatched");
for (const [k, r] of rows) console.log(k.padEnd(44), r.n, r.strict, r.overlap, r.none);
