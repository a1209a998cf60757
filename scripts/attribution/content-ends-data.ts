// The boundary model's training data: each boundary token of our contents on PolNeAR, labelled by where PolNeAR's content ends.
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
import type { AttributionModel } from "../../packages/core/src/statements/learned/model.ts";
import type { Statement } from "../../packages/core/src/schema/record.ts";
import type { SourceChooserModel } from "../../packages/core/src/statements/source-chooser.ts";
import { greedyMatch } from "../eval/attribution/score.ts";
import { polnearContent, toAttributions } from "../eval/attribution/adapt.ts";
import type { PolnearDoc } from "./data.ts";

/** Training settings, chosen by train cross-validation (`pnpm train:content-ends --cv-only [--epochs N] [--min-count N]`). */
export const CONTENT_ENDS_DEFAULTS = { epochs: 10, seed: 17, minCount: 1 } as const;

/** a model that never ends a content at a boundary: contents run to their hard stops, every boundary is asked about */
const NEVER: ContentEndModel = { bias: -1e9, weights: new Map(), keepTrailing: true };

export const statementsOf = (
  d: PolnearDoc,
  tagger: AttributionModel | null,
  ends: ContentEndModel | null,
  sourceChooser: SourceChooserModel | null = null,
): Statement[] =>
  extractStatements(d.state.doc, d.state.seg, d.state.ents, {
    attribution: tagger,
    contentEnds: ends,
    sourceChooser,
    // the boundaries as before late-spans.ts: its parts and starts are no input of the boundary model
    lateSpans: false,
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

/**
 * The boundary tokens of one article's contents (the tagger given, every boundary left open) with PolNeAR's answer:
 * go on while its content goes on, stop at the first one past its end.
 */
export function boundaryExamples(d: PolnearDoc, tagger: AttributionModel | null): BoundaryExample[] {
  const sts = statementsOf(d, tagger, NEVER);
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

/** One boundary model per fold, each trained on the other folds' articles (article i in fold i mod k). */
export function foldContentEnds(perDoc: readonly BoundaryExample[][], k: number): ContentEndModel[] {
  const { epochs, seed, minCount } = CONTENT_ENDS_DEFAULTS;
  return [...Array(k).keys()].map((f) =>
    trainContentEnds(perDoc.filter((_, i) => i % k !== f).flat(), epochs, seed, minCount),
  );
}

/**
 * The content-ends model of each document as eval:attribution runs it: on train one per fold, trained on the other
 * folds' articles with their fold taggers (the shipped model has seen every train article); on dev the shipped one.
 * Index it by `i % length`.
 */
export function splitContentEnds(
  split: string,
  docs: readonly PolnearDoc[],
  models: readonly (AttributionModel | null)[],
  shipped: ContentEndModel | null | undefined,
): (ContentEndModel | null)[] {
  if (split !== "train") return [shipped ?? null];
  return foldContentEnds(
    docs.map((d, i) => boundaryExamples(d, models[i % models.length] ?? null)),
    models.length,
  );
}
