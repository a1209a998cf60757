// npx tsx --conditions=development scripts/attribution/raising-sources.ts [--split train|dev] [--cache DIR] [--retrain] [--show N]: raising frames matched to PolNeAR, by whether PolNeAR gives them a source.
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { splitContentEnds, statementsOf } from "./content-ends-data.ts";
import { fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";

const { split, show, res, docs, models } = analysisSetup();
const k = TRAIN_DEFAULTS.folds;
const ends = splitContentEnds(split, docs, models, res.contentEnds);
const tally = new Tally(show);
const one = (s: string) => s.replace(/\s+/g, " ");
docs.forEach((d, i) => {
  const sts = statementsOf(d, models[i % k] ?? null, ends[i % k] ?? null, null);
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const g = d.gold[gi]!;
    const p = pred[pi]!;
    if (!/raising/.test(p.rule ?? "")) continue;
    const txt = (fs: { start: number; end: number }[]) => one(fs.map((f) => d.text.slice(f.start, f.end)).join(" | "));
    const cueOk = fragOverlap(g.cue, p.cue) > 0;
    const srcInContent = g.source.length > 0 && fragOverlap(g.source, p.content) > 0;
    tally.bump(
      `${cueOk ? "right cue" : "other cue"}, ${g.source.length ? (srcInContent ? "gold source inside our content" : "gold source elsewhere") : "no gold source"}`,
      `gold src [${txt(g.source)}] cue [${txt(g.cue)}] content [${txt(g.content).slice(0, 80)}] ours content [${txt(p.content).slice(0, 80)}]`,
    );
  }
});
tally.print();
