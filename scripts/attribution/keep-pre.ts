// npx tsx --conditions=development scripts/attribution/keep-pre.ts --cache DIR --out FILE [--conf FILE] [--train JSON]: every train article's statements before statement-keep, made as eval:attribution --split train makes them (its fold cache), saved for keep-lab.ts.
import { writeFileSync } from "node:fs";
import { checkOptions } from "../options.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { afterSources, beforeSources } from "../../packages/core/src/statements/extract.ts";
import { chooseSources } from "../../packages/core/src/statements/source-chooser.ts";
import type { Ctx } from "../../packages/core/src/statements/context.ts";
import type { TaggedAttribution } from "../../packages/core/src/statements/learned/group.ts";
import { crossModels } from "../eval/attribution/folds.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { boundaryExamples, foldContentEnds } from "./content-ends-data.ts";
import { foldQuoteKeep, quoteKeepExamples } from "./quote-keep-data.ts";
import { beforeChooser, chooserExamples, foldChoosers } from "./source-chooser-data.ts";
import { cachedSplit } from "./cv-cache.ts";

checkOptions(import.meta.url, "keep-pre", ["--cache", "--out", "--train", "--conf"]);
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cacheDir = opt("--cache") ?? "";
const out = opt("--out");
const confOut = opt("--conf");
if (!cacheDir || !out) throw new Error("newsgraph/keep-pre: give --cache DIR (eval:attribution's) and --out FILE");
const TRAIN = { ...TRAIN_DEFAULTS, ...(opt("--train") ? (JSON.parse(opt("--train")!) as object) : {}) };
const res = loadDefaultResources();
// the documents as eval:attribution reads them; kept in DIR beside the fold weights
const docs = cachedSplit("train", res, cacheDir);
const k = TRAIN.folds;
const models = crossModels(docs, k, { res, TRAIN, tryOpts: {}, cacheDir, stack: false });
const ends = foldContentEnds(
  docs.map((d, i) => boundaryExamples(d, models[i % k] ?? null)),
  k,
);
const qk = foldQuoteKeep(
  docs.map((d, i) => quoteKeepExamples(d, models[i % k] ?? null, ends[i % k] ?? null)),
  k,
);
const ch = foldChoosers(
  docs.map((d, i) => chooserExamples(d, beforeChooser(d, models[i % k] ?? null, ends[i % k] ?? null))),
  k,
);
// the tagger's attributions of each article with their margins (ctx.tagged, in trained units), for `--conf FILE`
const conf: [number, number[]][][] = [];
const sts = docs.map((d, i) => {
  const r = {
    ...res,
    attribution: models[i % k]!,
    contentEnds: ends[i % k]!,
    quoteKeep: qk[i % k]!,
    sourceChooser: ch[i % k]!,
    statementKeep: null,
  };
  const b = beforeSources(d.state.doc, d.state.seg, d.state.ents, r);
  const chosen = chooseSources(b.ctx, b.accepted, b.mentions, r.sourceChooser, r.attribution.clusters ?? null);
  conf.push(confRows(b.ctx));
  return afterSources(d.state.doc, b.ctx, d.state.ents, chosen, r, b.lost).statements;
});
writeFileSync(out, JSON.stringify(sts));
if (confOut) writeFileSync(confOut, JSON.stringify(conf));
console.log(`${docs.length} articles, ${sts.flat().length} statements before statement-keep → ${out}`);

/** ctx.tagged as rows: cue token → cue, content and source token ranges, then the margins (null: Infinity). */
function confRows(ctx: Ctx): [number, number[]][] {
  const sc = ctx.taggedScale ?? 1;
  const m = (x: number) => (Number.isFinite(x) ? x / sc : 1e9);
  return [...(ctx.tagged ?? new Map<number, TaggedAttribution>())].map(([t, a]) => [
    t,
    [
      ...a.cue,
      ...a.content,
      ...(a.source ?? [-1, -1]),
      m(a.margin),
      ...[
        a.conf.contentMin,
        a.conf.contentMean,
        a.conf.first,
        a.conf.last,
        a.conf.before,
        a.conf.after,
        a.conf.source,
      ].map(m),
    ],
  ]);
}
