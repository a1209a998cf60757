// npx tsx scripts/attribution/tune.ts [--scare]: the tagger's decision settings scored by cross-validation on PolNeAR train (folds by article), never on dev.
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { trainAttribution } from "../../packages/core/src/statements/learned/perceptron-train.ts";
import { pruneRows } from "../../packages/core/src/statements/learned/model.ts";
import type { TaggerOptions } from "../../packages/core/src/statements/learned/learned.ts";
import { cueWordsOf, loadSplit, trainItems } from "./data.ts";
import { score, type DocPair } from "../eval/attribution/score.ts";
import { toAttributions } from "../eval/attribution/adapt.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";

const res = loadDefaultResources();
const docs = loadSplit("train", res);
const k = TRAIN_DEFAULTS.folds;
const items = docs.map((d) => trainItems(d, res.ner?.lexicon ?? null));
const weights = [...Array(k).keys()].map((f) =>
  pruneRows(trainAttribution(items.filter((_, i) => i % k !== f).flat(), TRAIN_DEFAULTS), TRAIN_DEFAULTS.keepRows),
);
const gates = [...Array(k).keys()].map((f) =>
  TRAIN_DEFAULTS.gate !== null
    ? new Set(
        cueWordsOf(
          docs.filter((_, i) => i % k !== f),
          TRAIN_DEFAULTS.gate,
        ),
      )
    : null,
);
const grid: TaggerOptions[] = [];
const which = process.argv.includes("--scare") ? "scare" : "margin";
if (which === "margin")
  for (const requireSource of [false, true])
    for (const minMargin of [-Infinity, 0, 2, 5, 10, 20, 40]) grid.push({ minMargin, requireSource });
else for (const scareWords of [0, 1, 2, 3]) grid.push({ scareWords });
const f = (x: number) => (100 * x).toFixed(1);
for (const opts of grid) {
  const pairs: DocPair[] = docs.map((d, i) => {
    const W = {
      mask: (1 << TRAIN_DEFAULTS.bits) - 1,
      w: weights[i % k]!,
      index: null,
      scale: 1,
      cueWords: gates[i % k],
      clusters: res.ner?.lexicon ?? null,
      meta: { ...opts },
    };
    const st = extractStatements(d.state.doc, d.state.seg, d.state.ents, { ...res, attribution: W, quoteKeep: null });
    return { text: d.text, gold: d.gold, pred: toAttributions(st.statements, d.text) };
  });
  const s = score(pairs);
  console.log(
    `${JSON.stringify(opts)}  overlap P/R/F1 ${f(s.overlap.p)} ${f(s.overlap.r)} ${f(s.overlap.f1)}  strict F1 ${f(s.strict.f1)}  quotes ${f(s.directQuotes.recall)}  source ${f(s.source.acc)}  cue ${f(s.cue.acc)}`,
  );
}
