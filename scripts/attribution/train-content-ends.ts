// pnpm train:content-ends [--cache DIR] [--epochs N] [--seed S] [--cv-only] [--out F]: the boundary model for content ends, trained on PolNeAR train and cross-validated by article.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { extractStatements } from "../../packages/core/src/statements/extract.ts";
import { buildContext } from "../../packages/core/src/statements/context.ts";
import { tokenAt } from "../../packages/core/src/statements/sentences.ts";
import {
  boundaryFeatures,
  isBoundary,
  ruleFamily,
  type ContentEndModel,
} from "../../packages/core/src/statements/content-ends.ts";
import { trainContentEnds, type BoundaryExample } from "../../packages/core/src/statements/content-ends-train.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { greedyMatch, score, type DocPair } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import { cachedSplit, foldModels } from "./cv-cache.ts";
import type { PolnearDoc } from "./data.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cache = opt("--cache");
const epochs = Number(opt("--epochs") ?? 10);
const seed = Number(opt("--seed") ?? 17);
const minCount = Number(opt("--min-count") ?? 1);
const out =
  opt("--out") ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/core/models/content-ends.json");
const res = loadDefaultResources();
const docs = cachedSplit("train", res, cache);
const taggers = foldModels("train", docs, res, cache, args.includes("--retrain"));
const k = taggers.length;
/** a model that never ends a content at a boundary: contents run to their hard stops, every boundary is asked about */
const NEVER: ContentEndModel = { bias: -1e9, weights: new Map() };

const run = (d: PolnearDoc, i: number, ends: ContentEndModel | null): Statement[] =>
  extractStatements(d.state.doc, d.state.seg, d.state.ents, {
    attribution: taggers[i % k] ?? null,
    contentEnds: ends,
  }).statements;

/** The statement each scored attribution starts with (toAttributions folds a same-paragraph continuation into the one before). */
function heads(sts: Statement[], text: string): Statement[] {
  const out: Statement[] = [];
  let prevEnd = -1;
  for (const s of sts) {
    const joins =
      !s.parts && s.rule === "direct:continued" && out.length && !text.slice(prevEnd, s.start).includes("\n");
    if (!joins) out.push(s);
    prevEnd = s.end;
  }
  return out;
}

/** The boundary tokens of our contents with PolNeAR's answer: go on while its content goes on, stop at the first one past its end. */
function examplesOf(d: PolnearDoc, i: number): BoundaryExample[] {
  const sts = run(d, i, NEVER);
  const ctx = buildContext(d.text, d.state.seg);
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const own = heads(sts, d.text);
  const ex: BoundaryExample[] = [];
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) {
    const g = d.gold[gi]!;
    const s = own[pi];
    if (!s || s.kind === "direct" || !s.cue || s.parts || g.content.length !== 1) continue;
    const first = tokenAt(ctx, s.start);
    const cue = tokenAt(ctx, s.cue.start);
    if (first <= tokenAt(ctx, s.cue.end - 1)) continue;
    const last = tokenAt(ctx, s.end - 1);
    const ge = g.content[0]?.end ?? 0;
    const site = { first, cue, family: ruleFamily(s.rule ?? "") };
    let passed = 0;
    let quoted = -1;
    for (let t = first; t <= last; t++) if (ctx.qidx[t]! >= 0) quoted = t;
    for (let t = first + 1; t <= last; t++) {
      if (!isBoundary(ctx.tokens[t]!.text) || ctx.qidx[t]! >= 0) continue;
      if (t < quoted) {
        passed++;
        continue;
      }
      const stop = ge <= ctx.tokens[t]!.start + (ctx.tokens[t]!.text === "," ? 1 : 0);
      ex.push({ feats: boundaryFeatures(ctx, site, t, passed), stop });
      if (stop) break;
      passed++;
    }
  }
  return ex;
}

const t0 = performance.now();
const perDoc = docs.map(examplesOf);
const tEx = performance.now() - t0;
const n = perDoc.reduce((a, e) => a + e.length, 0);
const stops = perDoc.reduce((a, e) => a + e.filter((x) => x.stop).length, 0);
console.log(
  `${n} boundary tokens in ${docs.length} articles (${stops} ends), collected in ${(tEx / 1000).toFixed(1)} s`,
);

// cross-validation by article: fold f's boundary model is trained on the other folds, as the tagger's fold models are
const before: DocPair[] = [];
const after: DocPair[] = [];
for (let f = 0; f < k; f++) {
  const m = trainContentEnds(perDoc.filter((_, i) => i % k !== f).flat(), epochs, seed, minCount);
  docs.forEach((d, i) => {
    if (i % k !== f) return;
    const pair = (ends: ContentEndModel | null) => ({
      text: d.text,
      gold: d.gold,
      pred: polnearContent(toAttributions(run(d, i, ends), d.text), d.text),
    });
    before.push(pair(null));
    after.push(pair(m));
  });
}
const pct = (x: number) => (100 * x).toFixed(1);
for (const [name, pairs] of [
  ["without the model (today)", before],
  ["boundary model (CV)", after],
] as const) {
  const s = score(pairs);
  console.log(
    `${name.padEnd(30)} overlap F1 ${pct(s.overlap.f1)}, strict P/R/F1 ${pct(s.strict.p)}/${pct(s.strict.r)}/${pct(s.strict.f1)}, quotes ${pct(s.directQuotes.recall)}, source ${pct(s.source.acc)}, cue ${pct(s.cue.acc)}`,
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
