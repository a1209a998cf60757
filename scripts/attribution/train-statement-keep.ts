// pnpm train:statement-keep [--cache DIR] [--out FILE] [--cv-only] [--shifts a,b,…] [--strict-shifts none,a,…] [--scope tagger|indirect] [--pred N --tp N --tps N]: train the keep/drop model for the tagger's statements (learned/statement-keep.ts) on PolNeAR train; --cv-only prints cross-validated F1 per bias shift.
import { linearScore } from "../../packages/core/src/statements/model-json.ts";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { extractWithContext } from "../../packages/core/src/statements/extract.ts";
import {
  type KeepScope,
  type StatementKeepModelFile,
} from "../../packages/core/src/statements/learned/statement-keep.ts";
import { analysisSetup } from "./cv-cache.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import {
  STATEMENT_KEEP_DEFAULTS,
  foldStatementKeep,
  statementKeepExamples,
  trainStatementKeep,
} from "./statement-keep-data.ts";

const { args, opt, docs, models, res } = analysisSetup();
const out = opt("--out") ?? path.join(import.meta.dirname, "../../packages/core/models/statement-keep.json");
const t0 = performance.now();
const k = models.length;
if (k < 2)
  throw new Error("newsgraph/train-statement-keep: needs the train split's fold models; run with --split train");
// each article's statements come from the tagger and boundary model of its own fold, which never saw it
const ends = foldContentEnds(
  docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
  k,
);
const perDoc = docs.map((d, i) => {
  const { result, ctx } = extractWithContext(d.state.doc, d.state.seg, d.state.ents, {
    ...res,
    attribution: models[i % k] ?? null,
    contentEnds: ends[i % k] ?? null,
    statementKeep: null,
    // trained on the statements outer-that.ts reads, as the stage runs it after this model
    outerThat: false,
  });
  return statementKeepExamples(
    d,
    result.statements,
    (opt("--scope") ?? STATEMENT_KEEP_DEFAULTS.scope) as KeepScope,
    ctx,
  );
});
const examples = perDoc.flat();
const tData = performance.now();
const kept = examples.filter((x) => x.keep).length;
console.log(
  `${examples.length} statements asked about, ${kept} matched by PolNeAR's; data ${((tData - t0) / 1000).toFixed(1)} s`,
);
if (args.includes("--cv-only")) {
  // F1 if the dropped statements go and their matches are lost, nothing else moving (the matching is one-to-one greedy,
  // so this is close to, not exactly, what eval:attribution rescores). --pred/--tp/--tps: the figures before
  // (pnpm eval:attribution --split train --no-statement-keep: predicted attributions, overlap and strict matches)
  const gold = docs.reduce((n, d) => n + d.gold.length, 0);
  const nPred = Number(opt("--pred") ?? 18371);
  const tpO = Number(opt("--tp") ?? 15272);
  const tpS = Number(opt("--tps") ?? 11245);
  const f1 = (tp: number, drop: number) => ((200 * tp) / (nPred - drop + gold)).toFixed(2);
  console.log(`before: overlap F1 ${f1(tpO, 0)}, strict F1 ${f1(tpS, 0)}`);
  // the shifts move the biases alone, so the fold models are trained once and their scores shifted
  const fm = foldStatementKeep(perDoc, k, 0, 0);
  const scores = perDoc.flatMap((xs, i) =>
    xs.map((x) => ({ x, o: linearScore(fm[i % k]!, x.feats), s: linearScore(fm[i % k]!.strict!, x.feats) })),
  );
  const list = (name: string, dflt: string) => (opt(name) ?? dflt).split(",");
  for (const shift of list("--shifts", "0,2,4,5,6,8").map(Number))
    for (const ss of list("--strict-shifts", "none,20,24,28")) {
      let [drop, dropO, dropS] = [0, 0, 0];
      const below = STATEMENT_KEEP_DEFAULTS.strictOnlyBelow ?? Infinity;
      for (const { x, o, s } of scores)
        if (o + shift <= 0 || (ss !== "none" && s + Number(ss) <= 0 && o <= below)) {
          drop++;
          if (x.keep) dropO++;
          if (x.strict) dropS++;
        }
      console.log(
        `shift ${shift}, strict ${ss}: drop ${drop} (${dropO} matched, ${dropS} strict): overlap F1 ${f1(tpO - dropO, drop)}, strict F1 ${f1(tpS - dropS, drop)}`,
      );
    }
} else {
  const sorted = (w: ReadonlyMap<string, number>) =>
    Object.fromEntries([...w].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const model = trainStatementKeep(examples);
  const file: StatementKeepModelFile = {
    kind: "newsgraph-statement-keep",
    version: 1,
    bias: model.bias,
    scope: model.scope,
    weights: sorted(model.weights),
    ...(model.strict
      ? {
          strict: {
            bias: model.strict.bias,
            weights: sorted(model.strict.weights),
            ...(model.strict.onlyBelow === undefined ? {} : { onlyBelow: model.strict.onlyBelow }),
          },
        }
      : {}),
    meta: { ...STATEMENT_KEEP_DEFAULTS, examples: examples.length, keep: kept },
  };
  writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  console.log(
    `training ${((performance.now() - tData) / 1000).toFixed(2)} s; wrote ${out} (${model.weights.size} overlap and ${model.strict?.weights.size ?? 0} strict weights)`,
  );
}
