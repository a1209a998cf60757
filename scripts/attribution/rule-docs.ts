// npx tsx scripts/attribution/rule-docs.ts BEFORE AFTER RULE [--show N]: two dumps of the same documents; the score moves in the documents where a statement's rule holds RULE against the rest.
import { readFileSync } from "node:fs";
import { score, type DocPair } from "../eval/attribution/score.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "rule-docs", ["--show"]);
const args = process.argv.slice(2);
const [beforeFile, afterFile, rule] = args;
if (!beforeFile || !afterFile || !rule)
  throw new Error("newsgraph/rule-docs: give two `pnpm eval:attribution --dump FILE` files and a rule substring");
const showN = args.includes("--show") ? Number(args[args.indexOf("--show") + 1]) || 20 : 0;
const before = JSON.parse(readFileSync(beforeFile, "utf8")) as DocPair[];
const after = JSON.parse(readFileSync(afterFile, "utf8")) as DocPair[];
if (before.length !== after.length) throw new Error("newsgraph/rule-docs: the dumps hold different documents");
const figs = (d: DocPair) => {
  const s = score([d]);
  return [s.strict.tp, s.overlap.tp, s.cue.correct, s.source.correct, s.pred];
};
const sums = { with: [0, 0, 0, 0, 0], other: [0, 0, 0, 0, 0] };
let nWith = 0,
  nOther = 0,
  shown = 0;
before.forEach((b, i) => {
  const a = after[i]!;
  const fb = figs(b);
  const fa = figs(a);
  const delta = fa.map((v, k) => v - fb[k]!);
  const hit = a.pred.some((p) => p.rule?.includes(rule));
  const key = hit ? "with" : "other";
  delta.forEach((v, k) => (sums[key][k]! += v));
  if (hit) nWith++;
  else if (delta.some((v) => v)) nOther++;
  if (hit && shown < showN) {
    shown++;
    for (const p of a.pred.filter((x) => x.rule?.includes(rule)))
      console.log(
        `doc ${i} [${delta.join(" ")}] ${p.rule}: ${p.source.map((f) => a.text.slice(f.start, f.end)).join("|")} / ${p.cue.map((f) => a.text.slice(f.start, f.end)).join("|")} / ${p.content
          .map((f) => a.text.slice(f.start, f.end))
          .join(" | ")
          .slice(0, 140)}`,
      );
  }
});
console.log("strict overlap cues sources pred");
console.log(`documents with ${rule} (${nWith}): ${sums.with.join(" ")}`);
console.log(`other documents that moved (${nOther}): ${sums.other.join(" ")}`);
