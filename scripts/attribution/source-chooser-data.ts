// The source chooser's training data: each attribution whose cue is PolNeAR's, its source options labelled by PolNeAR's source.
import { afterSources, beforeSources } from "../../packages/core/src/statements/extract.ts";
import {
  chooserScopeSchema,
  chooserSite,
  type ChooserScope,
  type SourceChooserModel,
} from "../../packages/core/src/statements/source-chooser.ts";
import { sourceOptions } from "../../packages/core/src/statements/source-chooser-features.ts";
import { chooserDoc, roleMap, settledSource } from "../../packages/core/src/statements/source-chooser-doc.ts";
import { trainSourceChooser, type ChooserExample } from "../../packages/core/src/statements/source-chooser-train.ts";
import type { AttributionModel } from "../../packages/core/src/statements/learned/model.ts";
import type { ContentEndModel } from "../../packages/core/src/statements/content-ends.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import { fragOverlap, greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import type { PolnearDoc } from "./data.ts";
import { tokenAt } from "../../packages/core/src/statements/sentences.ts";

/** Training settings, chosen by train cross-validation (`pnpm train:source-chooser --cv-only`). */
/** `--chooser-scope S` of the eval and stage-share scripts, checked: a misspelt scope used to reach the chooser as is. */
export function chooserScopeArg(args: readonly string[], script: string): ChooserScope | undefined {
  if (!args.includes("--chooser-scope")) return undefined;
  const value = args[args.indexOf("--chooser-scope") + 1];
  const scope = chooserScopeSchema.safeParse(value);
  if (scope.success) return scope.data;
  console.error(
    `newsgraph/${script}: --chooser-scope must be one of ${chooserScopeSchema.options.join(", ")}, got ${value}`,
  );
  process.exit(2);
}

export const CHOOSER_DEFAULTS = { epochs: 10, seed: 17, minCount: 1, margin: 0, scope: "doubtful" as ChooserScope };

/** An article's attributions up to the chooser, with the fold models that made them. */
export interface ChooserSite extends ReturnType<typeof beforeSources> {
  res: { attribution: AttributionModel | null; contentEnds: ContentEndModel | null };
}

export function beforeChooser(
  d: PolnearDoc,
  tagger: AttributionModel | null,
  ends: ContentEndModel | null,
): ChooserSite {
  const res = { attribution: tagger, contentEnds: ends };
  return { ...beforeSources(d.state.doc, d.state.seg, d.state.ents, res), res };
}

/** The scored attribution each statement falls in (toAttributions folds a same-paragraph continuation into the one before). */
function attributionOf(sts: Statement[], text: string): number[] {
  const out: number[] = [];
  let n = -1;
  let prevEnd = -1;
  for (const s of sts) {
    const joins = !s.parts && s.rule === "direct:continued" && n >= 0 && !text.slice(prevEnd, s.start).includes("\n");
    if (!joins) n++;
    out.push(n);
    prevEnd = s.end;
  }
  return out;
}

/**
 * One article's examples: each attribution the chooser may change whose statement matches a PolNeAR attribution with
 * an overlapping cue (a different frame's source is no lesson for this one); keep is right when the statement's final
 * source overlaps PolNeAR's (or both have none), another option when its phrase overlaps PolNeAR's source.
 */
/** An example with what an analysis prints about it: each option's words, PolNeAR's source, the cue and the sentence. */
export interface ShownExample extends ChooserExample {
  about: { texts: string[]; gold: string; cue: string; rule: string; around: string };
}

export function chooserExamples(d: PolnearDoc, site: ChooserSite): ShownExample[] {
  const { doc, ents } = d.state;
  const { ctx, accepted, mentions, res } = site;
  // labelled on the statements before outer-that.ts, which runs last in the stage
  const sts = afterSources(doc, ctx, ents, accepted, { ...res, outerThat: false }).statements;
  const pred = polnearContent(toAttributions(sts, d.text), d.text);
  const attrOf = attributionOf(sts, d.text);
  const goldOf = new Map<number, number>();
  for (const [gi, pi] of greedyMatch(d.gold, pred, false)) goldOf.set(pi, gi);
  const byCue = new Map<number, number>();
  sts.forEach((s, i) => {
    if (s.cue && !byCue.has(s.cue.start)) byCue.set(s.cue.start, i);
  });
  const cdoc = chooserDoc(ctx, mentions, res.attribution?.clusters ?? null);
  const role = roleMap(ctx, accepted);
  const out: ShownExample[] = [];
  for (const c of accepted) {
    if (!chooserSite(c) || settledSource(ctx, cdoc, c)) continue;
    const cue = { start: ctx.tokens[c.cue![0]]!.start, end: ctx.tokens[c.cue![1]]!.end };
    const si = byCue.get(cue.start);
    if (si === undefined) continue;
    const gi = goldOf.get(attrOf[si]!);
    if (gi === undefined) continue;
    const g = d.gold[gi]!;
    if (fragOverlap(g.cue, [cue]) <= 0) continue;
    const st = sts[si]!;
    const opts = sourceOptions(ctx, cdoc, role, c);
    const right = opts.map((o, k) => {
      if (k === 0) return g.source.length ? !!st.source && fragOverlap(g.source, [st.source]) > 0 : !st.source;
      if (!o.span || !g.source.length) return false;
      const span = { start: ctx.tokens[o.span.first]!.start, end: ctx.tokens[o.span.last]!.end };
      return fragOverlap(g.source, [span]) > 0;
    });
    const words = (a: number, b: number) => d.text.slice(ctx.tokens[a]!.start, ctx.tokens[b]!.end);
    const [s0, s1] = [tokenAt(ctx, Math.min(cue.start, c.start)), tokenAt(ctx, Math.max(cue.end, c.end) - 1)];
    const about = {
      texts: opts.map((o, k) => (k === 0 ? (st.source?.text ?? "-") : words(o.span!.first, o.span!.last))),
      gold: g.source.map((f) => d.text.slice(f.start, f.end)).join(" | "),
      cue: words(c.cue![0], c.cue![1]),
      rule: c.rule,
      around: words(Math.max(0, s0 - 12), Math.min(ctx.tokens.length - 1, s1 + 3)).slice(0, 240),
    };
    out.push({ feats: opts.map((o) => o.feats), right, about });
  }
  return out;
}

/** One chooser per fold, each trained on the other folds' articles (article i in fold i mod k). */
export function foldChoosers(
  perDoc: readonly ChooserExample[][],
  k: number,
  settings: Partial<typeof CHOOSER_DEFAULTS> = {},
): SourceChooserModel[] {
  const { epochs, seed, minCount, margin, scope } = { ...CHOOSER_DEFAULTS, ...settings };
  return [...Array(k).keys()].map((f) =>
    trainSourceChooser(perDoc.filter((_, i) => i % k !== f).flat(), epochs, seed, margin, scope, minCount),
  );
}
