// npx tsx --conditions=development scripts/attribution/source-classes.ts [--split train|dev] [--cache DIR] [--retrain] [--show N] [--only KEY] [--no-chooser]: wrong sources (no overlap with PolNeAR's) by class, train cross-validated.
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { splitContentEnds, statementsOf } from "./content-ends-data.ts";
import { beforeChooser, chooserExamples, foldChoosers } from "./source-chooser-data.ts";
import type { SourceChooserModel } from "../../packages/core/src/statements/source-chooser.ts";
import { fragOverlap, greedyMatch, score, type DocPair } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { PRONOUNS } from "../../packages/core/src/statements/lexicon-pronouns.ts";
import type { Attribution, Frag } from "./brat.ts";

const { opt, args, split, show, res, docs, models } = analysisSetup();
const only = opt("--only");
const k = TRAIN_DEFAULTS.folds;
const ends = splitContentEnds(split, docs, models, res.contentEnds);

// the source chooser as eval:attribution runs it: fold choosers on train, the shipped one on dev (`--no-chooser`: none)
const choosers: (SourceChooserModel | null)[] = args.includes("--no-chooser")
  ? [null]
  : split === "train"
    ? foldChoosers(
        docs.map((d, i) => chooserExamples(d, beforeChooser(d, models[i % k] ?? null, ends[i % k] ?? null))),
        k,
      )
    : [res.sourceChooser ?? null];
const tally = new Tally(show);
const bump = (key: string, ex: string) => tally.bump(key, ex);
const inside = (a: Frag[], b: Frag[]) =>
  a.length > 0 && a.every((x) => b.some((y) => x.start >= y.start && x.end <= y.end));
const start = (fs: Frag[]) => Math.min(...fs.map((f) => f.start));
const one = (s: string) => s.replace(/\s+/g, " ");

/** The class of a wrong source: how our attribution and its source sit against the gold one. */
function classOf(text: string, gold: Attribution[], g: Attribution, p: Attribution): string {
  const who = /model/.test(p.rule ?? "") ? "tagger" : "rules";
  const cueOk = fragOverlap(g.cue, p.cue) > 0;
  const gs = one(g.source.map((f) => text.slice(f.start, f.end)).join(" ")).toLowerCase();
  const ps = one(p.source.map((f) => text.slice(f.start, f.end)).join(" ")).toLowerCase();
  if (!cueOk) {
    const frame = !p.cue.length
      ? "no cue"
      : inside(p.cue, g.content)
        ? "ours nested in gold content"
        : gold.some((h) => h !== g && inside(h.cue, p.content))
          ? "gold nested in ours"
          : "other cue";
    return `other frame: ${frame}${p.source.length ? "" : ", no source"} (${who})`;
  }
  if (!p.source.length)
    return `right cue, no source: gold ${start(g.source) < start(g.cue) ? "before" : "after"} cue (${who})`;
  const gPron = PRONOUNS.has(gs) || gs === "who";
  const pPron = PRONOUNS.has(ps) || ps === "who" || ps === "which";
  if (pPron && !gPron) return `right cue, ours a pronoun, gold not (${who})`;
  if (gPron && !pPron) return `right cue, gold a pronoun, ours not (${who})`;
  if (inside(p.source, g.content)) return `right cue, our source inside gold content (${who})`;
  if (inside(g.source, p.content)) return `right cue, gold source inside our content (${who})`;
  const side = (s: Frag[]) => (start(s) < start(g.cue) ? "before" : "after");
  return `right cue, other source: gold ${side(g.source)}, ours ${side(p.source)} (${who})`;
}

const pairs: DocPair[] = [];
let wrong = 0;
docs.forEach((d, i) => {
  const sts = statementsOf(
    d,
    models[i % models.length] ?? null,
    ends[i % ends.length] ?? null,
    choosers[i % choosers.length] ?? null,
  );
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  pairs.push({ text: d.text, gold: d.gold, pred });
  const txt = (fs: Frag[]) => one(fs.map((f) => d.text.slice(f.start, f.end)).join(" | "));
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const g = d.gold[gi]!;
    const p = pred[pi]!;
    if (!g.source.length || fragOverlap(g.source, p.source) > 0) continue;
    wrong++;
    const key = classOf(d.text, d.gold, g, p);
    if (only && !key.includes(only)) continue;
    const from = Math.max(0, Math.min(start(g.source), start(g.cue), start(g.content)) - 40);
    const ex = `gold [${txt(g.source)}] ours [${txt(p.source)}] cue [${txt(p.cue)}] gold cue [${txt(g.cue)}] ${p.rule ?? ""} ⟦${one(d.text.slice(from, from + 220))}⟧`;
    bump(key, ex);
  }
});
const s = score(pairs);
console.log(
  `PolNeAR ${split}${split === "train" ? `, tagger ${k}-fold CV` : ""}: overlap F1 ${(100 * s.overlap.f1).toFixed(1)}, strict F1 ${(100 * s.strict.f1).toFixed(1)}, source ${(100 * s.source.acc).toFixed(1)} (${s.source.correct}/${s.source.scored}), wrong ${wrong}`,
);
tally.print();
