// npx tsx --conditions=development scripts/attribution/strict-examples.ts [--split train] [--cache DIR] [--class REGEX] [--show N]: matched attributions missing strict matching, whole (gold and ours: source, cue, content parts, rule), for reading one class.
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { analysisSetup } from "./cv-cache.ts";
import { fragLength, fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { splitContentEnds } from "./content-ends-data.ts";
import { strictClass } from "./strict-classes.ts";

const { opt, split, show, res, docs, models } = analysisSetup();
const only = new RegExp(opt("--class") ?? ".", "u");
const ends = splitContentEnds(split, docs, models, res.contentEnds);
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 160);
let shown = 0;
let seen = 0;
for (const [i, d] of docs.entries()) {
  const { seg, ents } = d.state;
  if (!seg || !ents) throw new Error(`newsgraph/strict-examples: ${d.stem} lacks a stage's output; rerun`);
  const sts = extractStatements(d.state.doc, seg, ents, {
    attribution: models[i % models.length] ?? null,
    contentEnds: ends[i % ends.length] ?? null,
  }).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const txt = (fs: { start: number; end: number }[]) =>
    fs.map((f) => `[${clip(d.text.slice(f.start, f.end))}]`).join(" ");
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const g = d.gold[gi]!;
    const p = pred[pi]!;
    const ov = fragOverlap(g.content, p.content);
    if (ov >= 0.8 * fragLength(g.content) && ov >= 0.8 * fragLength(p.content)) continue;
    const c = strictClass(d.text, g, p, sts[pi]?.rule ?? "?");
    if (!only.test(c.key)) continue;
    seen++;
    if (shown++ >= show) continue;
    console.log(`${c.key} {${sts[pi]?.rule}} ${d.stem}`);
    console.log(`  gold src ${txt(g.source)} cue ${txt(g.cue)} content ${txt(g.content)}`);
    console.log(`  ours src ${txt(p.source)} cue ${txt(p.cue)} content ${txt(p.content)}`);
  }
}
console.log(`${split}: ${seen} strict misses in classes matching ${only.source}`);
