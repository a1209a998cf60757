// pnpm eval:attribution [--split dev|train] [--folds K] [--cache DIR] [--stack|--no-stack] [--dump FILE] [--no-gates] [--no-late-spans] [--no-quote-keep] [--no-chooser] [--chooser-scope unsourced|tagger|doubtful|all] [--no-statement-keep] [--no-outer-that] [--no-that-starts] [--frozen-ends FILE] [--inner DUMP [--inner-opts JSON]] [--opts JSON] [--train JSON] [--errors N] [--misses N] [--wrong source|cue N] [--cue-classes N [--cue-gold REGEX] [--cue-rule REGEX]]: score the statements stage on PolNeAR with our scorer, beside a naive baseline.
import { writeFileSync } from "node:fs";
import { checkOptions } from "../options.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import type { Resources } from "../../packages/core/src/pipeline/state.ts";
import { baseline } from "./attribution/baseline.ts";
import { score, type DocPair, type Scores } from "./attribution/score.ts";
import { polnearContent, toAttributions as ourAttributions } from "./attribution/adapt.ts";
import { printCueClasses, printErrors, printMisses, printWrong } from "./attribution/misses.ts";
import { crossModels, frozenEnds } from "./attribution/folds.ts";
import { innerFolds, INNER_DEFAULTS, type InnerSettings } from "../attribution/inner-folds.ts";
import type { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { extractWithContext } from "../../packages/core/src/statements/extract.ts";
import { cueWordsOf, loadSplit } from "../attribution/data.ts";
import type { TaggerOptions } from "../../packages/core/src/statements/learned/learned.ts";
import { GATE_GRID, STACKED_TAGGER, TRAIN_DEFAULTS } from "../attribution/defaults.ts";
import { boundaryExamples, foldContentEnds } from "../attribution/content-ends-data.ts";
import { foldQuoteKeep, quoteKeepExamples } from "../attribution/quote-keep-data.ts";
import { foldStatementKeep, statementKeepExamples } from "../attribution/statement-keep-data.ts";
import { keepStatements } from "../../packages/core/src/statements/learned/statement-keep.ts";
import type { Ctx } from "../../packages/core/src/statements/context.ts";
import { outerThat } from "../../packages/core/src/statements/outer-that.ts";
import { thatStarts } from "../../packages/core/src/statements/that-starts.ts";
import { beforeChooser, chooserExamples, chooserScopeArg, foldChoosers } from "../attribution/source-chooser-data.ts";

const args = process.argv.slice(2);
checkOptions(
  import.meta.url,
  "eval-attribution",
  "--split --folds --cache --stack --no-stack --dump --no-gates --no-late-spans --no-quote-keep --no-chooser --chooser-scope --no-statement-keep --no-outer-that --no-that-starts --frozen-ends --inner --inner-opts --opts --train --errors --misses --wrong --cue-classes --cue-gold --cue-rule".split(
    " ",
  ),
);
const chooserScope = chooserScopeArg(args, "eval-attribution");
const split = args.includes("--split") ? args[args.indexOf("--split") + 1]! : "dev";
// train is scored by cross-validation with folds by article: the committed model has seen every train article
const folds =
  split === "train" ? (args.includes("--folds") ? Number(args[args.indexOf("--folds") + 1]) : TRAIN_DEFAULTS.folds) : 0;
// `--train JSON`: training settings tried over the defaults in cross-validation ('{"epochs":15}'; a fresh --cache DIR)
const TRAIN = {
  ...TRAIN_DEFAULTS,
  ...(args.includes("--train")
    ? (JSON.parse(args[args.indexOf("--train") + 1]!) as Partial<Record<keyof typeof TRAIN_DEFAULTS, number>>)
    : {}),
};
const res = loadDefaultResources();
// `--opts JSON`: decision settings tried over the model's own (train CV only, to choose them; dev to check)
const tryOpts = args.includes("--opts") ? (JSON.parse(args[args.indexOf("--opts") + 1]!) as TaggerOptions) : {};
if (res.attribution) res.attribution = { ...res.attribution, meta: { ...res.attribution.meta, ...tryOpts } };
if (!folds && !res.attribution)
  console.error(
    "newsgraph/eval-attribution: no attribution model found; run pnpm train:attribution (scoring the rules alone)",
  );
const docs = loadSplit(split, res);

let statementMs = 0;
let totalMs = 0;
const tModel = performance.now();
const cacheDir = args.includes("--cache") ? args[args.indexOf("--cache") + 1]! : "";
const stack = STACKED_TAGGER ? !args.includes("--no-stack") : args.includes("--stack");
const models = folds ? crossModels(docs, folds, { res, TRAIN, tryOpts, cacheDir, stack }) : null;
// `--inner DUMP`: the inner pass (learned/inner-pass.ts), its fold models trained on our statements in DUMP (a train
// cross-validation dump made without it); `--inner-opts JSON` overrides INNER_DEFAULTS
const innerOpts = {
  ...INNER_DEFAULTS,
  ...(args.includes("--inner-opts")
    ? (JSON.parse(args[args.indexOf("--inner-opts") + 1]!) as Partial<InnerSettings>)
    : {}),
};
// `--inner tagger`: the fold tagger itself read over our contents (no training)
const innerModels =
  models && args[args.indexOf("--inner") + 1] === "tagger"
    ? models.map((m) => ({
        ...m,
        minTokens: innerOpts.minTokens,
        minMargin: innerOpts.minMargin,
        innerFeatures: false,
        host: innerOpts.host,
      }))
    : folds && args.includes("--inner")
      ? innerFolds(docs, args[args.indexOf("--inner") + 1]!, folds, res.ner?.lexicon ?? null, cacheDir, innerOpts)
      : null;
const frozenFile = args.includes("--frozen-ends") ? args[args.indexOf("--frozen-ends") + 1]! : "";
// the boundary model is cross-validated with the tagger: fold f's is trained on the other folds' boundaries
const endModels = models
  ? frozenEnds(frozenFile, folds, () =>
      foldContentEnds(
        docs.map((d, i) => boundaryExamples(d, models[i % folds] ?? null)),
        folds,
      ),
    )
  : null;
// the quote-keep model too (quote-keep-data.ts): fold f's is trained on the clauses of the other folds' articles
const keepModels =
  models && endModels && !args.includes("--no-quote-keep")
    ? foldQuoteKeep(
        docs.map((d, i) => quoteKeepExamples(d, models[i % folds] ?? null, endModels[i % folds] ?? null)),
        folds,
      )
    : null;
// …and so is the source chooser: fold f's learns from the other folds' attributions, made by their own fold models
const noChooser = args.includes("--no-chooser");
const choosers =
  models && endModels && !noChooser
    ? foldChoosers(
        docs.map((d, i) =>
          chooserExamples(d, beforeChooser(d, models[i % folds] ?? null, endModels[i % folds] ?? null)),
        ),
        folds,
        chooserScope ? { scope: chooserScope } : {},
      )
    : null;
const cvMs = performance.now() - tModel;
const ours: DocPair[] = [];
// in cross-validation the same fold models also run with each gate setting, so what the gate costs and saves is measured in one run
const gateRows =
  folds && !args.includes("--no-gates")
    ? GATE_GRID.map((rate) => ({
        rate,
        pairs: [] as DocPair[],
        cpuMs: 0,
        vocab: [...Array(folds).keys()].map((f) =>
          rate === null
            ? null
            : new Set(
                cueWordsOf(
                  docs.filter((_, i) => i % folds !== f),
                  rate,
                ),
              ),
        ),
      }))
    : [];
// our spans → PolNeAR's format (parts as fragments, quotation marks and a leading "that" inside the content)
const toAttributions = (st: Parameters<typeof ourAttributions>[0], text: string) =>
  polnearContent(ourAttributions(st, text), text);
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rules: DocPair[] = [];
const base: DocPair[] = [];
const noKeep = args.includes("--no-statement-keep");
// `--no-outer-that`: no frame governing a that-clause replaces the statements inside it (outer-that.ts), for its figures
const noOuterThat = args.includes("--no-outer-that");
// `--no-that-starts`: that-contents keep the "that" the rules chose after a clause or infinitive (that-starts.ts)
const noThatStarts = args.includes("--no-that-starts");
const thatHosts = (d: (typeof docs)[number], st: ReturnType<typeof extractStatements>, ctx: Ctx) => {
  if (noOuterThat) return st;
  const hosted = outerThat(ctx, d.state.ents, st);
  return noThatStarts ? hosted : thatStarts(ctx, hosted);
};
// in cross-validation the statement-keep model (statement-keep-data.ts) is trained after every article's statements are
// made: fold f's learns from the other folds' statements, then drops from fold f's (it runs last, so this is the stage's output)
const kept: { d: (typeof docs)[number]; st: ReturnType<typeof extractStatements>; ctx: Ctx }[] = [];
const keptRules: typeof kept = [];
docs.forEach((d, i) => {
  const r: Resources = {
    ...res,
    attribution: models ? models[i % folds] : res.attribution,
    contentEnds: endModels ? endModels[i % folds] : res.contentEnds,
    inner: innerModels ? innerModels[i % folds] : null,
    quoteKeep: args.includes("--no-quote-keep") ? null : keepModels ? keepModels[i % folds] : res.quoteKeep,
    // `--no-chooser`: the subject readers' sources, for the chooser's before/after figures with the same fold models
    sourceChooser: noChooser ? null : choosers ? choosers[i % folds] : res.sourceChooser,
    // `--no-late-spans`: the statements before late-spans.ts, for its before/after figures with the same fold models
    ...(args.includes("--no-late-spans") ? { lateSpans: false } : {}),
    statementKeep: noKeep || folds ? null : res.statementKeep,
    // in cross-validation outer-that.ts runs below, after the fold's statement-keep, as the stage runs it after the shipped one
    ...(folds || noOuterThat ? { outerThat: false } : {}),
    ...(noThatStarts ? { thatStarts: false } : {}),
  };
  const { doc, seg, ents } = d.state;
  const t = performance.now();
  const { result: st, ctx } = extractWithContext(doc, seg, ents, r);
  statementMs += performance.now() - t;
  totalMs += d.stageMs + performance.now() - t;
  if (folds && !noKeep) kept.push({ d, st, ctx });
  else
    ours.push({
      text: d.text,
      gold: d.gold,
      pred: toAttributions((folds ? thatHosts(d, st, ctx) : st).statements, d.text),
    });
  for (const g of gateRows) {
    const m = models?.[i % folds];
    if (!m) continue;
    const c = cpuNow();
    const all = extractWithContext(doc, seg, ents, { ...r, attribution: { ...m, cueWords: g.vocab[i % folds] } });
    g.cpuMs += cpuNow() - c;
    g.pairs.push({
      text: d.text,
      gold: d.gold,
      pred: toAttributions(thatHosts(d, all.result, all.ctx).statements, d.text),
    });
  }
  // in cross-validation the rules' column is held out too: loadSplit ran the shipped quote-keep and statement-keep,
  // which were trained on these articles, so the rules run again with the fold's quote-keep, and the fold's keeper
  // drops from their statements below
  if (folds) {
    const rulesOnly = {
      ...r,
      attribution: null,
      contentEnds: null,
      sourceChooser: null,
      statementKeep: null,
      inner: null,
    };
    const own = extractWithContext(doc, seg, ents, rulesOnly);
    if (noKeep)
      rules.push({
        text: d.text,
        gold: d.gold,
        pred: toAttributions(thatHosts(d, own.result, own.ctx).statements, d.text),
      });
    else keptRules.push({ d, st: own.result, ctx: own.ctx });
  } else rules.push({ text: d.text, gold: d.gold, pred: toAttributions(d.state.statements.statements, d.text) });
  base.push({ text: d.text, gold: d.gold, pred: polnearContent(baseline(d.text), d.text) });
});
if (kept.length) {
  const keepers = foldStatementKeep(
    kept.map(({ d, st, ctx }) => statementKeepExamples(d, st.statements, undefined, ctx)),
    folds,
  );
  kept.forEach(({ d, st, ctx }, i) => {
    const t = performance.now();
    const out = thatHosts(d, keepStatements(ctx, st, keepers[i % folds] ?? null), ctx);
    statementMs += performance.now() - t;
    ours.push({ text: d.text, gold: d.gold, pred: toAttributions(out.statements, d.text) });
  });
  keptRules.forEach(({ d, st, ctx }, i) => {
    const out = thatHosts(d, keepStatements(ctx, st, keepers[i % folds] ?? null), ctx);
    rules.push({ text: d.text, gold: d.gold, pred: toAttributions(out.statements, d.text) });
  });
}

const cols = [score(ours), score(rules), score(base)];
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const row = (name: string, f: (s: Scores) => string) =>
  console.log(`${name.padEnd(34)}${cols.map((c) => f(c).padStart(22)).join("")}`);
console.log(
  `PolNeAR ${split}: ${ours.length} articles, ${cols[0]!.gold} gold attributions${folds ? `; the tagger cross-validated in ${folds} folds by article (trained in ${(cvMs / 1000).toFixed(1)} s)` : ""}\n`,
);
console.log(
  `${"measure".padEnd(34)}${["rules + tagger", "rules only", "baseline"].map((h) => h.padStart(22)).join("")}`,
);
row("predicted attributions", (s) => String(s.pred));
row("overlap P / R / F1", (s) =>
  `${pct(s.overlap.p)}${pct(s.overlap.r)}${pct(s.overlap.f1)}`.replace(/\s+/g, " ").trim(),
);
row("strict (>=80% both) P / R / F1", (s) =>
  `${pct(s.strict.p)}${pct(s.strict.r)}${pct(s.strict.f1)}`.replace(/\s+/g, " ").trim(),
);
row("strict matches", (s) => String(s.strict.tp));
row(
  "direct-quote recall",
  (s) => `${pct(s.directQuotes.recall).trim()} (${s.directQuotes.found}/${s.directQuotes.gold})`,
);
row("source accuracy (matched)", (s) => `${pct(s.source.acc).trim()} (${s.source.correct}/${s.source.scored})`);
row(
  "source span >=80% both (matched)",
  (s) => `${pct(s.sourceStrict.acc).trim()} (${s.sourceStrict.correct}/${s.sourceStrict.scored})`,
);
row("cue accuracy (matched)", (s) => `${pct(s.cue.acc).trim()} (${s.cue.correct}/${s.cue.scored})`);
if (gateRows.length)
  console.log(`\ncue-word gate (min. share of a word's occurrences that begin a cue; none: every sentence):`);
for (const g of gateRows) {
  const u = score(g.pairs);
  console.log(
    `  gate ${g.rate === null ? "none" : g.rate}: overlap F1 ${pct(u.overlap.f1).trim()}, strict F1 ${pct(u.strict.f1).trim()}, direct-quote recall ${pct(u.directQuotes.recall).trim()}, source ${pct(u.source.acc).trim()}, cue ${pct(u.cue.acc).trim()}; statements stage ${g.cpuMs.toFixed(0)} ms CPU`,
  );
}
// cross-validation tags with dense training weights (14 MB per fold), so only the shipped model's time is worth printing
if (!folds)
  console.log(
    `\nstatements stage (rules + tagger): ${statementMs.toFixed(0)} ms of ${totalMs.toFixed(0)} ms document pipeline time (${((100 * statementMs) / totalMs).toFixed(1)} %)`,
  );

// `--dump FILE`: the scored documents (text, gold and our attributions with their rules) as JSON, for analyses that
// need no new run (scripts/attribution/nested-pairs.ts)
if (args.includes("--dump")) writeFileSync(args[args.indexOf("--dump") + 1]!, JSON.stringify(ours));

const nErr = args.includes("--errors") ? Number(args[args.indexOf("--errors") + 1]) : 0;
if (nErr > 0) printErrors(ours, nErr);
// `--cue-gold REGEX`, `--cue-rule REGEX`: only the examples whose gold cue (`'^said$'`) or our rule (`continued`) matches
if (args.includes("--cue-classes"))
  printCueClasses(
    ours,
    Number(args[args.indexOf("--cue-classes") + 1]) || 0,
    args.includes("--cue-gold") ? new RegExp(args[args.indexOf("--cue-gold") + 1]!, "i") : null,
    args.includes("--cue-rule") ? new RegExp(args[args.indexOf("--cue-rule") + 1]!) : null,
  );
if (args.includes("--misses")) printMisses(ours, Number(args[args.indexOf("--misses") + 1]) || 100);
if (args.includes("--wrong")) {
  const i = args.indexOf("--wrong");
  printWrong(ours, args[i + 1] === "cue" ? "cue" : "source", Number(args[i + 2]) || 100);
}
