// pnpm train:source-chooser [--cache DIR] [--epochs N] [--seed S] [--min-count N] [--margins a,b] [--scopes all,doubtful,tagger,unsourced] [--cv-only] [--out F]: the source chooser, trained on PolNeAR train and cross-validated by article.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterSources } from "../../packages/core/src/statements/extract.ts";
import { chooseSources, type ChooserScope } from "../../packages/core/src/statements/source-chooser.ts";
import { trainSourceChooser } from "../../packages/core/src/statements/source-chooser-train.ts";
import { score, type DocPair } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { analysisSetup } from "./cv-cache.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { CHOOSER_DEFAULTS, beforeChooser, chooserExamples, foldChoosers } from "./source-chooser-data.ts";

const { opt, args, docs, models } = analysisSetup();
const epochs = Number(opt("--epochs") ?? CHOOSER_DEFAULTS.epochs);
const seed = Number(opt("--seed") ?? CHOOSER_DEFAULTS.seed);
const minCount = Number(opt("--min-count") ?? CHOOSER_DEFAULTS.minCount);
const margins = (opt("--margins") ?? String(CHOOSER_DEFAULTS.margin)).split(",").map(Number);
const scopes = (opt("--scopes") ?? CHOOSER_DEFAULTS.scope).split(",") as ChooserScope[];
const out =
  opt("--out") ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/core/models/source-chooser.json");
const k = models.length;
const t0 = performance.now();
// the boundary model is cross-validated with the tagger, as eval:attribution does
const ends = foldContentEnds(
  docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
  k,
);
const sites = docs.map((d, i) => beforeChooser(d, models[i % k] ?? null, ends[i % k] ?? null));
const perDoc = docs.map((d, i) => chooserExamples(d, sites[i]!));
const n = perDoc.reduce((a, e) => a + e.length, 0);
const opts = perDoc.reduce((a, e) => a + e.reduce((b, x) => b + x.feats.length, 0), 0);
console.log(`${n} attributions, ${opts} options, collected in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const pct = (x: number) => (100 * x).toFixed(1);
const show = (name: string, pairs: DocPair[]) => {
  const s = score(pairs);
  console.log(
    `${name.padEnd(32)} overlap F1 ${pct(s.overlap.f1)}, strict F1 ${pct(s.strict.f1)}, source ${pct(s.source.acc)} (${s.source.correct}/${s.source.scored}), span>=80 ${pct(s.sourceStrict.acc)}, cue ${pct(s.cue.acc)} (${s.cue.correct})`,
  );
};
const pairOf = (i: number, accepted: (typeof sites)[number]["accepted"]): DocPair => {
  const d = docs[i]!;
  const sts = afterSources(d.state.doc, sites[i]!.ctx, d.state.ents, accepted, sites[i]!.res).statements;
  return { text: d.text, gold: d.gold, pred: polnearContent(toAttributions(sts, d.text), d.text) };
};
show(
  "without the chooser (today)",
  docs.map((_, i) => pairOf(i, sites[i]!.accepted)),
);
const t1 = performance.now();
const fold = foldChoosers(perDoc, k, { epochs, seed, minCount });
console.log(
  `fold choosers trained in ${((performance.now() - t1) / 1000).toFixed(1)} s; fold 0: ${fold[0]!.weights.size} weights`,
);
for (const scope of scopes)
  for (const margin of margins)
    show(
      `chooser (CV) ${scope} margin ${margin}`,
      docs.map((_, i) => {
        const s = sites[i]!;
        return pairOf(
          i,
          chooseSources(
            s.ctx,
            s.accepted,
            s.mentions,
            { ...fold[i % k]!, margin, scope },
            s.res.attribution?.clusters ?? null,
          ),
        );
      }),
    );
if (!args.includes("--cv-only")) {
  const t2 = performance.now();
  const m = trainSourceChooser(perDoc.flat(), epochs, seed, margins[0]!, scopes[0]!, minCount);
  const ms = performance.now() - t2;
  const weights = Object.fromEntries([...m.weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const file = {
    kind: "newsgraph-source-chooser",
    version: 1,
    margin: m.margin,
    scope: m.scope,
    weights,
    meta: { epochs, seed, minCount, attributions: n, articles: docs.length },
  };
  writeFileSync(out, JSON.stringify(file) + "\n");
  console.log(`trained on all ${n} attributions in ${ms.toFixed(0)} ms: ${m.weights.size} weights → ${out}`);
}
