// npx tsx --conditions=development scripts/attribution/rule-precision.ts [--split train] [--cache DIR] [--limit N]: per rule, how many statements are made, overlap-matched and strict-matched (train CV), so a rule that costs F1 shows.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { analysisSetup } from "./cv-cache.ts";
import { greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { splitContentEnds } from "./content-ends-data.ts";

const { opt, split, res, docs, models } = analysisSetup();
const ends = splitContentEnds(split, docs, models, res.contentEnds);
const rows = new Map<string, [number, number, number]>();
let gold = 0;
for (const [i, d] of docs.entries()) {
  const { seg, ents } = d.state;
  if (!seg || !ents) throw new Error(`newsgraph/rule-precision: ${d.stem} lacks a stage's output; rerun`);
  const sts = extractStatements(d.state.doc, seg, ents, {
    attribution: models[i % models.length] ?? null,
    contentEnds: ends[i % ends.length] ?? null,
  }).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  gold += d.gold.length;
  const ov = new Set(greedyMatch(d.gold, pred, false).values());
  const st = new Set(greedyMatch(d.gold, pred, true).values());
  for (const [pi, s] of sts.entries()) {
    const r = rows.get(s.rule ?? "?") ?? [0, 0, 0];
    r[0]++;
    if (ov.has(pi)) r[1]++;
    if (st.has(pi)) r[2]++;
    rows.set(s.rule ?? "?", r);
  }
}
const all = [...rows.values()].reduce((a, r) => [a[0] + r[0], a[1] + r[1], a[2] + r[2]], [0, 0, 0]);
const f1 = (tp: number, n: number) => ((200 * tp) / (n + gold)).toFixed(1);
console.log(
  `${split}: ${all[0]} statements, ${gold} gold; overlap F1 ${f1(all[1], all[0])}, strict F1 ${f1(all[2], all[0])}`,
);
console.log("statements  overlap  strict  rule   (a rule is worth keeping for F1 while its precision is above F1/2)");
for (const [rule, r] of [...rows].sort((a, b) => b[1][0] - a[1][0]).slice(0, Number(opt("--limit") ?? 80)))
  console.log(
    `${String(r[0]).padStart(10)} ${((100 * r[1]) / r[0]).toFixed(0).padStart(7)}% ${((100 * r[2]) / r[0]).toFixed(0).padStart(6)}%  ${rule}`,
  );
