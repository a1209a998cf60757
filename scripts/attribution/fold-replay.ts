// What the fold-replay analyses share: a train CV dump, train's documents in its order, and each fold's tagger.
import { readFileSync } from "node:fs";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { fragOverlap, greedyMatch, strictPair, type DocPair } from "../eval/attribution/score.ts";
import { crossModels, frozenEnds } from "../eval/attribution/folds.ts";
import { TRAIN_DEFAULTS } from "./defaults.ts";
import { loadSplit } from "./data.ts";
import type { Frag } from "./brat.ts";
import type { DocEntities, Document, Segmentation } from "../../packages/core/src/schema/stages.ts";
import type { AttributionModel } from "../../packages/core/src/statements/learned/model.ts";
import type { ContentEndModel } from "../../packages/core/src/statements/content-ends.ts";
import type { Candidate } from "../../packages/core/src/statements/clause.ts";
import { ruleCandidates, extractWithContext } from "../../packages/core/src/statements/extract.ts";
import { tagAttributions, withTagger } from "../../packages/core/src/statements/learned/learned.ts";

/**
 * Reads `args[0]` (an `eval:attribution --dump` of train) and loads the fold taggers from `--cache DIR`, so a script
 * can rerun each article with the tagger that never saw it (`models[i % K]`). `ends()` reads `--frozen-ends FILE`,
 * for the scripts that replay the content-end models too.
 */
export function foldReplay(script: string, args: readonly string[]) {
  const arg = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : "");
  const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
  const res = loadDefaultResources();
  const docs = loadSplit("train", res);
  const K = TRAIN_DEFAULTS.folds;
  const models = crossModels(docs, K, {
    res,
    TRAIN: TRAIN_DEFAULTS,
    tryOpts: {},
    cacheDir: arg("--cache"),
    stack: false,
  });
  const ends = () =>
    frozenEnds(arg("--frozen-ends"), K, () => {
      throw new Error(`${script}: --frozen-ends FILE must exist (written by pnpm eval:attribution --frozen-ends FILE)`);
    });
  return { arg, pairs, res, docs, K, models, ends };
}

/**
 * One article through the statements stage step by step with its fold's models, so a script can ask which step last
 * had a frame: the rules' settled candidates (and those the settle lost), the tagger ungated, `withTagger`'s output,
 * the tagger's raw tags, and the statements before statement-keep (cues as character fragments).
 */
export function replayStages(
  W: AttributionModel,
  state: { doc: Document; seg: Segmentation; ents: DocEntities },
  res: ReturnType<typeof loadDefaultResources>,
  ends: ContentEndModel,
) {
  const { doc, seg, ents } = state;
  const rules = ruleCandidates(doc, seg, ents);
  const { ctx, accepted, mentions } = rules;
  const tok = (r: [number, number]): Frag[] => [{ start: ctx.tokens[r[0]]!.start, end: ctx.tokens[r[1]]!.end }];
  const candCues = (cs: readonly Candidate[]) => cs.map((c) => (c.cue ? tok(c.cue) : []));
  const ungated = tagAttributions(W, ctx, seg, accepted, mentions);
  const after = withTagger(W, ctx, seg, accepted, mentions, { ...W.meta, contentEnds: ends });
  const raw = [...(ctx.tagged?.values() ?? [])];
  const full = extractWithContext(doc, seg, ents, {
    ...res,
    attribution: W,
    contentEnds: ends,
    statementKeep: null,
    outerThat: false,
  });
  const stmtCues = full.result.statements.map((s) => (s.cue ? [{ start: s.cue.start, end: s.cue.end }] : []));
  return { rules, accepted, tok, candCues, ungated, after, raw, full, stmtCues };
}

/**
 * The deep nested-out misses of one article (gold indexes): PolNeAR's cue inside the content of the statement of ours
 * matched to it, off our cue, on no statement of ours, and the pair short of strict matching. `m` is the greedy match.
 */
export function deepNestedOut(pair: DocPair): { m: Map<number, number>; misses: number[] } {
  const m = greedyMatch(pair.gold, pair.pred, false);
  const misses: number[] = [];
  for (const [gi, pi] of m) {
    const g = pair.gold[gi]!,
      p = pair.pred[pi]!;
    if (strictPair(g, p)) continue;
    if (!(g.cue.length && fragOverlap(g.cue, p.content) > 0)) continue;
    if (p.cue.length && fragOverlap(g.cue, p.cue) > 0) continue;
    if (pair.pred.some((q, j) => j !== pi && q.cue.length && fragOverlap(q.cue, g.cue) > 0)) continue;
    misses.push(gi);
  }
  return { m, misses };
}
