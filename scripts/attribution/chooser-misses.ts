// npx tsx --conditions=development scripts/attribution/chooser-misses.ts [--split train|dev] [--cache DIR] [--retrain] [--show N]: the fold chooser's decisions on its examples, by what it picked against what was right.
import { Tally } from "./tally.ts";
import { analysisSetup } from "./cv-cache.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { beforeChooser, chooserExamples, foldChoosers } from "./source-chooser-data.ts";

const { show, docs, models } = analysisSetup();
const k = TRAIN_DEFAULTS.folds;
const ends = foldContentEnds(
  docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
  k,
);
const perDoc = docs.map((d, i) => chooserExamples(d, beforeChooser(d, models[i % k] ?? null, ends[i % k] ?? null)));
const fold = foldChoosers(perDoc, k);
const tally = new Tally(show);
perDoc.forEach((exs, i) => {
  const w = fold[i % k]!.weights;
  for (const ex of exs) {
    const sc = ex.feats.map((fs) => fs.reduce((a, f) => a + (w.get(f) ?? 0), 0));
    let best = 0;
    for (let j = 1; j < sc.length; j++) if (sc[j]! > sc[best]!) best = j;
    const anyRight = ex.right.some(Boolean);
    const key = `${ex.right[0] ? "keep right" : anyRight ? "keep wrong, option right" : "none right"} → ${ex.right[best] ? "right" : best === 0 ? "kept (wrong)" : "other (wrong)"}`;
    const rightIdx = ex.right.indexOf(true);
    bump(
      key,
      `${ex.about.rule} cue [${ex.about.cue}] gold [${ex.about.gold}] picked [${ex.about.texts[best]}] ${sc[best]!.toFixed(1)} right [${ex.about.texts[rightIdx] ?? "-"}] ${(sc[rightIdx] ?? NaN).toFixed(1)} ⟦${ex.about.around}⟧`,
    );
  }
});
function bump(key: string, ex: string) {
  tally.bump(key, ex);
}
tally.print();
