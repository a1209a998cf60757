// npx tsx --conditions=development scripts/attribution/inner-eval.ts DUMP [--min N] [--neg K] [--epochs E]: the inner pass (learned/inner.ts) trained per fold on PolNeAR's contents, run over our contents in the dump: how many deep nested-out inner cues it tags, at what cost.
import { deepNestedOut } from "./fold-replay.ts";
import { readFileSync } from "node:fs";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import type { DocPair } from "../eval/attribution/score.ts";
import { fragOverlap } from "../eval/attribution/score.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { loadSplit } from "./data.ts";
import { ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { innerFeatures, type InnerRun } from "../../packages/core/src/statements/learned/inner.ts";
import { ruleLabels, mentionKinds } from "../../packages/core/src/statements/learned/token-labels.ts";
import { decodeOnce, type Weights } from "../../packages/core/src/statements/learned/perceptron.ts";
import { trainAttribution } from "../../packages/core/src/statements/learned/perceptron-train.ts";
import { groupSentence } from "../../packages/core/src/statements/learned/group.ts";
import type { Frag } from "./brat.ts";
import { innerItems, paragraphOf, tokenRange } from "./inner-data.ts";

const args = process.argv.slice(2);
const arg = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const minTok = Number(arg("--min", "4"));
const negEvery = Number(arg("--neg", "1"));
const epochs = Number(arg("--epochs", "10"));
const res = loadDefaultResources();
const clusters = res.ner?.lexicon ?? null;
const docs = loadSplit("train", res);
const K = TRAIN_DEFAULTS.folds;
let misses = 0,
  found = 0,
  runsN = 0,
  tokens = 0;
const tagged: { m: number; good: boolean; miss: boolean }[] = [];
for (let f = 0; f < K; f++) {
  const t0 = performance.now();
  const items = docs
    .filter((_, i) => i % K !== f)
    .flatMap((d) => innerItems(d, pairs[docs.indexOf(d)]!.pred, clusters, minTok, negEvery));
  const w = trainAttribution(items, { bits: TRAIN_DEFAULTS.bits, epochs, seed: TRAIN_DEFAULTS.seed });
  const W: Weights = { mask: (1 << TRAIN_DEFAULTS.bits) - 1, w, index: null, scale: 1 };
  console.error(`fold ${f}: ${items.length} runs, trained in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  docs.forEach((d, i) => {
    if (i % K !== f) return;
    const pair = pairs[i]!;
    if (pair.text !== d.text) throw new Error("inner-eval: the dump's documents are not train's, in order");
    const missCues = deepNestedOut(pair).misses.map((gi) => pair.gold[gi]!.cue);
    misses += missCues.length;
    const { ctx, accepted, mentions } = ruleCandidates(d.state.doc, d.state.seg, d.state.ents);
    const toks = ctx.tokens;
    const runs: InnerRun[] = [];
    for (const p of pair.pred) {
      const r = tokenRange(ctx, p.content);
      if (!r || r[1] - r[0] + 1 < minTok) continue;
      runs.push({ firstToken: r[0], lastToken: r[1], paragraph: paragraphOf(d, r[0]), cue: tokenRange(ctx, p.cue) });
    }
    if (!runs.length) return;
    const feats = innerFeatures(ctx, runs, ruleLabels(ctx, accepted), mentionKinds(ctx, mentions), clusters);
    const seen = new Set<number>();
    const hit = new Set<number>();
    for (const sf of feats) {
      runsN++;
      tokens += sf.last - sf.first + 1;
      const margins = new Float64Array(sf.last - sf.first + 1);
      for (const a of groupSentence(decodeOnce(W, sf, margins), sf.first, margins)) {
        if (seen.has(a.cue[0])) continue;
        seen.add(a.cue[0]);
        const c: Frag[] = [{ start: toks[a.cue[0]]!.start, end: toks[a.cue[1]]!.end }];
        if (pair.pred.some((q) => q.cue.length && fragOverlap(q.cue, c) > 0)) continue;
        const mi = missCues.findIndex((g) => fragOverlap(g, c) > 0);
        if (mi >= 0) hit.add(mi);
        tagged.push({ m: a.margin, good: pair.gold.some((g) => fragOverlap(g.cue, c) > 0), miss: mi >= 0 });
      }
    }
    found += hit.size;
  });
}
console.log(`min ${minTok} neg 1/${negEvery} epochs ${epochs}: runs ${runsN} tokens ${tokens}`);
console.log(`deep nested-out misses ${misses}, inner cue tagged ${found}`);
for (const th of [0, 2, 5, 10, 20, 40]) {
  const k = tagged.filter((x) => x.m >= th);
  console.log(
    `  new cues margin >= ${th}: ${k.length}, on a gold cue ${k.filter((x) => x.good).length}, on a miss's ${k.filter((x) => x.miss).length}`,
  );
}
