// pnpm train:content-ends [--cache DIR] [--epochs N] [--seed S] [--min-count N] [--shift X] [--cv-only] [--retrain] [--dump F] [--out F]: the boundary model for content ends, trained on PolNeAR train and cross-validated by article (--shift: bias moved by X in CV; --dump: CV contents to F, one per line, for diffs).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { boundaryScore, type ContentEndModel } from "../../packages/core/src/statements/content-ends.ts";
import { trainContentEnds } from "../../packages/core/src/statements/content-ends-train.ts";
import { score, type DocPair } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { cachedSplit, foldModels } from "./cv-cache.ts";
import { CONTENT_ENDS_DEFAULTS, boundaryExamples, statementsOf } from "./content-ends-data.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "train-content-ends", [
  "--cache",
  "--epochs",
  "--seed",
  "--min-count",
  "--shift",
  "--cv-only",
  "--dump",
  "--out",
  "--retrain",
]);

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cache = opt("--cache");
const epochs = Number(opt("--epochs") ?? CONTENT_ENDS_DEFAULTS.epochs);
const seed = Number(opt("--seed") ?? CONTENT_ENDS_DEFAULTS.seed);
const minCount = Number(opt("--min-count") ?? CONTENT_ENDS_DEFAULTS.minCount);
const out =
  opt("--out") ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/core/models/content-ends.json");
const res = loadDefaultResources();
const docs = cachedSplit("train", res, cache);
const taggers = foldModels("train", docs, res, cache, args.includes("--retrain"));
const k = taggers.length;
const t0 = performance.now();
const perDoc = docs.map((d, i) => boundaryExamples(d, taggers[i % k] ?? null));
const tEx = performance.now() - t0;
const n = perDoc.reduce((a, e) => a + e.length, 0);
const stops = perDoc.reduce((a, e) => a + e.filter((x) => x.stop).length, 0);
console.log(
  `${n} boundary tokens in ${docs.length} articles (${stops} ends), collected in ${(tEx / 1000).toFixed(1)} s`,
);

// cross-validation by article: fold f's boundary model is trained on the other folds, as the tagger's fold models are
const before: DocPair[] = [];
const after: DocPair[] = [];
// the held-out boundary decisions: ends found, ends missed, ends made where PolNeAR goes on
const conf = { hit: 0, miss: 0, false: 0, on: 0 };
for (let f = 0; f < k; f++) {
  const m0 = trainContentEnds(perDoc.filter((_, i) => i % k !== f).flat(), epochs, seed, minCount);
  const m = { ...m0, bias: m0.bias + Number(opt("--shift") ?? 0) };
  if (f === 0)
    console.log(
      `fold 0: bias ${m0.bias}, ${m0.weights.size} weights, mean |w| ${([...m0.weights.values()].reduce((a, x) => a + Math.abs(x), 0) / m0.weights.size).toFixed(2)}`,
    );
  for (const ex of perDoc.filter((_, i) => i % k === f).flat()) {
    const stop = boundaryScore(m, ex.feats) > 0;
    if (ex.stop) conf[stop ? "hit" : "miss"]++;
    else conf[stop ? "false" : "on"]++;
  }
  docs.forEach((d, i) => {
    if (i % k !== f) return;
    const pair = (ends: ContentEndModel | null) => ({
      text: d.text,
      gold: d.gold,
      pred: polnearContent(toAttributions(statementsOf(d, taggers[i % k] ?? null, ends), d.text), d.text),
    });
    before.push(pair(null));
    after.push(pair(m));
  });
}
if (opt("--dump"))
  writeFileSync(
    opt("--dump")!,
    after
      .map((p) => p.pred.map((a) => a.content.map((f) => p.text.slice(f.start, f.end)).join(" | ")).join("\n"))
      .join("\n"),
  );
const pct = (x: number) => (100 * x).toFixed(1);
console.log(
  `held-out boundaries: ${conf.hit} ends found, ${conf.miss} missed, ${conf.false} false ends, ${conf.on} went on rightly`,
);
for (const [name, pairs] of [
  ["without the model (today)", before],
  ["boundary model (CV)", after],
] as const) {
  const s = score(pairs);
  console.log(
    `${name.padEnd(30)} overlap F1 ${pct(s.overlap.f1)}, strict P/R/F1 ${pct(s.strict.p)}/${pct(s.strict.r)}/${pct(s.strict.f1)} (${s.strict.tp}), quotes ${pct(s.directQuotes.recall)}, source ${pct(s.source.acc)}, cue ${pct(s.cue.acc)}`,
  );
}
if (!args.includes("--cv-only")) {
  const t1 = performance.now();
  const m = trainContentEnds(perDoc.flat(), epochs, seed, minCount);
  const ms = performance.now() - t1;
  const weights = Object.fromEntries([...m.weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const file = {
    kind: "newsgraph-content-ends",
    version: 1,
    bias: m.bias,
    weights,
    meta: { epochs, seed, boundaries: n, articles: docs.length },
  };
  writeFileSync(out, JSON.stringify(file) + "\n");
  console.log(`trained on all ${n} boundary tokens in ${ms.toFixed(0)} ms: ${m.weights.size} weights → ${out}`);
}
