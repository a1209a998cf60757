// npx tsx --conditions=development scripts/attribution/dump-classes.ts DUMP [--show CLASS N]: strict misses of matched pairs in an eval:attribution --dump, counted by strict-classes.ts's class.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { greedyMatch, strictPair } from "../eval/attribution/score.ts";
import { strictClass } from "./strict-classes.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const show = args.includes("--show") ? args[args.indexOf("--show") + 1]! : "";
let nShow = args.includes("--show") ? Number(args[args.indexOf("--show") + 2]) : 0;
const counts = new Map<string, number>();
let matched = 0;
let strict = 0;
for (const d of pairs) {
  const pred = d.pred;
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    matched++;
    const g = d.gold[gi]!;
    const p = pred[pi]!;
    if (strictPair(g, p)) {
      strict++;
      continue;
    }
    const c = strictClass(d.text, g, p, p.rule ?? "?");
    counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
    if (show && new RegExp(show).test(c.key) && nShow-- > 0) console.log(`${c.key} | ${c.example}`);
  }
}
console.log(`${matched} matched, ${strict} strict, ${matched - strict} misses`);
const byCls = new Map<string, number>();
for (const [k, n] of counts) byCls.set(k.split(" ")[0]!, (byCls.get(k.split(" ")[0]!) ?? 0) + n);
for (const [k, n] of [...byCls].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)} ${k}`);
console.log("--");
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${String(n).padStart(5)} ${k}`);
