// Training runs of the inner pass (learned/inner.ts): PolNeAR's contents as token runs, tagged with the frames nested inside them.
import type { Ctx } from "../../packages/core/src/statements/context.ts";
import { ruleCandidates } from "../../packages/core/src/statements/extract.ts";
import { goldTags } from "../../packages/core/src/statements/learned/gold.ts";
import { innerFeatures, type InnerRun } from "../../packages/core/src/statements/learned/inner.ts";
import type { AttrTrainItem } from "../../packages/core/src/statements/learned/perceptron-train.ts";
import { mentionKinds, ruleLabels } from "../../packages/core/src/statements/learned/token-labels.ts";
import type { WordClusters } from "../../packages/core/src/statements/learned/word-classes.ts";
import { firstTokenEndingAfter } from "../../packages/core/src/text/token-search.ts";
import type { Attribution, Frag } from "./brat.ts";
import type { PolnearDoc } from "./data.ts";

/** Inclusive token range covering character frags (null: empty). */
export function tokenRange(ctx: Ctx, fs: readonly Frag[]): [number, number] | null {
  if (!fs.length) return null;
  const s = Math.min(...fs.map((f) => f.start));
  const e = Math.max(...fs.map((f) => f.end));
  const a = firstTokenEndingAfter(ctx.tokens, s);
  let b = a - 1;
  while (b + 1 < ctx.tokens.length && ctx.tokens[b + 1]!.start < e) b++;
  return b >= a ? [a, b] : null;
}

export function paragraphOf(d: PolnearDoc, t: number): number {
  return d.state.seg.sentences.find((x) => x.firstToken <= t && x.lastToken >= t)?.paragraph ?? 1;
}

/**
 * Every content of `outer` (our statements in the article, made by cross-validation's fold models; PolNeAR itself
 * rarely marks a frame inside another's content) of at least `minTokens` tokens as a run; its targets are the tags of
 * the gold frames whose cue lies inside it (clipped to it). Runs with no inner frame are kept one in `negEvery` (a
 * fixed pattern, no randomness).
 */
export function innerItems(
  d: PolnearDoc,
  outer: readonly Attribution[],
  clusters: WordClusters | null,
  minTokens: number,
  negEvery: number,
): AttrTrainItem[] {
  const { ctx, accepted, mentions } = ruleCandidates(d.state.doc, d.state.seg, d.state.ents);
  const runs: InnerRun[] = [];
  const inners: (typeof d.gold)[] = [];
  let neg = 0;
  for (const a of outer) {
    const r = tokenRange(ctx, a.content);
    if (!r || r[1] - r[0] + 1 < minTokens) continue;
    const s = ctx.tokens[r[0]]!.start,
      e = ctx.tokens[r[1]]!.end;
    const inner = d.gold.filter((b) => b.cue.length && b.cue.every((f) => f.start >= s && f.end <= e));
    if (!inner.length && neg++ % negEvery !== 0) continue;
    runs.push({ firstToken: r[0], lastToken: r[1], paragraph: paragraphOf(d, r[0]), cue: tokenRange(ctx, a.cue) });
    inners.push(inner);
  }
  if (!runs.length) return [];
  const feats = innerFeatures(ctx, runs, ruleLabels(ctx, accepted), mentionKinds(ctx, mentions), clusters);
  return feats.map((sf, i) => {
    const gold = goldTags(ctx.tokens, inners[i]!).slice(sf.first, sf.last + 1);
    // a frame cut by the run's start begins there
    if (gold[0]! > 0 && gold[0]! % 2 === 0) gold[0] = gold[0]! - 1;
    return { sf, gold };
  });
}
